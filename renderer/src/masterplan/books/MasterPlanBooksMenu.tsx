/**
 * "Buku masterplan" in a region's master plan workspace: each of the four books (Analisis Strategis,
 * Masterplan, Ringkasan Eksekutif, Quick Win) to print or save as PDF — its print route, which opens
 * the print dialog — or to download as a Word file.
 */
import { Menu } from '@mantine/core';
import { IconBooks, IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadDocx } from '../../commitment/export/use-commitment-export';
import { DocumentExportMenu } from '../../print/DocumentExportMenu';
import { BOOK_IDS } from './book-model';
import { BOOK_KEYS } from './book-parts';
import { masterPlanBookPath } from './print';
import { useBookDocx } from './use-master-plan-books';

export function MasterPlanBooksMenu({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const docx = useBookDocx(regionCode);
  return (
    <DocumentExportMenu
      icon={<IconBooks size={16} />}
      label={t('masterPlanBooks.menu.button')}
      heading={t('masterPlanBooks.menu.label')}
      busy={docx.busy !== null}
      onOpen={preloadDocx}
    >
      {BOOK_IDS.map((id, index) => {
        const book = t(BOOK_KEYS[id]);
        return (
          <Fragment key={id}>
            {index > 0 && <Menu.Divider />}
            <Menu.Label>{book}</Menu.Label>
            <Menu.Item
              leftSection={<IconPrinter size={16} />}
              aria-label={t('masterPlanBooks.menu.pdfFor', { book })}
              onClick={() => navigate(masterPlanBookPath(regionCode, id), { state: { print: true } })}
            >
              {t('masterPlanBooks.menu.pdf')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconFileTypeDocx size={16} />}
              aria-label={t('masterPlanBooks.menu.docxFor', { book })}
              onClick={() => void docx.download(id)}
            >
              {t('masterPlanBooks.menu.docx')}
            </Menu.Item>
          </Fragment>
        );
      })}
    </DocumentExportMenu>
  );
}
