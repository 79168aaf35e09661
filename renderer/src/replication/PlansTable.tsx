/**
 * A table of replication plans whose column headers sort it; every row links to its plan. Plans
 * with late milestones are tinted and say so in words. On phones, one card per plan instead.
 */
import { Anchor, Box, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../catalog/innovation-format';
import { NextDue, OverdueNote, ProgressCell, StageBadge, StatusBadge } from './area/PlanBadges';
import { type PlanSort, type PlanSortKey, type PlanStatusRow, sortPlanRows } from './plan-rows';
import { planPath } from './plan-view';

export type PlanColumn = Exclude<PlanSortKey, 'created'>;

export interface PlansTableProps {
  rows: readonly PlanStatusRow[];
  columns: readonly PlanColumn[];
  initialSort: PlanSort;
  /** Accessible name of the table. */
  label: string;
}

const COLUMN_LABEL = {
  adopter: 'replicationList.column.adopter',
  innovation: 'replicationList.column.innovation',
  source: 'replicationList.column.source',
  stage: 'replicationList.column.stage',
  status: 'replicationArea.column.status',
  progress: 'replicationArea.column.progress',
  nextDue: 'replicationArea.column.nextDue',
  overdue: 'replicationArea.column.overdue',
} as const satisfies Record<PlanColumn, string>;

/** Columns whose natural first order is "most first". */
const DESCENDING_FIRST: readonly PlanSortKey[] = ['progress', 'overdue', 'created'];

export function PlansTable({ rows, columns, initialSort, label }: PlansTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<PlanSort>(initialSort);
  const sorted = sortPlanRows(rows, sort);
  const toggle = (key: PlanSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: DESCENDING_FIRST.includes(key) ? 'desc' : 'asc' },
    );

  const cell = (row: PlanStatusRow, column: PlanColumn) => {
    switch (column) {
      case 'adopter':
        return (
          <Text size="sm" fw={500}>
            {row.adopterName}
          </Text>
        );
      case 'innovation':
        return <PlanLink row={row} />;
      case 'source':
        return <Text size="sm">{row.sourceName}</Text>;
      case 'stage':
        return <StageBadge stage={row.plan.stage} />;
      case 'status':
        return <StatusBadge status={row.plan.status} />;
      case 'progress':
        return <ProgressCell percent={row.percent} />;
      case 'nextDue':
        return <NextDue milestone={row.progress.nextDue} overdue={row.progress.overdue} />;
      case 'overdue':
        return <OverdueNote count={row.progress.overdue.length} />;
    }
  };
  const late = (row: PlanStatusRow) => columns.includes('overdue') && row.progress.overdue.length > 0;

  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={Math.max(600, columns.length * 90)}>
          <Table verticalSpacing="sm" horizontalSpacing={8} highlightOnHover aria-label={label}>
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
                      <UnstyledButton onClick={() => toggle(column)} fw={600} fz="sm" lh={1.3}>
                        {/* Long headers wrap (a 1024 projector has no room to spare); the icon stays with the last word. */}
                        <Group gap={4} wrap="nowrap" align="center">
                          <span>{t(COLUMN_LABEL[column])}</span>
                          <Icon size={14} aria-hidden="true" style={{ flexShrink: 0 }} />
                        </Group>
                      </UnstyledButton>
                    </Table.Th>
                  );
                })}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((row) => (
                <Table.Tr key={row.key} bg={late(row) ? 'red.0' : undefined}>
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
            gap={6}
            py="sm"
            px={late(row) ? 'xs' : 0}
            bg={late(row) ? 'red.0' : undefined}
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
          >
            <PlanLink row={row} />
            <Text size="sm" c="dimmed">
              {columns.includes('adopter')
                ? t('replicationList.cardAdopterSource', { adopter: row.adopterName, source: row.sourceName })
                : t('replicationList.cardSource', { source: row.sourceName })}
            </Text>
            <Group gap="xs">
              <StageBadge stage={row.plan.stage} />
              <StatusBadge status={row.plan.status} />
            </Group>
            <ProgressCell percent={row.percent} />
            {columns.includes('nextDue') && row.progress.nextDue !== null && (
              <Text size="sm">
                {t('replicationArea.cardNextDue', { title: row.progress.nextDue.title })}{' '}
                <NextDueDate iso={row.progress.nextDue.dueDate} />
              </Text>
            )}
            {columns.includes('overdue') && row.progress.overdue.length > 0 && (
              <OverdueNote count={row.progress.overdue.length} />
            )}
          </Stack>
        ))}
      </Stack>
    </>
  );
}

/** The plan's innovation, linking to the plan; named with the adopter, since many plans share one. */
export function PlanLink({ row }: { row: PlanStatusRow }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Anchor
        component={Link}
        to={planPath(row.plan)}
        size="sm"
        fw={600}
        aria-label={t('replicationArea.planLinkLabel', {
          innovation: row.innovationName,
          adopter: row.adopterName,
        })}
      >
        {row.innovationName}
      </Anchor>
      {row.innovationPath === null && (
        <Text size="xs" c="dimmed">
          {t('replicationList.innovationGone')}
        </Text>
      )}
    </Stack>
  );
}

function NextDueDate({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return (
    <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      ({formatDate(iso, i18n.language)})
    </Text>
  );
}
