/** A table of replication plans whose column headers sort it. */
import { Anchor, Badge, Box, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../catalog/innovation-format';
import { type PlanRow, type PlanSort, type PlanSortKey, sortPlanRows } from './plan-rows';

export interface PlansTableProps {
  rows: readonly PlanRow[];
  columns: readonly PlanSortKey[];
  initialSort: PlanSort;
  /** Accessible name of the table. */
  label: string;
}

const COLUMN_LABEL = {
  adopter: 'replicationList.column.adopter',
  innovation: 'replicationList.column.innovation',
  source: 'replicationList.column.source',
  stage: 'replicationList.column.stage',
  created: 'replicationList.column.created',
} as const satisfies Record<PlanSortKey, string>;

export function PlansTable({ rows, columns, initialSort, label }: PlansTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<PlanSort>(initialSort);
  const sorted = sortPlanRows(rows, sort);
  const toggle = (key: PlanSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: key === 'created' ? 'desc' : 'asc' },
    );

  const cell = (row: PlanRow, column: PlanSortKey) => {
    switch (column) {
      case 'adopter':
        return (
          <Text size="sm" fw={500}>
            {row.adopterName}
          </Text>
        );
      case 'innovation':
        return row.innovationPath ? (
          <Anchor component={Link} to={row.innovationPath} size="sm" fw={500}>
            {row.innovationName}
          </Anchor>
        ) : (
          <Text size="sm">
            {row.innovationName}{' '}
            <Text span size="xs" c="dimmed">
              {t('replicationList.innovationGone')}
            </Text>
          </Text>
        );
      case 'source':
        return <Text size="sm">{row.sourceName}</Text>;
      case 'stage':
        return (
          <Badge size="md" variant="light" color="indigo" radius="sm" tt="none">
            {t(`replicationStage.${row.plan.stage}`)}
          </Badge>
        );
      case 'created':
        return (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDay(row.plan.created.at, i18n.language)}
          </Text>
        );
    }
  };

  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={columns.length * 120}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => {
                  const active = sort.key === column;
                  const Icon = !active
                    ? IconSelector
                    : sort.direction === 'asc'
                      ? IconChevronUp
                      : IconChevronDown;
                  return (
                    <Table.Th
                      key={column}
                      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                    >
                      <UnstyledButton onClick={() => toggle(column)} fw={600} fz="sm">
                        <Group gap={4} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
                          {t(COLUMN_LABEL[column])}
                          <Icon size={14} aria-hidden="true" />
                        </Group>
                      </UnstyledButton>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((row) => (
                <Table.Tr key={row.key}>
                  {columns.map((column) => (
                    <Table.Td key={column}>{cell(row, column)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      {/* Phones: one card per plan, in the table's order, instead of a table to scroll sideways. */}
      <Stack
        hiddenFrom="sm"
        gap={0}
        component="ul"
        aria-label={label}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {sorted.map((row, index) => (
          <Stack
            key={row.key}
            component="li"
            gap={4}
            py="sm"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
          >
            {cell(row, 'innovation')}
            <Text size="sm" c="dimmed">
              {columns.includes('adopter')
                ? t('replicationList.cardAdopterSource', { adopter: row.adopterName, source: row.sourceName })
                : t('replicationList.cardSource', { source: row.sourceName })}
            </Text>
            <Group gap="xs">
              {cell(row, 'stage')}
              <Text size="xs" c="dimmed">
                {formatDay(row.plan.created.at, i18n.language)}
              </Text>
            </Group>
          </Stack>
        ))}
      </Stack>
    </>
  );
}
