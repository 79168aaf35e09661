/**
 * A bimtek stage's state as a badge: a shape per state (check, half-filled, dashed circle) and its
 * word, so it never reads by colour alone. In the table the four stages share one column: each badge
 * shows its stage number and, where there is room, the word; its accessible name is always the whole
 * "Tahap 2: Berjalan". The legend above the table names the shapes and the stages.
 */
import { Badge, Group, Text } from '@mantine/core';
import { type Icon, IconCircleCheck, IconCircleDashed, IconProgress } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BIMTEK_STAGES } from '../../../../shared/model/master-plan';
import type { RegionPlanSummary } from '../../../../shared/model/master-plan-area';
import classes from './area.module.css';

export type StageStatus = RegionPlanSummary['stages'][1];

/**
 * The tint and the icon carry the colour; the word stays near-black, so it keeps AA contrast on the
 * tint even where a hovered table row darkens it.
 */
const LOOK: Readonly<Record<StageStatus, { icon: Icon; color: string; iconColor: string }>> = {
  selesai: { icon: IconCircleCheck, color: 'teal', iconColor: 'var(--mantine-color-teal-9)' },
  berjalan: { icon: IconProgress, color: 'blue', iconColor: 'var(--mantine-color-blue-9)' },
  belum: { icon: IconCircleDashed, color: 'gray', iconColor: 'var(--mantine-color-gray-7)' },
};

export const STAGE_STATUSES: readonly StageStatus[] = ['selesai', 'berjalan', 'belum'];

export function StageBadge({
  stage,
  status,
  compact = false,
}: {
  stage: number;
  status: StageStatus;
  /** The table's form: the stage number, the word only where the screen is wide. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { icon: StatusIcon, color, iconColor } = LOOK[status];
  const word = t(`masterPlanArea.status.${status}`);
  const full = t('masterPlanArea.stageStatus', { stage, status: word });
  return (
    <Badge
      component="span"
      size="md"
      variant={status === 'belum' ? 'outline' : 'light'}
      color={color}
      c="dark.8"
      radius="sm"
      tt="none"
      px={compact ? 5 : 6}
      leftSection={<StatusIcon size={14} aria-hidden="true" color={iconColor} />}
      title={full}
      // The badge's grid lets its label shrink to nothing when a table sizes the cell: it keeps its width.
      style={{ minWidth: 'max-content' }}
      data-stage={stage}
      data-status={status}
      // In the table the badge is one picture with a name; its visible parts are shorthand.
      {...(compact ? { role: 'img', 'aria-label': full } : {})}
    >
      {compact ? (
        <>
          {stage}
          <span className={classes.stageWord}> {word}</span>
        </>
      ) : (
        full
      )}
    </Badge>
  );
}

/** Names the shapes and the stages once, above the table, for whoever sees only the shorthand. */
export function StageLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" component="p" m={0} style={{ rowGap: 2 }}>
      <Text span size="xs" c="dimmed" fw={600}>
        {t('masterPlanArea.legend')}
      </Text>
      {STAGE_STATUSES.map((status) => {
        const { icon: StatusIcon, iconColor } = LOOK[status];
        return (
          <Group key={status} gap={4} wrap="nowrap" component="span">
            <StatusIcon size={16} aria-hidden="true" color={iconColor} />
            <Text span size="xs">
              {t(`masterPlanArea.status.${status}`)}
            </Text>
          </Group>
        );
      })}
      <Text span size="xs" c="dimmed">
        {BIMTEK_STAGES.map((stage) => `${stage} ${t(`masterPlanArea.stageShort.${stage}`)}`).join(' · ')}
      </Text>
    </Group>
  );
}
