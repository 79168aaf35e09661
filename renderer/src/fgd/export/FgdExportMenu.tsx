/**
 * "Ekspor notulen" on a session's page: the minutes to print or save as PDF (their print route, which
 * opens the print dialog), as a Word file, and the cards and votes as CSV for a spreadsheet.
 */
import { Button, Menu } from '@mantine/core';
import {
  IconChevronDown,
  IconFileTypeCsv,
  IconFileTypeDocx,
  IconNotes,
  IconPrinter,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadDocx } from '../../commitment/export/use-commitment-export';
import type { FgdView } from '../use-fgd';
import { fgdPrintPath } from './print';
import { useMinutesDownloads } from './use-fgd-export';

export function FgdExportMenu({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const downloads = useMinutesDownloads(view);
  return (
    <Menu position="bottom-end" shadow="md" withinPortal onOpen={preloadDocx}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconNotes size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={downloads.busy !== null}
        >
          {t('fgdExport.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('fgdExport.label')}</Menu.Label>
        <Menu.Item
          leftSection={<IconPrinter size={16} />}
          onClick={() => navigate(fgdPrintPath(view.id), { state: { print: true } })}
        >
          {t('fgdExport.pdf')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconFileTypeDocx size={16} />}
          onClick={() => void downloads.download('docx')}
        >
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
      </Menu.Dropdown>
    </Menu>
  );
}
