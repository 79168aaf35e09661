/**
 * "Ekspor" on a plan's page: the plan as a printable document (print or save as PDF from the print
 * route) or as an Excel workbook.
 */
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadExcelJs } from '../../catalog/spreadsheet';
import { planPrintPath } from '../export/print';
import { usePlanXlsx } from '../export/use-plan-export';
import type { PlanView } from '../plan-view';

export function PlanExportMenu({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const xlsx = usePlanXlsx(view);
  return (
    <Menu position="bottom-end" shadow="md" withinPortal onOpen={preloadExcelJs}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={xlsx.busy}
        >
          {t('planPrint.menu.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('planPrint.menu.label')}</Menu.Label>
        <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => navigate(planPrintPath(view.plan))}>
          {t('planPrint.menu.pdf')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void xlsx.download()}>
          {t('planPrint.menu.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
