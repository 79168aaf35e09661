/**
 * How a plan's state reads in every area view: stage and status badges, progress as a bar with its
 * percentage, the next due milestone and the late ones — lateness always in words, never only red.
 */
import { Badge, Box, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Milestone, PlanStatus, ReplicationStage } from '../../../../shared/model/replication-plan';
import { formatDate } from '../../catalog/innovation-format';
import { usePlanLabels } from './use-plan-labels';

/** Text one shade darker than the badge colour keeps WCAG AA contrast on the light background. */
const STATUS_COLOR: Readonly<Record<PlanStatus, { color: string; text: string }>> = {
  aktif: { color: 'blue', text: 'blue.9' },
  selesai: { color: 'teal', text: 'teal.9' },
  dibatalkan: { color: 'gray', text: 'gray.8' },
};

export function StageBadge({ stage }: { stage: ReplicationStage }) {
  const labels = usePlanLabels();
  // "Rencana & pengembangan" is long: in a narrow table column it wraps rather than being cut off.
  return (
    <Badge
      component="span"
      size="md"
      variant="light"
      color="indigo"
      c="indigo.9"
      radius="sm"
      tt="none"
      h="auto"
      py={2}
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3 } }}
    >
      {labels.stage[stage]}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: PlanStatus }) {
  const labels = usePlanLabels();
  const { color, text } = STATUS_COLOR[status];
  return (
    <Badge
      component="span"
      size="md"
      variant="light"
      color={color}
      c={text}
      radius="sm"
      tt="none"
      h="auto"
      py={2}
      styles={{ label: { lineHeight: 1.3 } }}
      style={{ minWidth: 'max-content' }}
    >
      {labels.status[status]}
    </Badge>
  );
}

/** The bar is decoration: the percentage next to it is what screen readers and tables read. */
export function ProgressCell({ percent }: { percent: number }) {
  return (
    <Group gap={6} wrap="nowrap" miw={76}>
      <Box aria-hidden="true" style={{ flex: 1, minWidth: 32 }}>
        <Progress value={percent} size="sm" color={percent >= 100 ? 'teal' : 'blue'} />
      </Box>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} w={38} ta="right">
        {percent}%
      </Text>
    </Group>
  );
}

/**
 * The next milestone due; when every open one is already late, the earliest late one (marked so),
 * since that is what the plan is waiting for.
 */
export function NextDue({
  milestone,
  overdue = [],
}: {
  milestone: Milestone | null;
  overdue?: readonly Milestone[];
}) {
  const { t, i18n } = useTranslation();
  const waitingFor =
    milestone ??
    [...overdue].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id))[0];
  if (waitingFor === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {t('replicationArea.noNextDue')}
      </Text>
    );
  }
  const late = milestone === null;
  return (
    <Stack gap={0}>
      <Text size="sm" lineClamp={2}>
        {waitingFor.title}
      </Text>
      <Text size="xs" c={late ? 'red.9' : 'dimmed'} fw={late ? 600 : undefined}>
        {late
          ? t('replicationArea.dueWasOn', { date: formatDate(waitingFor.dueDate, i18n.language) })
          : formatDate(waitingFor.dueDate, i18n.language)}
      </Text>
    </Stack>
  );
}

/** "2 tonggak terlambat" with a warning sign; a dash-free "Tepat waktu" when none is late. */
export function OverdueNote({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('replicationArea.onTime')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <IconAlertTriangle size={16} color="var(--mantine-color-red-8)" aria-hidden="true" />
      <Text size="sm" fw={600} c="red.9">
        {t('replicationArea.overdueCount', { count })}
      </Text>
    </Group>
  );
}
