/**
 * "Ekspor notulen" on a session's page: the minutes to print or save as PDF (their print route, which
 * opens the print dialog), as a Word file, and the cards and votes as CSV for a spreadsheet.
 */
import { Menu } from '@mantine/core';
import { IconFileTypeCsv, IconFileTypeDocx, IconNotes, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadDocx } from '../../commitment/export/use-commitment-export';
import { DocumentExportMenu } from '../../print/DocumentExportMenu';
import type { FgdView } from '../use-fgd';
import { fgdPrintPath } from './print';
import { useMinutesDownloads } from './use-fgd-export';

export function FgdExportMenu({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const downloads = useMinutesDownloads(view);
  return (
    <DocumentExportMenu
      icon={<IconNotes size={16} />}
      label={t('fgdExport.button')}
      heading={t('fgdExport.label')}
      busy={downloads.busy !== null}
      onOpen={preloadDocx}
    >
      <Menu.Item
        leftSection={<IconPrinter size={16} />}
        onClick={() => navigate(fgdPrintPath(view.id), { state: { print: true } })}
      >
        {t('fgdExport.pdf')}
      </Menu.Item>
      <Menu.Item leftSection={<IconFileTypeDocx size={16} />} onClick={() => void downloads.download('docx')}>
        {t('fgdExport.docx')}
      </Menu.Item>
      <Menu.Item
        leftSection={<IconFileTypeCsv size={16} />}
        onClick={() => void downloads.download('cardsCsv')}
      >
        {t('fgdExport.cardsCsv')}
      </Menu.Item>
      <Menu.Item
        leftSection={<IconFileTypeCsv size={16} />}
        onClick={() => void downloads.download('votesCsv')}
      >
        {t('fgdExport.votesCsv')}
      </Menu.Item>
    </DocumentExportMenu>
  );
}
