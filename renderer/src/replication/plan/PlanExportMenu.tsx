/**
 * "Ekspor" on a plan's page: the plan as a printable document (print or save as PDF from the print
 * route) or as an Excel workbook.
 */
import { Menu } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadExcelJs } from '../../catalog/spreadsheet';
import { DocumentExportMenu } from '../../print/DocumentExportMenu';
import { planPrintPath } from '../export/print';
import { usePlanXlsx } from '../export/use-plan-export';
import type { PlanView } from '../plan-view';

export function PlanExportMenu({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const xlsx = usePlanXlsx(view);
  return (
    <DocumentExportMenu
      icon={<IconDownload size={16} />}
      label={t('planPrint.menu.button')}
      heading={t('planPrint.menu.label')}
      busy={xlsx.busy}
      onOpen={preloadExcelJs}
    >
      <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => navigate(planPrintPath(view.plan))}>
        {t('planPrint.menu.pdf')}
      </Menu.Item>
      <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void xlsx.download()}>
        {t('planPrint.menu.xlsx')}
      </Menu.Item>
    </DocumentExportMenu>
  );
}
