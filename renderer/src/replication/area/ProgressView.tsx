/**
 * "Progres": the area's replication in figures — headline numbers, then plans per stage (by status),
 * per smart-city dimension of the innovation replicated, per adopting region (by stage) and the
 * regions' average progress. Each chart has its table.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, REPLICATION_STAGES } from '../../../../shared/model/replication-plan';
import { useArea, useCatalog } from '../../app/hooks';
import { regionLabel } from '../../data/catalog-store';
import { ChartCard } from './ChartCard';
import { HORIZONTAL_BARS } from './horizontal-bars';
import { areaProgress } from './progress';
import { usePlanLabels } from './use-plan-labels';
import { useToday } from './use-today';

const STATUS_COLOR = { aktif: 'blue.6', selesai: 'teal.6', dibatalkan: 'gray.5' } as const;
const STAGE_COLOR = {
  persiapan: 'indigo.2',
  rencanaPengembangan: 'indigo.4',
  replikasi: 'indigo.6',
  evaluasi: 'indigo.9',
} as const;
/** Series in their own order (stages, statuses), not recharts' alphabetical one. */
const SERIES_ORDER: readonly string[] = [...PLAN_STATUSES, ...REPLICATION_STAGES];
const LEGEND = {
  verticalAlign: 'bottom',
  itemSorter: (item: { dataKey?: unknown }) => SERIES_ORDER.indexOf(String(item.dataKey)),
} as const;

export function ProgressView() {
  const { t } = useTranslation();
  const area = useArea();
  const snapshot = useCatalog();
  const today = useToday();
  const labels = usePlanLabels();
  const plans = useMemo(() => [...snapshot.plans.values()].flat(), [snapshot]);
  const progress = useMemo(
    () =>
      areaProgress(
        plans,
        snapshot,
        area.pillars.map((pillar) => pillar.id),
        today,
      ),
    [plans, snapshot, area.pillars, today],
  );
  const pillarName = useMemo(() => {
    const names = new Map(area.pillars.map((pillar) => [pillar.id, pillar.name]));
    return (id: string | null) =>
      id === null
        ? t('replicationArea.progress.unknownDimension')
        : (names.get(id) ?? t('replicationArea.progress.otherDimension'));
  }, [area.pillars, t]);

  if (plans.length === 0) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text c="dimmed" size="sm">
          {t('replicationArea.progress.empty')}
        </Text>
      </Paper>
    );
  }

  const { kpis } = progress;
  const stageData = progress.byStage.map((row) => ({ ...row, label: labels.stage[row.stage] }));
  const dimensionData = progress.byDimension.map((row) => ({
    label: pillarName(row.pillarId),
    plans: row.plans,
  }));
  const adopterData = progress.byAdopter.map((row) => ({ ...row, label: regionLabel(row.code) }));
  const averageData = progress.averageByAdopter.map((row) => ({
    label: regionLabel(row.code),
    percent: row.percent,
  }));
  const stageSeries = REPLICATION_STAGES.map((stage) => ({
    name: stage,
    label: labels.stage[stage],
    color: STAGE_COLOR[stage],
  }));
  const regionChartHeight = (count: number) => Math.max(160, count * 30 + 60);
  const plansColumn = t('replicationArea.progress.plansColumn');
  const totalColumn = t('replicationArea.matrix.total');

  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {t('replicationArea.progress.title')}
      </Title>
      <SimpleGrid
        cols={{ base: 2, sm: 3, lg: 6 }}
        spacing="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        <Kpi label={t('replicationArea.kpi.active')} value={kpis.active} />
        <Kpi label={t('replicationArea.kpi.finished')} value={kpis.finished} />
        <Kpi label={t('replicationArea.kpi.adopters')} value={kpis.adopters} />
        <Kpi label={t('replicationArea.kpi.innovations')} value={kpis.innovations} />
        <Kpi
          label={t('replicationArea.kpi.overdue')}
          value={kpis.overdueMilestones}
          alert={kpis.overdueMilestones > 0}
        />
        <Kpi label={t('replicationArea.kpi.average')} value={`${kpis.averagePercent}%`} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title={t('replicationArea.progress.byStageTitle')}
          description={t('replicationArea.progress.byStageHint')}
          table={{
            columns: [
              t('replicationList.column.stage'),
              ...PLAN_STATUSES.map((status) => labels.status[status]),
              totalColumn,
            ],
            rows: progress.byStage.map((row) => [
              labels.stage[row.stage],
              ...PLAN_STATUSES.map((status) => row[status]),
              PLAN_STATUSES.reduce((sum, status) => sum + row[status], 0),
            ]),
          }}
        >
          <BarChart
            {...HORIZONTAL_BARS}
            h={260}
            data={stageData}
            type="stacked"
            series={PLAN_STATUSES.map((status) => ({
              name: status,
              label: labels.status[status],
              color: STATUS_COLOR[status],
            }))}
            withLegend
            legendProps={LEGEND}
            yAxisProps={{ width: 150, interval: 0 }}
            xAxisProps={{ allowDecimals: false }}
          />
        </ChartCard>
        <ChartCard
          title={t('replicationArea.progress.byDimensionTitle')}
          description={t('replicationArea.progress.byDimensionHint')}
          table={{
            columns: [t('replicationArea.progress.dimensionColumn'), plansColumn],
            rows: dimensionData.map((row) => [row.label, row.plans]),
          }}
        >
          <BarChart
            {...HORIZONTAL_BARS}
            h={260}
            data={dimensionData}
            series={[{ name: 'plans', label: plansColumn, color: 'rembug.6' }]}
            yAxisProps={{ width: 130 }}
            xAxisProps={{ allowDecimals: false }}
            withBarValueLabel
          />
        </ChartCard>
        <ChartCard
          title={t('replicationArea.progress.byAdopterTitle')}
          description={t('replicationArea.progress.byAdopterHint')}
          table={{
            columns: [
              t('replicationList.column.adopter'),
              ...REPLICATION_STAGES.map((stage) => labels.stage[stage]),
              totalColumn,
            ],
            rows: progress.byAdopter.map((row) => [
              regionLabel(row.code),
              ...REPLICATION_STAGES.map((stage) => row[stage]),
              row.total,
            ]),
          }}
        >
          <BarChart
            {...HORIZONTAL_BARS}
            h={regionChartHeight(adopterData.length)}
            data={adopterData}
            type="stacked"
            series={stageSeries}
            withLegend
            legendProps={LEGEND}
            yAxisProps={{ width: 136, interval: 0 }}
            xAxisProps={{ allowDecimals: false }}
          />
        </ChartCard>
        <ChartCard
          title={t('replicationArea.progress.averageTitle')}
          description={t('replicationArea.progress.averageHint')}
          table={{
            columns: [t('replicationList.column.adopter'), t('replicationArea.progress.averageColumn')],
            rows: averageData.map((row) => [row.label, `${row.percent}%`]),
          }}
        >
          <BarChart
            {...HORIZONTAL_BARS}
            h={regionChartHeight(averageData.length)}
            data={averageData}
            series={[
              { name: 'percent', label: t('replicationArea.progress.averageColumn'), color: 'teal.7' },
            ]}
            yAxisProps={{ width: 136, interval: 0 }}
            xAxisProps={{ domain: [0, 100] }}
            valueFormatter={(value) => `${value}%`}
            withBarValueLabel
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}

function Kpi({ label, value, alert = false }: { label: string; value: number | string; alert?: boolean }) {
  return (
    <Paper component="li" withBorder radius="md" p="sm" bg={alert ? 'red.0' : undefined}>
      <Text size="xs" c="dimmed" fw={600} lh={1.3}>
        {label}
      </Text>
      <Text
        fz={28}
        fw={700}
        lh={1.2}
        c={alert ? 'red.9' : undefined}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {value}
      </Text>
    </Paper>
  );
}
