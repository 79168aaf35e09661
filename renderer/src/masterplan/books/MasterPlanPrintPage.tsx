/**
 * /cetak/masterplan/:region/:book — one of a region's four master plan books laid out as an A4
 * document to print or save as PDF, outside the app's frame: on screen a sheet under a small toolbar,
 * on paper only the sheet with "Halaman n dari m" at the foot of each page. Opened from the books
 * menu with `{ print: true }` in its state, it opens the print dialog itself.
 */
import { Button } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRegionSettled } from '../../catalog/use-region-settled';
import { PrintPageFallback, PrintSheet, usePrintedAt, usePrintRequest } from '../../print/PrintPage';
import { useMasterPlan } from '../use-master-plan';
import { BookDocument } from './BookDocument';
import { type BookId, isBookId } from './book-model';
import { MasterPlanBooksMenu } from './MasterPlanBooksMenu';
import { masterPlanBookPath } from './print';
import { useBookBuilder, useBookDocx } from './use-master-plan-books';

export function MasterPlanPrintPage() {
  const { region = '', book = '' } = useParams();
  const { doc } = useMasterPlan(region);
  const settled = useRegionSettled(region);
  // A region outside the area has no document here; an unknown book id is no book at all.
  if (doc !== null && isBookId(book) && settled) return <BookPrint regionCode={region} book={book} />;
  return (
    <PrintPageFallback
      loading={doc !== null && isBookId(book)}
      messages="masterPlanBooks"
      listPath="/masterplan"
    />
  );
}

function BookPrint({ regionCode, book }: { regionCode: string; book: BookId }) {
  const { t } = useTranslation();
  const build = useBookBuilder(regionCode);
  const docx = useBookDocx(regionCode);
  const printedAt = usePrintedAt();
  const model = build(book, printedAt);
  const path = masterPlanBookPath(regionCode, book);
  usePrintRequest(path);
  return (
    <PrintSheet
      messages="masterPlanBooks"
      // The browser offers the page's title as the PDF's file name.
      title={model.fileName}
      stamp={model.stamp}
      // Written out rather than imported from the workspace, which would bring its screens along.
      homePath={`/masterplan/${regionCode}`}
      printPath={path}
      downloads={
        <>
          <Button
            variant="default"
            leftSection={<IconFileTypeDocx size={16} />}
            loading={docx.busy === book}
            onClick={() => void docx.download(book)}
          >
            {t('masterPlanBooks.downloadDocx')}
          </Button>
          {/* The other books, for a team printing all four in turn. */}
          <MasterPlanBooksMenu regionCode={regionCode} />
        </>
      }
    >
      <BookDocument book={model} />
    </PrintSheet>
  );
}
