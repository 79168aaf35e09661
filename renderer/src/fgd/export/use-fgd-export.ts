/**
 * What the minutes' export entries need from the session: the minutes model (live, read as the
 * facilitator sees the session) and the downloads — .docx and the two CSV files — shared by the
 * export menu on the session page and the print page's toolbar.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea, useCatalog, useDocVersion } from '../../app/hooks';
import { CSV_TYPE, downloadFile } from '../../catalog/download';
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
      let fileName = '';
      try {
        if (format === 'docx') {
          fileName = `${base}.docx`;
          const [docx, { minutesDocx }] = await Promise.all([loadDocx(), import('./fgd-docx')]);
          downloadFile(await docx.Packer.toBlob(minutesDocx(docx, minutes)), fileName, DOCX_TYPE);
        } else if (format === 'cardsCsv') {
          fileName = `${base}-kartu.csv`;
          downloadFile(cardsCsv(minutes), fileName, CSV_TYPE);
        } else {
          fileName = `${base}-suara.csv`;
          downloadFile(votesCsv(minutes), fileName, CSV_TYPE);
        }
        notifications.show({ color: 'teal', message: t('fgdExport.done', { file: fileName }) });
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
