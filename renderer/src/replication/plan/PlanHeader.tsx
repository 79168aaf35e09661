/**
 * The top of a plan: which innovation (linked to its catalog page while it is there), from which
 * region to which, how it is adapted and by whose help, its status, how far it has come, and who
 * changed it last.
 */
import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import { DocumentHeading } from '../../shell/DocumentHeading';
import type { PlanView } from '../plan-view';
import { PlanExportMenu } from './PlanExportMenu';
import { PLAN_STATUS_BADGE } from './plan-badges';

export function PlanHeader({ view, fraction }: { view: PlanView; fraction: number }) {
  const { t, i18n } = useTranslation();
  const { plan, row } = view;
  const percent = Math.round(fraction * 100);
  const status = PLAN_STATUS_BADGE[plan.status];
  const { by, at } = plan.updated;
  // Demo and imported authors often carry their region in their name already; it is not said twice.
  const region = by.region === null ? null : regionLabel(by.region);
  const when = formatDateTime(at, i18n.language);
  return (
    <Stack gap="sm">
      <DocumentHeading
        eyebrow={t('plan.eyebrow')}
        title={
          row.innovationPath ? (
            <Anchor component={Link} to={row.innovationPath} inherit>
              {row.innovationName}
            </Anchor>
          ) : (
            row.innovationName
          )
        }
        actions={<PlanExportMenu view={view} />}
      >
        {row.innovationPath === null && (
          <Text size="sm" c="dimmed">
            {t('plan.innovationGone')}
          </Text>
        )}
      </DocumentHeading>

      <Group gap="xs" align="center" wrap="wrap">
        <RegionName label={t('plan.sourceRegion')} name={row.sourceName} />
        <IconArrowRight size={20} aria-hidden="true" />
        <RegionName label={t('plan.adopterRegion')} name={row.adopterName} />
      </Group>

      <Group gap={8} wrap="wrap">
        <Badge size="lg" variant="light" color={status.color} c={status.text} tt="none">
          {t(`plan.status.${plan.status}`)}
        </Badge>
        <Badge size="lg" variant="light" color="gray" c="gray.8" tt="none">
          {t(`plan.adaptation.${plan.adaptation}`)}
        </Badge>
        <Text size="sm">
          {plan.facilitator === ''
            ? t('plan.noFacilitator')
            : t('plan.facilitatorIs', { name: plan.facilitator })}
        </Text>
      </Group>

      <Group gap="sm" wrap="wrap" justify="space-between">
        <Group gap="sm" wrap="nowrap" style={{ flex: '1 1 260px' }} maw={440}>
          <Text size="sm" fw={600} aria-hidden="true">
            {t('plan.progress')}
          </Text>
          <Progress
            value={percent}
            size="lg"
            radius="xl"
            style={{ flex: 1 }}
            aria-label={t('plan.progressLabel')}
            color={plan.status === 'dibatalkan' ? 'gray' : undefined}
          />
          <Text fw={700} style={{ minWidth: '3.5ch', textAlign: 'right' }}>
            {t('plan.percent', { percent })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {region === null || by.name.includes(region)
            ? t('plan.lastChange', { name: by.name, when })
            : t('plan.lastChangeRegion', { name: by.name, region, when })}
        </Text>
      </Group>
    </Stack>
  );
}

/** "Daerah asal Kab. Gunungkidul": label and name kept on one line. */
function RegionName({ label, name }: { label: string; name: string }) {
  return (
    <Text span style={{ whiteSpace: 'nowrap' }}>
      <Text span size="sm" c="dimmed" mr={6}>
        {label}
      </Text>
      <Text span fw={700} size="lg">
        {name}
      </Text>
    </Text>
  );
}
