/**
 * What the books' print page and menu need from the session: a book built from the region's master
 * plan as it is now (with the area's dimensions and the catalog's names for linked innovations and
 * plans), and the .docx download of any of the four.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName, regencyByCode } from '../../../../shared/regions/index';
import { useArea, useCatalog } from '../../app/hooks';
import { downloadFile } from '../../catalog/download';
import { DOCX_TYPE, loadDocx, localeOf } from '../../commitment/export/use-commitment-export';
import { regionLabel } from '../../data/catalog-store';
import { letterheadArea, regionFullName } from '../../replication/export/plan-document';
import { useMasterPlan } from '../use-master-plan';
import type { Book, BookId, BookInput } from './book-model';
import { buildBook } from './build-book';

/** Builds a book as the plan is at call time; the caller's render follows every change of it. */
export function useBookBuilder(regionCode: string): (book: BookId, printedAt: Date) => Book {
  const { i18n } = useTranslation();
  const { plan } = useMasterPlan(regionCode);
  const area = useArea();
  const catalog = useCatalog();
  const names = useMemo(() => {
    const innovationNames = new Map<string, string>();
    for (const programme of plan.programmes) {
      for (const key of programme.innovations) {
        const entry = catalog.byKey.get(key);
        if (entry) innovationNames.set(key, `${entry.innovation.name} (${entry.regionName})`);
      }
    }
    const planNames = new Map(
      (catalog.plans.get(regionCode) ?? []).map((replication) => [
        replication.id,
        `${replication.source.innovationName} (${regionLabel(replication.source.regionCode)})`,
      ]),
    );
    return { innovationNames, planNames };
  }, [plan, catalog, regionCode]);
  return useCallback(
    (book: BookId, printedAt: Date) => {
      const regency = regencyByCode(regionCode);
      const input: BookInput = {
        plan,
        regionCode,
        regionName: regionFullName(regionCode),
        regionShortName: regency ? displayName(regency) : regionCode,
        areaName: letterheadArea(area.name),
        pillars: area.pillars,
        ...names,
        printedAt,
      };
      return buildBook(book, input, localeOf(i18n.language));
    },
    [plan, regionCode, area, names, i18n.language],
  );
}

export interface BookDocxDownload {
  download: (book: BookId) => Promise<void>;
  /** The book being made, if one is. */
  busy: BookId | null;
}

export function useBookDocx(regionCode: string): BookDocxDownload {
  const { t } = useTranslation();
  const build = useBookBuilder(regionCode);
  const [busy, setBusy] = useState<BookId | null>(null);
  const download = useCallback(
    async (id: BookId) => {
      const book = build(id, new Date());
      const fileName = `${book.fileName}.docx`;
      setBusy(id);
      try {
        const [docx, { bookDocx }] = await Promise.all([loadDocx(), import('./book-docx')]);
        const blob = await docx.Packer.toBlob(bookDocx(docx, book));
        const outcome = await downloadFile(blob, fileName, DOCX_TYPE);
        // Cancelled in the desktop save dialog: nothing to announce.
        if (outcome.saved) {
          notifications.show({
            color: 'teal',
            message: t('masterPlanBooks.docxDone', { file: outcome.file }),
          });
        }
      } catch (error) {
        console.error('master plan book export failed', error);
        notifications.show({
          color: 'red',
          message: t('masterPlanBooks.docxFailed', { reason: String(error) }),
        });
      } finally {
        setBusy(null);
      }
    },
    [build, t],
  );
  return { download, busy };
}
