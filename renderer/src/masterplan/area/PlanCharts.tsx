/**
 * The progress tab's charts: readiness means per region (grouped bars, 1–5) and how many regions
 * are at each bimtek stage. Each has its numbers as a table (ChartCard). Loaded with the page, shown
 * after the table: the charts library is most of this screen's weight.
 */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReadinessElement } from '../../../../shared/model/master-plan';
import {
  type AreaPlanTotals,
  type RegionPlanSummary,
  STAGE_POSITIONS,
  type StagePosition,
} from '../../../../shared/model/master-plan-area';
import { regionLabel } from '../../data/catalog-store';
import { ChartCard } from '../../replication/area/ChartCard';
import { HORIZONTAL_BARS } from '../../replication/area/horizontal-bars';

const ELEMENTS: readonly ReadinessElement[] = ['struktur', 'infrastruktur', 'suprastruktur'];
const ELEMENT_COLOR: Readonly<Record<ReadinessElement, string>> = {
  struktur: 'indigo.3',
  infrastruktur: 'indigo.6',
  suprastruktur: 'indigo.9',
};

/** Legend in the elements' own order, not recharts' alphabetical one. */
const LEGEND = {
  verticalAlign: 'bottom',
  itemSorter: (item: { dataKey?: unknown }) => ELEMENTS.indexOf(String(item.dataKey) as ReadinessElement),
} as const;

export function PlanCharts({
  summaries,
  totals,
}: {
  summaries: readonly RegionPlanSummary[];
  totals: AreaPlanTotals;
}) {
  const { t, i18n } = useTranslation();
  const decimal = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 1,
  });
  const positionLabel = (position: StagePosition) =>
    typeof position === 'number'
      ? t('masterPlanArea.position.stage', { stage: position })
      : t(`masterPlanArea.position.${position}`);
  const scored = summaries.filter((summary) =>
    ELEMENTS.some((element) => summary.readiness[element] !== null),
  );
  const readinessData = scored.map((summary) => ({
    label: regionLabel(summary.regionCode),
    ...Object.fromEntries(ELEMENTS.map((element) => [element, summary.readiness[element] ?? 0])),
  }));
  const positionData = STAGE_POSITIONS.map((position) => ({
    label: positionLabel(position),
    regions: totals.byPosition[position],
  }));
  const regionsColumn = t('masterPlanArea.chart.regionsColumn');
  const shown = (value: number | null) => (value === null ? '–' : decimal.format(value));

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartCard
        title={t('masterPlanArea.chart.readinessTitle')}
        description={t('masterPlanArea.chart.readinessHint')}
        table={{
          columns: [
            t('masterPlanArea.column.region'),
            ...ELEMENTS.map((element) => t(`masterPlanArea.column.${element}`)),
          ],
          rows: scored.map((summary) => [
            regionLabel(summary.regionCode),
            ...ELEMENTS.map((element) => shown(summary.readiness[element])),
          ]),
        }}
      >
        {scored.length === 0 ? (
          <Paper bg="gray.0" p="md" radius="sm">
            <Text size="sm" c="dimmed">
              {t('masterPlanArea.chart.readinessEmpty')}
            </Text>
          </Paper>
        ) : (
          <BarChart
            {...HORIZONTAL_BARS}
            h={Math.max(180, scored.length * 48 + 70)}
            data={readinessData}
            series={ELEMENTS.map((element) => ({
              name: element,
              label: t(`masterPlanArea.column.${element}`),
              color: ELEMENT_COLOR[element],
            }))}
            withLegend
            legendProps={LEGEND}
            yAxisProps={{ width: 124, interval: 0 }}
            xAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] }}
            valueFormatter={(value) => decimal.format(value)}
          />
        )}
      </ChartCard>
      <ChartCard
        title={t('masterPlanArea.chart.stageTitle')}
        description={t('masterPlanArea.chart.stageHint')}
        table={{
          columns: [t('masterPlanArea.chart.positionColumn'), regionsColumn],
          rows: positionData.map((row) => [row.label, row.regions]),
        }}
      >
        <BarChart
          {...HORIZONTAL_BARS}
          h={260}
          data={positionData}
          series={[{ name: 'regions', label: regionsColumn, color: 'teal.7' }]}
          yAxisProps={{ width: 136, interval: 0 }}
          xAxisProps={{ allowDecimals: false }}
          withBarValueLabel
        />
      </ChartCard>
    </SimpleGrid>
  );
}
