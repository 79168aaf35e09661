/**
 * "Quick win kawasan": every region's quick wins under the area's dimensions — what service it
 * sharpens, in how many months, and its headline impact figure — so regions see what their
 * neighbours deliver first. Dimensions with none are named at the end.
 */
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBolt, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AreaQuickWin } from '../../../../shared/model/master-plan-area';
import { useArea } from '../../app/hooks';
import { PageState } from '../../catalog/InnovationStates';
import { formatNumber } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import { masterPlanPath } from './RegionPlansTable';
import type { AreaPlans } from './use-area-plans';

export function QuickWinsTab({ plans }: { plans: AreaPlans }) {
  const { t } = useTranslation();
  const area = useArea();
  const { quickWins, pillarName } = plans;
  if (quickWins.length === 0) {
    return (
      <PageState
        icon={<IconBolt size={32} stroke={1.5} />}
        title={t('masterPlanArea.quickWins.emptyTitle')}
        description={t('masterPlanArea.quickWins.empty')}
        action={null}
      />
    );
  }
  const without = area.pillars.filter((pillar) => !quickWins.some((group) => group.pillarId === pillar.id));
  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed" maw={760}>
        {t('masterPlanArea.quickWins.intro')}
      </Text>
      {quickWins.map((group) => (
        <Stack key={group.pillarId} gap="sm" component="section" aria-label={pillarName(group.pillarId)}>
          <Group gap="sm" align="baseline">
            <Title order={2} size="h4">
              {pillarName(group.pillarId)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('masterPlanArea.quickWins.count', { count: group.items.length })}
            </Text>
          </Group>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="sm"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {group.items.map((item) => (
              <QuickWinCard key={`${item.regionCode}/${item.quickWin.id}`} item={item} />
            ))}
          </SimpleGrid>
        </Stack>
      ))}
      {without.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('masterPlanArea.quickWins.none', { pillars: without.map((pillar) => pillar.name).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}

/** "1.200 orang", but "95%": a percent sign sits on its number. */
function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`.trim();
}

function QuickWinCard({ item }: { item: AreaQuickWin }) {
  const { t } = useTranslation();
  const { quickWin, regionCode } = item;
  const [headline] = quickWin.impact;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={6}>
        <Text fw={700} size="sm" lh={1.35}>
          {quickWin.name}
        </Text>
        <Anchor component={Link} to={masterPlanPath(regionCode)} size="sm">
          {regionLabel(regionCode)}
        </Anchor>
        <Text size="sm">{t('masterPlanArea.quickWins.service', { service: quickWin.service })}</Text>
        <Group gap="xs" wrap="wrap">
          <Badge
            component="span"
            variant="light"
            color="gray"
            c="gray.9"
            tt="none"
            radius="sm"
            leftSection={<IconClock size={12} aria-hidden="true" />}
          >
            {t('masterPlanArea.quickWins.months', { count: quickWin.months })}
          </Badge>
        </Group>
        {headline ? (
          <Text size="sm" fw={600} c="teal.9">
            {t('masterPlanArea.quickWins.impact', {
              label: headline.label,
              value: withUnit(headline.expected, headline.unit),
            })}
            {headline.actual !== null &&
              ` · ${t('masterPlanArea.quickWins.actual', { value: withUnit(headline.actual, headline.unit) })}`}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('masterPlanArea.quickWins.noImpact')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
