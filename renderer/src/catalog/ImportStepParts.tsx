/** Pieces the import steps share: the chosen sheet, its one-line summary, the sticky step footer. */
import { Group, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetTable } from './spreadsheet';

export interface ChosenSheet {
  fileName: string;
  table: SheetTable;
}

export function SheetSummary({ sheet }: { sheet: ChosenSheet }) {
  const { t } = useTranslation();
  const count = sheet.table.rows.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  return (
    <Group gap="xs" wrap="nowrap">
      <IconFileSpreadsheet size={18} stroke={1.5} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" fw={500} truncate>
        {sheet.table.sheetName === null
          ? t('import.fileCsv', { file: sheet.fileName, count })
          : t('import.fileSheet', { file: sheet.fileName, sheet: sheet.table.sheetName, count })}
      </Text>
    </Group>
  );
}

/** The step's buttons, kept in view at the bottom of the dialog while a long step scrolls. */
export function StepFooter({ children }: { children: ReactNode }) {
  return (
    <Group
      justify="space-between"
      gap="sm"
      py="sm"
      style={{
        position: 'sticky',
        bottom: 0,
        background: 'var(--mantine-color-body)',
        borderTop: '1px solid var(--mantine-color-gray-3)',
        zIndex: 1,
      }}
    >
      {children}
    </Group>
  );
}
