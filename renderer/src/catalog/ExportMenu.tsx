/**
 * "Ekspor" in the catalog toolbar: exactly the entries of the current view (search, filters and sort
 * applied), as Excel or CSV. The CSV uses the import's headers, so export → edit → import round-trips.
 */
import { Button, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogCsv, catalogTable, type ExportContext } from '../../../shared/catalog/export';
import { useArea } from '../app/hooks';
import { type CatalogEntry, regionLabel } from '../data/catalog-store';
import { CSV_TYPE, catalogFileName, downloadFile, XLSX_TYPE } from './download';
import { catalogWorkbook, preloadExcelJs } from './spreadsheet';

export interface ExportMenuProps {
  /** The entries of the current view, in view order. */
  entries: readonly CatalogEntry[];
}

type Format = 'xlsx' | 'csv';

export function ExportMenu({ entries }: ExportMenuProps) {
  const { t } = useTranslation();
  const area = useArea();
  const [busy, setBusy] = useState(false);

  if (entries.length === 0) {
    // aria-disabled, not disabled: a disabled button gets no hover or focus, so its tooltip never shows.
    return (
      <Tooltip label={t('export.empty')} multiline w={260} withArrow>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          data-disabled
          aria-disabled
          onClick={(event) => event.preventDefault()}
        >
          {t('export.button')}
        </Button>
      </Tooltip>
    );
  }

  const exportAs = async (format: Format) => {
    const innovations = entries.map((entry) => entry.innovation);
    const pillarNames = new Map(area.pillars.map((pillar) => [pillar.id, pillar.name]));
    const ctx: ExportContext = {
      regionName: regionLabel,
      pillarName: (id) => pillarNames.get(id) ?? id,
    };
    const fileName = catalogFileName(area.id, format);
    setBusy(true);
    try {
      const outcome =
        format === 'csv'
          ? await downloadFile(catalogCsv(innovations, ctx), fileName, CSV_TYPE)
          : await downloadFile(await catalogWorkbook(catalogTable(innovations, ctx)), fileName, XLSX_TYPE);
      // Cancelled in the desktop save dialog: nothing was exported, so nothing to announce.
      if (outcome.saved) {
        notifications.show({
          color: 'teal',
          message: t('export.done', { file: outcome.file, count: innovations.length }),
        });
      }
    } catch (error) {
      console.error('catalog export failed', error);
      notifications.show({ color: 'red', message: t('export.failed', { reason: String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" shadow="md" withinPortal onOpen={preloadExcelJs}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
        >
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('export.label', { count: entries.length })}</Menu.Label>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void exportAs('xlsx')}>
          {t('export.xlsx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void exportAs('csv')}>
          {t('export.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
