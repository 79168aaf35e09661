/**
 * Agenda: the session's steps in order. Facilitators add, edit, remove and move them (up/down
 * buttons — a keyboard works them as well as a mouse); everyone else reads the plan.
 */
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveStep, removeStep } from '../../../../shared/model/fgd';
import { PlainList } from '../parts/PlainList';
import { TooltipAction } from '../parts/TooltipAction';
import { type FgdView, useFgdCommand } from '../use-fgd';
import { newFgdEntryId } from './ids';
import { EmptyPanelNote, PanelHeader } from './PanelFrame';
import { RemovalConfirm } from './RemovalConfirm';
import { StepModal, type StepTarget } from './StepModal';
import { allowLabel, participantRules } from './step-text';
import { useRemoval } from './use-removal';

export function AgendaPanel({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const [target, setTarget] = useState<StepTarget | null>(null);
  const removal = useRemoval<{ id: string; title: string }>();
  const session = view.session;
  if (!session) return null;
  const steps = session.steps;
  const nextOrder = steps.reduce((max, step) => Math.max(max, step.order + 1), 0);
  const move = (stepId: string, direction: 'up' | 'down') =>
    run((doc, ctx) => moveStep(doc, stepId, direction, ctx), t('fgdConsole.agenda.moveFailed'));
  return (
    <Stack gap="md">
      <PanelHeader
        title={t('fgdConsole.agenda.title')}
        intro={t('fgdConsole.agenda.intro', {
          count: steps.length,
          minutes: steps.reduce((sum, step) => sum + step.minutes, 0),
        })}
        add={
          view.isFacilitator
            ? {
                label: t('fgdConsole.agenda.add'),
                onClick: () => setTarget({ id: newFgdEntryId('langkah'), step: null, order: nextOrder }),
              }
            : undefined
        }
      />
      {steps.length === 0 && (
        <EmptyPanelNote>
          {t(view.isFacilitator ? 'fgdConsole.agenda.emptyFacilitator' : 'fgdConsole.agenda.emptyMember')}
        </EmptyPanelNote>
      )}
      <PlainList ordered gap="sm" label={t('fgdConsole.agenda.title')}>
        {steps.map((step, index) => (
          <Paper component="li" key={step.id} withBorder radius="md" p="md" aria-label={step.title}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Stack gap={6} miw={0} style={{ flex: 1 }}>
                <Group gap="xs">
                  <Text fw={700} size="sm" c="dimmed">
                    {index + 1}.
                  </Text>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {step.title}
                  </Text>
                  <Badge variant="light" color="gray" c="gray.8" tt="none">
                    {allowLabel(step, t)}
                  </Badge>
                  <Badge variant="light" color="gray" c="gray.8" tt="none">
                    {step.minutes > 0
                      ? t('fgdConsole.minutes', { count: step.minutes })
                      : t('fgdConsole.noLimit')}
                  </Badge>
                  {step.id === session.currentStepId && (
                    <Badge color="teal.9" tt="none">
                      {t('fgdConsole.run.current')}
                    </Badge>
                  )}
                </Group>
                {step.instruction !== '' && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {step.instruction}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {participantRules(step, t).join(' ')}
                </Text>
              </Stack>
              {view.isFacilitator && (
                <Group gap={4} wrap="nowrap">
                  <TooltipAction
                    tip={t('fgdConsole.agenda.moveUp')}
                    label={t('fgdConsole.agenda.moveUpLabel', { step: step.title })}
                    disabled={index === 0}
                    onClick={() => move(step.id, 'up')}
                  >
                    <IconArrowUp size={18} />
                  </TooltipAction>
                  <TooltipAction
                    tip={t('fgdConsole.agenda.moveDown')}
                    label={t('fgdConsole.agenda.moveDownLabel', { step: step.title })}
                    disabled={index === steps.length - 1}
                    onClick={() => move(step.id, 'down')}
                  >
                    <IconArrowDown size={18} />
                  </TooltipAction>
                  <TooltipAction
                    tip={t('fgdConsole.agenda.edit')}
                    label={t('fgdConsole.agenda.editLabel', { step: step.title })}
                    onClick={() => setTarget({ id: step.id, step, order: step.order })}
                  >
                    <IconPencil size={18} />
                  </TooltipAction>
                  <TooltipAction
                    tip={t('fgdConsole.agenda.remove')}
                    label={t('fgdConsole.agenda.removeLabel', { step: step.title })}
                    color="red.9"
                    onClick={() => removal.ask({ id: step.id, title: step.title })}
                  >
                    <IconTrash size={18} />
                  </TooltipAction>
                </Group>
              )}
            </Group>
          </Paper>
        ))}
      </PlainList>
      <StepModal view={view} target={target} onClose={() => setTarget(null)} />
      <RemovalConfirm
        removal={removal}
        title={t('fgdConsole.agenda.removeTitle')}
        body={t('fgdConsole.agenda.removeBody', { step: removal.entry?.title ?? '' })}
        confirmLabel={t('fgdConsole.agenda.remove')}
        onRemove={(entry) =>
          run((doc, ctx) => removeStep(doc, entry.id, ctx), t('fgdConsole.agenda.removeFailed'))
        }
      />
    </Stack>
  );
}
