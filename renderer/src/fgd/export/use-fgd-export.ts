/**
 * What the minutes' export entries need from the session: the minutes model (live, read as the
 * facilitator sees the session) and the downloads — .docx and the two CSV files — shared by the
 * export menu on the session page and the print page's toolbar.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea, useCatalog, useDocVersion } from '../../app/hooks';
import { CSV_TYPE, downloadFile, type SaveOutcome } from '../../catalog/download';
import { DOCX_TYPE, loadDocx, localeOf } from '../../commitment/export/use-commitment-export';
import { letterheadArea } from '../../replication/export/plan-document';
import type { FgdView } from '../use-fgd';
import { cardsCsv, votesCsv } from './fgd-csv';
import { type FgdMinutes, fgdMinutes } from './fgd-minutes';
import { type FgdRecord, readRecord } from './fgd-record';

const reported = new Set<string>();
function report(problem: { doc: string; key: string; problem: string }): void {
  const key = `${problem.doc}|${problem.key}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`minutes skip invalid FGD data at ${problem.doc} ${problem.key}: ${problem.problem}`);
}

/** The session as the record has it (every card, every ballot), following every change. */
export function useFgdRecord(view: FgdView): FgdRecord | null {
  const { synced } = view;
  const version = useDocVersion(synced.doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of the doc.
  return useMemo(() => readRecord(synced.doc, synced.name, report), [synced, version]);
}

/**
 * Builds the minutes from the record as it is at call time: called on a render that already follows
 * every change, and on a click.
 */
export function useMinutesBuilder(view: FgdView): (printedAt: Date) => FgdMinutes | null {
  const { i18n } = useTranslation();
  const area = useArea();
  const catalog = useCatalog();
  const record = useFgdRecord(view);
  return useCallback(
    (printedAt: Date) => {
      if (!record) return null;
      return fgdMinutes(
        {
          session: record.session,
          ballots: record.ballots,
          areaName: letterheadArea(area.name),
          members: area.members,
          pillars: area.pillars,
          commitments: area.commitments,
          catalog,
          printedAt,
        },
        localeOf(i18n.language),
      );
    },
    [record, area, catalog, i18n.language],
  );
}

export type MinutesFormat = 'docx' | 'cardsCsv' | 'votesCsv';

export interface MinutesDownloads {
  download: (format: MinutesFormat) => Promise<void>;
  /** The format being made, while the docx package loads and packs. */
  busy: MinutesFormat | null;
}

export function useMinutesDownloads(view: FgdView): MinutesDownloads {
  const { t } = useTranslation();
  const build = useMinutesBuilder(view);
  const [busy, setBusy] = useState<MinutesFormat | null>(null);
  const download = useCallback(
    async (format: MinutesFormat) => {
      const minutes = build(new Date());
      if (!minutes) return;
      const base = minutes.fileBase;
      setBusy(format);
      try {
        let outcome: SaveOutcome;
        if (format === 'docx') {
          const [docx, { minutesDocx }] = await Promise.all([loadDocx(), import('./fgd-docx')]);
          const blob = await docx.Packer.toBlob(minutesDocx(docx, minutes));
          outcome = await downloadFile(blob, `${base}.docx`, DOCX_TYPE);
        } else if (format === 'cardsCsv') {
          outcome = await downloadFile(cardsCsv(minutes), `${base}-kartu.csv`, CSV_TYPE);
        } else {
          outcome = await downloadFile(votesCsv(minutes), `${base}-suara.csv`, CSV_TYPE);
        }
        // Cancelled in the desktop save dialog: nothing to announce.
        if (outcome.saved) {
          notifications.show({ color: 'teal', message: t('fgdExport.done', { file: outcome.file }) });
        }
      } catch (error) {
        console.error('minutes export failed', error);
        notifications.show({ color: 'red', message: t('fgdExport.failed', { reason: String(error) }) });
      } finally {
        setBusy(null);
      }
    },
    [build, t],
  );
  return { download, busy };
}
