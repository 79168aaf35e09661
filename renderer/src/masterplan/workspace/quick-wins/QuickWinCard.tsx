/**
 * One quick win: its name, the service it sharpens and its months, and a small table of each impact
 * figure's expected and actual value; change and remove for editors.
 */
import { ActionIcon, Badge, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../catalog/innovation-format';
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
    <Paper component="li" withBorder radius="md" p="md" aria-label={quickWin.name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {quickWin.name}
            </Text>
            <Group gap={8} wrap="wrap">
              <Badge variant="light" color="gray" c="gray.8" tt="none">
                {t('masterPlan.quickWin.monthsBadge', { count: quickWin.months })}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('masterPlan.quickWin.sharpens', { service: quickWin.service })}
              </Text>
            </Group>
          </Stack>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('masterPlan.quickWin.edit', { name: quickWin.name })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  onClick={onEdit}
                  aria-label={t('masterPlan.quickWin.edit', { name: quickWin.name })}
                >
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('masterPlan.quickWin.remove', { name: quickWin.name })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={onRemove}
                  aria-label={t('masterPlan.quickWin.remove', { name: quickWin.name })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
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
      </Stack>
    </Paper>
  );
}
