/**
 * What the commitment's export entries need from the session: the document model (live: the text,
 * items and signatures as they are now) and the .docx download, shared by the export menu in the
 * commitment's header and the print page's toolbar.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n/index';
import { COMMITMENT_TEXT } from '../../../../shared/model/commitment';
import { useArea } from '../../app/hooks';
import { downloadFile } from '../../catalog/download';
import { notesTree } from '../../replication/export/notes-tree';
import { letterheadArea } from '../../replication/export/plan-document';
import type { CommitmentView } from '../use-commitment';
import { type CommitmentDocumentModel, commitmentDocument, commitmentFileName } from './commitment-document';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function localeOf(language: string): Locale {
  return language === 'en' ? 'en' : 'id';
}

let docxModule: Promise<typeof import('docx')> | null = null;

/** `docx`, loaded once on first use: most visits never make a Word file. */
export function loadDocx(): Promise<typeof import('docx')> {
  docxModule ??= import('docx').catch((error: unknown) => {
    // A failed chunk download (flaky venue Wi-Fi) is not cached: the next click tries again.
    docxModule = null;
    throw error;
  });
  return docxModule;
}

/** Loads docx as the export menu opens, so the click that follows does not wait for it. */
export function preloadDocx(): void {
  loadDocx().catch((error: unknown) => console.warn('preloading docx failed; will retry on use', error));
}

/**
 * Builds the model from the view as it is at call time. Not memoised on purpose: it is called on a
 * render that already follows every change of the commitment and of the signatures, and on a click.
 */
export function useCommitmentDocumentBuilder(
  view: CommitmentView,
): (printedAt: Date) => CommitmentDocumentModel | null {
  const { t, i18n } = useTranslation();
  const area = useArea();
  return useCallback(
    (printedAt: Date) => {
      if (!view.commitment) return null;
      return commitmentDocument(
        {
          commitment: view.commitment,
          board: view.board,
          // Reading only: the fragment is the editor's, and nothing here writes to it.
          text: notesTree(view.synced.doc.getXmlFragment(COMMITMENT_TEXT)),
          areaName: letterheadArea(area.name),
          pillars: area.pillars,
          otherDimension: t('commitmentPrint.otherDimension'),
          printedAt,
        },
        localeOf(i18n.language),
      );
    },
    [view, area, t, i18n.language],
  );
}

export interface CommitmentDocxDownload {
  download: () => Promise<void>;
  busy: boolean;
}

export function useCommitmentDocx(view: CommitmentView): CommitmentDocxDownload {
  const { t } = useTranslation();
  const build = useCommitmentDocumentBuilder(view);
  const [busy, setBusy] = useState(false);
  const download = useCallback(async () => {
    const model = build(new Date());
    if (!model) return;
    const fileName = commitmentFileName(model.title);
    setBusy(true);
    try {
      const [docx, { commitmentDocx }] = await Promise.all([loadDocx(), import('./commitment-docx')]);
      const blob = await docx.Packer.toBlob(commitmentDocx(docx, model));
      const outcome = await downloadFile(blob, fileName, DOCX_TYPE);
      // Cancelled in the desktop save dialog: nothing to announce.
      if (outcome.saved) {
        notifications.show({
          color: 'teal',
          message: t('commitmentExport.docxDone', { file: outcome.file }),
        });
      }
    } catch (error) {
      console.error('commitment export failed', error);
      notifications.show({
        color: 'red',
        message: t('commitmentExport.docxFailed', { reason: String(error) }),
      });
    } finally {
      setBusy(false);
    }
  }, [build, t]);
  return { download, busy };
}
