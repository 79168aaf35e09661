/**
 * Every member region's master plan in one row: its four bimtek stages, stages done, readiness
 * means, programmes, quick wins and last change; headers sort it, the region opens its workspace.
 * On phones, one card per region instead of a table to scroll sideways.
 */
import { Anchor, Group, Paper, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReadinessElement } from '../../../../shared/model/master-plan';
import { BIMTEK_STAGES } from '../../../../shared/model/master-plan';
import { intlLocale } from '../../catalog/innovation-format';
import classes from './area.module.css';
import { type RegionRow, type RegionSort, type RegionSortKey, sortRegionRows } from './region-rows';
import { StageBadge, StageLegend } from './StageBadge';

const ELEMENTS: readonly ReadinessElement[] = ['struktur', 'infrastruktur', 'suprastruktur'];
/** Columns whose natural first order is "most first". */
const DESCENDING_FIRST: readonly RegionSortKey[] = [
  'stagesDone',
  'struktur',
  'infrastruktur',
  'suprastruktur',
  'programmes',
  'quickWins',
  'updated',
];

export const masterPlanPath = (code: string) => `/masterplan/${code}`;

export function RegionPlansTable({
  rows,
  ownRegion,
}: {
  rows: readonly RegionRow[];
  ownRegion: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<RegionSort>({ key: 'order', direction: 'asc' });
  const sorted = sortRegionRows(rows, sort);
  const label = t('masterPlanArea.tableLabel');
  const toggle = (key: RegionSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: DESCENDING_FIRST.includes(key) ? 'desc' : 'asc' },
    );
  const decimal = new Intl.NumberFormat(intlLocale(i18n.language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const shortDate = (iso: string) =>
    new Date(iso).toLocaleDateString(intlLocale(i18n.language), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  const readiness = (mean: number | null) =>
    mean === null ? (
      <>
        <span aria-hidden="true">–</span>
        <VisuallyHidden>{t('masterPlanArea.notScored')}</VisuallyHidden>
      </>
    ) : (
      decimal.format(mean)
    );

  const header = (key: RegionSortKey, text: string, numeric = false) => {
    const active = sort.key === key;
    const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th
        key={key}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
        className={key === 'region' ? classes.stickyColumn : undefined}
        style={numeric ? { textAlign: 'right' } : undefined}
      >
        <UnstyledButton onClick={() => toggle(key)} fw={600} fz="sm" lh={1.3}>
          <Group gap={4} wrap="nowrap" align="center" justify={numeric ? 'flex-end' : undefined}>
            <span>{text}</span>
            <Icon
              size={14}
              aria-hidden="true"
              style={{ flexShrink: 0 }}
              className={active ? undefined : classes.idleSortIcon}
            />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  const regionLink = (row: RegionRow) => (
    <Anchor component={Link} to={masterPlanPath(row.summary.regionCode)} size="sm" fw={600}>
      {row.name}
      {row.summary.regionCode === ownRegion && (
        <VisuallyHidden> ({t('masterPlanArea.ownRegion')})</VisuallyHidden>
      )}
    </Anchor>
  );

  return (
    <Stack gap="xs">
      <StageLegend />
      <Paper visibleFrom="sm" withBorder radius="md">
        <Table.ScrollContainer minWidth={700}>
          <Table
            verticalSpacing={6}
            horizontalSpacing={4}
            highlightOnHover
            aria-label={label}
            fz="sm"
            className={classes.table}
          >
            <Table.Thead>
              <Table.Tr>
                {header('region', t('masterPlanArea.column.region'))}
                {header('stagesDone', t('masterPlanArea.column.stages'))}
                {ELEMENTS.map((element) => header(element, t(`masterPlanArea.column.${element}`), true))}
                {header('programmes', t('masterPlanArea.column.programmes'), true)}
                {header('quickWins', t('masterPlanArea.column.quickWins'), true)}
                {header('updated', t('masterPlanArea.column.updated'))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((row) => {
                const { summary } = row;
                const own = summary.regionCode === ownRegion;
                return (
                  <Table.Tr key={summary.regionCode} bg={own ? 'rembug.0' : undefined}>
                    <Table.Th
                      scope="row"
                      className={classes.stickyColumn}
                      fw={400}
                      bg={own ? 'rembug.0' : undefined}
                    >
                      {regionLink(row)}
                    </Table.Th>
                    {/* The four stages, then how many are done (what this column sorts by); one line. */}
                    <Table.Td className={classes.stagesCell}>
                      {BIMTEK_STAGES.map((stage) => (
                        <StageBadge key={stage} stage={stage} status={summary.stages[stage]} compact />
                      ))}
                      <span className={classes.stagesDone}>
                        {t('masterPlanArea.stagesDoneValue', { done: summary.stagesDone })}
                      </span>
                    </Table.Td>
                    {ELEMENTS.map((element) => (
                      <Table.Td key={element} className={classes.number}>
                        {readiness(summary.readiness[element])}
                      </Table.Td>
                    ))}
                    <Table.Td className={classes.number}>{summary.programmes}</Table.Td>
                    <Table.Td className={classes.number}>{summary.quickWins}</Table.Td>
                    <Table.Td className={classes.dateCell}>
                      {summary.lastUpdate === null ? (
                        <Text span size="sm" c="dimmed">
                          {t('masterPlanArea.neverUpdated')}
                        </Text>
                      ) : (
                        shortDate(summary.lastUpdate)
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {/* Phones: one card per region, in the same order. */}
      <Stack
        hiddenFrom="sm"
        gap={0}
        component="ul"
        aria-label={label}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {sorted.map((row, index) => {
          const { summary } = row;
          return (
            <Stack
              key={summary.regionCode}
              component="li"
              gap={6}
              py="sm"
              style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
            >
              {regionLink(row)}
              <Group gap={4} wrap="wrap">
                {BIMTEK_STAGES.map((stage) => (
                  <StageBadge key={stage} stage={stage} status={summary.stages[stage]} />
                ))}
              </Group>
              <Text size="sm">
                {t('masterPlanArea.cardFigures', {
                  done: summary.stagesDone,
                  programmes: summary.programmes,
                  quickWins: summary.quickWins,
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {ELEMENTS.map((element) => (
                  <span key={element}>
                    {element !== 'struktur' && ' · '}
                    {t(`masterPlanArea.column.${element}`)} {readiness(summary.readiness[element])}
                  </span>
                ))}
              </Text>
            </Stack>
          );
        })}
      </Stack>
    </Stack>
  );
}
