/**
 * One quick win: its name, the service it sharpens and its months, and a small table of each impact
 * figure's expected and actual value; change and remove for editors.
 */
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../catalog/innovation-format';
import { EntryCard } from '../EntryCard';
import type { QuickWin } from './quick-win-values';

export function QuickWinCard({
  quickWin,
  canEdit,
  onEdit,
  onRemove,
}: {
  quickWin: QuickWin;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const figure = (value: number | null, unit: string) =>
    value === null
      ? t('masterPlan.quickWin.notMeasured')
      : [formatNumber(value), unit].filter((p) => p !== '').join(' ');
  return (
    <EntryCard
      name={quickWin.name}
      badge={
        <Badge variant="light" color="gray" c="gray.8" tt="none">
          {t('masterPlan.quickWin.monthsBadge', { count: quickWin.months })}
        </Badge>
      }
      meta={t('masterPlan.quickWin.sharpens', { service: quickWin.service })}
      gap="xs"
      canEdit={canEdit}
      editLabel={t('masterPlan.quickWin.edit', { name: quickWin.name })}
      removeLabel={t('masterPlan.quickWin.remove', { name: quickWin.name })}
      onEdit={onEdit}
      onRemove={onRemove}
    >
      {quickWin.impact.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('masterPlan.quickWin.noFigures')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={260}>
          <Table
            withTableBorder
            verticalSpacing={6}
            fz="sm"
            aria-label={t('masterPlan.quickWin.impactTable', { name: quickWin.name })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('masterPlan.quickWin.impact')}</Table.Th>
                <Table.Th ta="right">{t('masterPlan.quickWin.expected')}</Table.Th>
                <Table.Th ta="right">{t('masterPlan.quickWin.actual')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quickWin.impact.map((row, index) => (
                // Figures have no id; their place in the list is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <Table.Tr key={index}>
                  <Table.Td>{row.label}</Table.Td>
                  <Table.Td ta="right">{figure(row.expected, row.unit)}</Table.Td>
                  <Table.Td ta="right">{figure(row.actual, row.unit)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </EntryCard>
  );
}
