/**
 * "Kemajuan": the area's figures, then every member region's plan in one table, then the charts.
 * Before any region has written anything, the table still lists the regions (each opens its plan)
 * under a note that says who fills them in.
 */
import { Alert, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { RegionPlansTable } from './RegionPlansTable';
import type { RegionRow } from './region-rows';
import type { AreaPlans } from './use-area-plans';

export const loadPlanCharts = () => import('./PlanCharts');
const PlanCharts = lazy(() => loadPlanCharts().then((module) => ({ default: module.PlanCharts })));

export function ProgressTab({ plans }: { plans: AreaPlans }) {
  const { t } = useTranslation();
  const area = useArea();
  const { profile } = useSession();
  const { summaries, totals } = plans;
  const rows = useMemo<RegionRow[]>(() => {
    const names = new Map(area.members.map((member) => [member.code, member.displayName]));
    return summaries.map((summary, order) => ({
      summary,
      order,
      name: names.get(summary.regionCode) ?? summary.regionCode,
    }));
  }, [summaries, area.members]);

  return (
    <Stack gap="lg">
      <SimpleGrid
        cols={{ base: 2, sm: 3, md: 5 }}
        spacing="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        <Kpi
          label={t('masterPlanArea.kpi.started')}
          value={t('masterPlanArea.kpi.startedValue', { started: totals.started, total: totals.regions })}
        />
        <Kpi label={t('masterPlanArea.kpi.finished')} value={totals.finished} />
        <Kpi label={t('masterPlanArea.kpi.programmes')} value={totals.programmes} />
        <Kpi label={t('masterPlanArea.kpi.quickWins')} value={totals.quickWins} />
        <Kpi label={t('masterPlanArea.kpi.team')} value={totals.teamMembers} />
      </SimpleGrid>
      {totals.started === 0 && (
        <Alert
          color="blue"
          icon={<IconInfoCircle aria-hidden="true" />}
          title={t('masterPlanArea.empty.title')}
        >
          {t('masterPlanArea.empty.body')}
        </Alert>
      )}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('masterPlanArea.tableTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('masterPlanArea.tableHint')}
        </Text>
      </Stack>
      <RegionPlansTable rows={rows} ownRegion={profile.region} />
      {totals.started > 0 && (
        <Suspense fallback={<Loader size="sm" role="status" aria-label={t('masterPlanArea.loading')} />}>
          <PlanCharts summaries={summaries} totals={totals} />
        </Suspense>
      )}
    </Stack>
  );
}

function Kpi({ label, value }: { label: string; value: number | string }) {
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" fw={600} lh={1.3}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Paper>
  );
}
