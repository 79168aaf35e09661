/**
 * The four stages of a plan as an ordered list: each stage says in words whether it is done, the
 * current one, or stopped, so the state is not carried by colour alone.
 */
import { Text } from '@mantine/core';
import { IconCheck, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type PlanStatus,
  REPLICATION_STAGES,
  type ReplicationStage,
} from '../../../../shared/model/replication-plan';
import classes from './plan.module.css';

type StepState = 'done' | 'current' | 'stopped' | 'upcoming';

function stepState(index: number, current: number, status: PlanStatus): StepState {
  if (status === 'selesai' || index < current) return 'done';
  if (index > current) return 'upcoming';
  return status === 'dibatalkan' ? 'stopped' : 'current';
}

export function StageStepper({ stage, status }: { stage: ReplicationStage; status: PlanStatus }) {
  const { t } = useTranslation();
  const current = REPLICATION_STAGES.indexOf(stage);
  const caption: Record<StepState, string | null> = {
    done: t('plan.stage.done'),
    current: t('plan.stage.current'),
    stopped: t('plan.stage.stopped'),
    upcoming: null,
  };
  return (
    <ol className={classes.steps} aria-label={t('plan.stage.listLabel')}>
      {REPLICATION_STAGES.map((name, index) => {
        const state = stepState(index, current, status);
        return (
          <li
            key={name}
            className={classes.step}
            data-state={state}
            aria-current={state === 'current' || state === 'stopped' ? 'step' : undefined}
          >
            <span className={classes.dot} aria-hidden="true">
              {state === 'done' ? (
                <IconCheck size={18} stroke={3} />
              ) : state === 'stopped' ? (
                <IconPlayerStop size={16} />
              ) : (
                index + 1
              )}
            </span>
            <span className={classes.label}>{t(`replicationStage.${name}`)}</span>
            {caption[state] !== null && (
              <Text span size="xs" c="dimmed" lh={1.2}>
                {caption[state]}
              </Text>
            )}
          </li>
        );
      })}
    </ol>
  );
}
