/**
 * /cetak/fgd/:id — an FGD's minutes (notulen) laid out as an A4 document to print or save as PDF,
 * outside the app's frame: on screen a sheet under a small toolbar, on paper only the sheet with
 * "Halaman n dari m" at the foot of each page. Opened from the export menu with `{ print: true }` in
 * its state, it opens the print dialog itself.
 */
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileTypeCsv, IconFileTypeDocx } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PrintPageFallback, PrintSheet, usePrintedAt, usePrintRequest } from '../../print/PrintPage';
import { type FgdView, useFgdView } from '../use-fgd';
import { FgdMinutesDocument } from './FgdMinutesDocument';
import { fgdPrintPath } from './print';
import { useMinutesBuilder, useMinutesDownloads } from './use-fgd-export';

export function FgdPrintPage() {
  const { id = '' } = useParams();
  const view = useFgdView(id);
  if (view.session) return <MinutesPrint view={view} />;
  return <PrintPageFallback loading={!view.loaded} messages="fgdMinutes" listPath="/fgd" />;
}

function MinutesPrint({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const build = useMinutesBuilder(view);
  const downloads = useMinutesDownloads(view);
  const printedAt = usePrintedAt();
  const minutes = build(printedAt);
  usePrintRequest(fgdPrintPath(view.id));

  if (!minutes) return null;
  const stamp = t('fgdMinutes.footer', { date: minutes.printedAt });
  return (
    <PrintSheet
      messages="fgdMinutes"
      title={t('fgdMinutes.documentTitle', { title: minutes.title })}
      stamp={stamp}
      homePath={`/fgd/${view.id}`}
      printPath={fgdPrintPath(view.id)}
      downloads={
        <>
          <Button
            variant="default"
            leftSection={<IconFileTypeDocx size={16} />}
            loading={downloads.busy === 'docx'}
            onClick={() => void downloads.download('docx')}
          >
            {t('fgdMinutes.downloadDocx')}
          </Button>
          <Menu position="bottom-end" shadow="md" withinPortal>
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconFileTypeCsv size={16} />}
                rightSection={<IconChevronDown size={14} />}
                loading={downloads.busy === 'cardsCsv' || downloads.busy === 'votesCsv'}
              >
                {t('fgdMinutes.downloadCsv')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void downloads.download('cardsCsv')}>
                {t('fgdExport.cardsCsv')}
              </Menu.Item>
              <Menu.Item onClick={() => void downloads.download('votesCsv')}>
                {t('fgdExport.votesCsv')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </>
      }
    >
      <FgdMinutesDocument minutes={minutes} stamp={stamp} />
    </PrintSheet>
  );
}
