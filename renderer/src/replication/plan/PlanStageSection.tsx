/**
 * Where the plan is among the four stages, and for its editors the way to move it one step on or
 * back and to close it. A step the model would refuse is said before it is tried (the letter of
 * intent before replikasi); a refusal that still comes is shown with its reason.
 */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  moveReplicationStage,
  REPLICATION_STAGES,
  type ReplicationStage,
  stageTransition,
} from '../../../../shared/model/replication-plan';
import { useMessageText } from '../../app/use-message';
import type { PlanView } from '../plan-view';
import { PlanStatusActions } from './PlanStatusActions';
import { StageStepper } from './StageStepper';
import { usePlanCommand } from './use-plan-command';

export function PlanStageSection({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const { plan } = view;
  const run = usePlanCommand(plan.adopterCode);
  const index = REPLICATION_STAGES.indexOf(plan.stage);
  const previous = REPLICATION_STAGES[index - 1];
  const next = REPLICATION_STAGES[index + 1];
  const open = plan.status === 'aktif';
  const blocked = next === undefined ? null : stageTransition(plan, next);

  const move = (to: ReplicationStage) =>
    run((doc, ctx) => moveReplicationStage(doc, plan.adopterCode, plan.id, to, ctx), {
      failed: t('plan.stage.moveFailed'),
      done: t('plan.stage.moved', { stage: t(`replicationStage.${to}`) }),
    });

  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      aria-labelledby="plan-stages"
    >
      <Stack gap="lg">
        <Title order={2} size="h4" id="plan-stages">
          {t('plan.stage.title')}
        </Title>
        <StageStepper stage={plan.stage} status={plan.status} />
        {!open && (
          <Text size="sm" fw={500}>
            {plan.status === 'selesai' ? t('plan.closedFinished') : t('plan.closedStopped')}
          </Text>
        )}
        {view.canEdit && (
          <Stack gap="xs">
            <Group justify="space-between" gap="sm">
              {open ? (
                <Group gap="sm">
                  {previous !== undefined && (
                    <Button
                      variant="default"
                      leftSection={<IconArrowLeft size={18} />}
                      onClick={() => move(previous)}
                    >
                      {t('plan.stage.back')}
                    </Button>
                  )}
                  {next !== undefined && (
                    <Button rightSection={<IconArrowRight size={18} />} onClick={() => move(next)}>
                      {t('plan.stage.next')}
                    </Button>
                  )}
                </Group>
              ) : (
                <span />
              )}
              <PlanStatusActions view={view} />
            </Group>
            {open && blocked !== null && (
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconInfoCircle size={18} color="var(--mantine-color-orange-8)" aria-hidden="true" />
                <Text size="sm" c="orange.9">
                  {messageText(blocked.error)}
                </Text>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
