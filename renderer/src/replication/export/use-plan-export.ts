/**
 * What the plan's export entries need from the session: the plan's notes (live, from the adopting
 * region's document) and the .xlsx download, shared by the export menu and the print page's toolbar.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { planNotesName } from '../../../../shared/model/replication-plan';
import { useDocVersion } from '../../app/hooks';
import { useSession } from '../../app/session';
import { downloadFile, XLSX_TYPE } from '../../catalog/download';
import { loadExcelJs } from '../../catalog/spreadsheet';
import { isoToday } from '../dates';
import type { PlanView } from '../plan-view';
import { type NoteNode, notesPlainText, notesTree } from './notes-tree';
import { planFileName } from './plan-document';
import { planWorkbook } from './plan-xlsx';

/** Stands in for the document of a region that is not (or no longer) in the area: no notes. */
const NO_DOC = new Y.Doc();

/** The plan's rich-text notes, re-read whenever the adopting region's document changes. */
export function usePlanNotes(adopterCode: string, planId: string): NoteNode[] {
  const { workspace } = useSession();
  const doc = workspace.region(adopterCode)?.doc ?? NO_DOC;
  const version = useDocVersion(doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of `doc`.
  return useMemo(() => readNotes(doc, planId), [doc, planId, version]);
}

function readNotes(doc: Y.Doc, planId: string): NoteNode[] {
  // Reading only: a top-level type is created by name on first access without writing an update.
  return notesTree(doc.getXmlFragment(planNotesName(planId)));
}

export interface PlanXlsxDownload {
  download: () => Promise<void>;
  busy: boolean;
}

export function usePlanXlsx(view: PlanView): PlanXlsxDownload {
  const { t, i18n } = useTranslation();
  const { workspace } = useSession();
  const [busy, setBusy] = useState(false);
  const download = useCallback(async () => {
    const { plan, row, support } = view;
    const fileName = planFileName(row.innovationName, row.adopterName);
    const doc = workspace.region(plan.adopterCode)?.doc;
    setBusy(true);
    try {
      const ExcelJS = await loadExcelJs();
      const workbook = planWorkbook(
        ExcelJS,
        {
          plan,
          innovationName: row.innovationName,
          sourceName: row.sourceName,
          adopterName: row.adopterName,
          support,
          notes: doc ? notesPlainText(readNotes(doc, plan.id)) : '',
          today: isoToday(),
        },
        i18n.language === 'en' ? 'en' : 'id',
      );
      const outcome = await downloadFile(
        new Uint8Array(await workbook.xlsx.writeBuffer()),
        fileName,
        XLSX_TYPE,
      );
      // Cancelled in the desktop save dialog: nothing to announce.
      if (outcome.saved) {
        notifications.show({ color: 'teal', message: t('planPrint.xlsxDone', { file: outcome.file }) });
      }
    } catch (error) {
      console.error('plan export failed', error);
      notifications.show({ color: 'red', message: t('planPrint.xlsxFailed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  }, [view, workspace, t, i18n.language]);
  return { download, busy };
}
