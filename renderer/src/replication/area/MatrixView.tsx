/**
 * "Matriks": which region replicates whose innovations, as source regions × adopting regions with
 * the number of plans in each cell. A cell, or a row's or column's total, opens the plans it counts.
 */
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, REPLICATION_STAGES } from '../../../../shared/model/replication-plan';
import { useArea, useCatalog } from '../../app/hooks';
import { planStatusRows } from '../plan-rows';
import { MatrixExportButton } from './MatrixExportButton';
import { MatrixGrid } from './MatrixGrid';
import { MatrixPlansDrawer } from './MatrixPlansDrawer';
import { filterPlans, type MatrixSelection, plansAt, replicationMatrix } from './matrix';
import { regionNames } from './region-names';
import { usePlanFilter } from './use-plan-filter';
import { usePlanLabels } from './use-plan-labels';
import { useToday } from './use-today';

const ALL = 'semua';

export function MatrixView() {
  const { t } = useTranslation();
  const area = useArea();
  const snapshot = useCatalog();
  const today = useToday();
  const labels = usePlanLabels();
  const [filter, setFilter] = usePlanFilter();
  const [selection, setSelection] = useState<MatrixSelection | null>(null);

  const plans = useMemo(() => filterPlans([...snapshot.plans.values()].flat(), filter), [snapshot, filter]);
  const names = useMemo(() => {
    const codes = new Set([
      ...area.members.map((member) => member.code),
      ...plans.flatMap((plan) => [plan.adopterCode, plan.source.regionCode]),
    ]);
    return regionNames([...codes]);
  }, [area.members, plans]);
  const matrix = useMemo(() => {
    const members = area.members
      .map((member) => member.code)
      .sort((a, b) => (names.get(a)?.short ?? a).localeCompare(names.get(b)?.short ?? b, 'id'));
    return replicationMatrix(plans, members);
  }, [area.members, plans, names]);
  const rows = useMemo(() => planStatusRows(plans, snapshot, today), [plans, snapshot, today]);
  const selected = useMemo(
    () => (selection === null ? [] : rows.filter((row) => plansAt([row.plan], selection).length > 0)),
    [rows, selection],
  );

  return (
    <Stack gap="md" component="section" aria-labelledby="matrix-title">
      <Stack gap={2}>
        <Title order={2} size="h3" id="matrix-title">
          {t('replicationArea.matrix.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('replicationArea.matrix.subtitle', { count: matrix.total })}
        </Text>
      </Stack>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('replicationArea.filter.stage')}
          data={[
            { value: ALL, label: t('replicationArea.filter.allStages') },
            ...REPLICATION_STAGES.map((stage) => ({ value: stage, label: labels.stage[stage] })),
          ]}
          value={filter.stage ?? ALL}
          onChange={(value) => {
            const stage = REPLICATION_STAGES.find((candidate) => candidate === value) ?? null;
            setFilter({ ...filter, stage });
          }}
          allowDeselect={false}
          style={{ flex: '1 1 9rem' }}
          maw={240}
        />
        <Select
          label={t('replicationArea.filter.status')}
          data={[
            { value: ALL, label: t('replicationArea.filter.allStatuses') },
            ...PLAN_STATUSES.map((status) => ({ value: status, label: labels.status[status] })),
          ]}
          value={filter.status ?? ALL}
          onChange={(value) => {
            const status = PLAN_STATUSES.find((candidate) => candidate === value) ?? null;
            setFilter({ ...filter, status });
          }}
          allowDeselect={false}
          style={{ flex: '1 1 8rem' }}
          maw={200}
        />
        <MatrixExportButton matrix={matrix} rows={rows} names={names} />
      </Group>
      {matrix.total === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text c="dimmed" size="sm">
            {filter.stage === null && filter.status === null
              ? t('replicationArea.matrix.empty')
              : t('replicationArea.matrix.emptyFiltered')}
          </Text>
        </Paper>
      ) : (
        <MatrixGrid matrix={matrix} names={names} onSelect={setSelection} />
      )}
      <MatrixPlansDrawer
        selection={selection}
        rows={selected}
        names={names}
        onClose={() => setSelection(null)}
      />
    </Stack>
  );
}
