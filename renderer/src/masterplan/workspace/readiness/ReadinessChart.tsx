/**
 * The readiness profile as a radar of the nine sub-elements (0 where not scored yet), drawn once
 * something is scored. One image to assistive technology; the scores beside it carry the numbers.
 */
import '@mantine/charts/styles.css';
import { RadarChart } from '@mantine/charts';
import { Box, Paper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconRadar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type MasterPlan, READINESS, type ReadinessElement } from '../../../../../shared/model/master-plan';

export function ReadinessChart({ plan, scored }: { plan: MasterPlan; scored: number }) {
  const { t } = useTranslation();
  // A phone's narrow chart needs a smaller web to leave room for "Kelembagaan" at its side.
  const narrow = useMediaQuery('(max-width: 30em)');
  const data = (Object.keys(READINESS) as ReadinessElement[]).flatMap((element) =>
    READINESS[element].map((sub) => {
      const score = (plan.readiness[element] as Partial<Record<string, { score: number }>>)[sub]?.score;
      return { sub: t(`masterPlan.readiness.sub.${sub}`), score: score ?? 0 };
    }),
  );
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} aria-labelledby="kesiapan-radar">
      <Title order={2} size="h5" id="kesiapan-radar" mb="xs">
        {t('masterPlan.readiness.chartTitle')}
      </Title>
      {scored === 0 ? (
        <Box py="xl" ta="center">
          <IconRadar size={36} stroke={1.4} aria-hidden="true" color="var(--mantine-color-gray-6)" />
          <Text size="sm" fw={600} mt="xs">
            {t('masterPlan.readiness.emptyTitle')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('masterPlan.readiness.emptyBody')}
          </Text>
        </Box>
      ) : (
        <Box role="img" aria-label={t('masterPlan.readiness.chartImage', { count: scored })}>
          <RadarChart
            h={300}
            data={data}
            dataKey="sub"
            series={[
              { name: 'score', label: t('masterPlan.readiness.scoreSeries'), color: 'teal.6', opacity: 0.3 },
            ]}
            withPolarRadiusAxis={!narrow}
            polarRadiusAxisProps={{ domain: [0, 5], tickCount: 6, angle: 90 }}
            radarChartProps={{ accessibilityLayer: false, outerRadius: narrow ? '45%' : '62%' }}
            radarProps={{ isAnimationActive: false }}
            withTooltip={false}
            withDots
          />
        </Box>
      )}
    </Paper>
  );
}
