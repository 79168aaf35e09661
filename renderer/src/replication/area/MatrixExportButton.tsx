/** "Unduh XLSX": the matrix as shown (filters applied) with the plans it counts, as an Excel file. */
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../../app/hooks';
import { downloadFile, XLSX_TYPE } from '../../catalog/download';
import { preloadExcelJs } from '../../catalog/spreadsheet';
import type { PlanStatusRow } from '../plan-rows';
import type { ReplicationMatrix } from './matrix';
import { type MatrixSheetLabels, matrixFileName, matrixWorkbook } from './matrix-workbook';
import type { RegionNames } from './region-names';
import { usePlanLabels } from './use-plan-labels';
import { useToday } from './use-today';

export interface MatrixExportButtonProps {
  matrix: ReplicationMatrix;
  rows: readonly PlanStatusRow[];
  names: ReadonlyMap<string, RegionNames>;
}

export function MatrixExportButton({ matrix, rows, names }: MatrixExportButtonProps) {
  const { t } = useTranslation();
  const area = useArea();
  const today = useToday();
  const labels = usePlanLabels();
  const [busy, setBusy] = useState(false);

  const exportMatrix = async () => {
    const sheetLabels: MatrixSheetLabels = {
      corner: t('replicationArea.matrix.corner'),
      total: t('replicationArea.matrix.total'),
      plan: {
        source: t('replicationList.column.source'),
        innovation: t('replicationList.column.innovation'),
        adopter: t('replicationList.column.adopter'),
        stage: t('replicationList.column.stage'),
        status: t('replicationArea.column.status'),
        progress: t('replicationArea.export.progress'),
        nextDue: t('replicationArea.column.nextDue'),
        nextDueDate: t('replicationArea.export.nextDueDate'),
        overdue: t('replicationArea.export.overdue'),
        created: t('replicationList.column.created'),
      },
      stage: labels.stage,
      status: labels.status,
    };
    const fileName = matrixFileName(area.id, today);
    setBusy(true);
    try {
      const bytes = await matrixWorkbook(matrix, rows, (code) => names.get(code)?.full ?? code, sheetLabels);
      const outcome = await downloadFile(bytes, fileName, XLSX_TYPE);
      // Cancelled in the desktop save dialog: nothing to announce.
      if (outcome.saved) {
        notifications.show({
          color: 'teal',
          message: t('replicationArea.export.done', { file: outcome.file }),
        });
      }
    } catch (error) {
      console.error('matrix export failed', error);
      notifications.show({
        color: 'red',
        message: t('replicationArea.export.failed', { reason: String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={busy}
      onMouseEnter={preloadExcelJs}
      onFocus={preloadExcelJs}
      onClick={() => void exportMatrix()}
    >
      {t('replicationArea.export.button')}
    </Button>
  );
}
