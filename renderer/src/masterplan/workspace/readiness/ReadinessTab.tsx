/**
 * The "Kesiapan" tab (stage 1): the three readiness elements with their sub-elements, each scored
 * 1–5 with notes, the mean per element, and the radar of all nine. Editors score; others read.
 */
import { Badge, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { READINESS, type ReadinessElement, readinessSummary } from '../../../../../shared/model/master-plan';
import type { MasterPlanView } from '../master-plan-view';
import { READINESS_TOTAL, scoredCount } from '../stage-counts';
import { ReadinessChart } from './ReadinessChart';
import { SubElementScore } from './SubElementScore';

export function ReadinessTab({ view }: { view: MasterPlanView }) {
  const { t, i18n } = useTranslation();
  const summary = readinessSummary(view.plan);
  const scored = scoredCount(view.plan);
  const mean = (value: number | null) =>
    value === null
      ? t('masterPlan.readiness.noMean')
      : t('masterPlan.readiness.mean', {
          mean: value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
            maximumFractionDigits: 1,
          }),
        });
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('masterPlan.readiness.intro')}
            </Text>
            <Text size="sm" fw={500}>
              {t('masterPlan.readiness.scored', { scored, total: READINESS_TOTAL })}
            </Text>
          </Stack>
          {(Object.keys(READINESS) as ReadinessElement[]).map((element) => (
            <Paper
              key={element}
              component="section"
              withBorder
              radius="md"
              p={{ base: 'md', sm: 'lg' }}
              bg="gray.0"
              aria-labelledby={`elemen-${element}`}
            >
              <Stack gap="sm">
                <Group justify="space-between" gap="sm">
                  <Stack gap={0}>
                    <Title order={2} size="h4" id={`elemen-${element}`}>
                      {t(`masterPlan.readiness.element.${element}`)}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t(`masterPlan.readiness.elementHint.${element}`)}
                    </Text>
                  </Stack>
                  <Badge size="lg" variant="light" color="teal" c="teal.9" bg="teal.0" tt="none">
                    {mean(summary[element])}
                  </Badge>
                </Group>
                {READINESS[element].map((sub) => (
                  <SubElementScore key={sub} view={view} element={element} sub={sub} />
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        {/* Below the app's 60 px header while the scores scroll past. */}
        <Stack gap="sm" pos="sticky" top={76}>
          <ReadinessChart plan={view.plan} scored={scored} />
          <Text size="xs" c="dimmed">
            {t('masterPlan.readiness.scale')}
          </Text>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
