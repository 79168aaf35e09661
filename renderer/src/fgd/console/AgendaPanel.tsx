/**
 * Agenda: the session's steps in order. Facilitators add, edit, remove and move them (up/down
 * buttons — a keyboard works them as well as a mouse); everyone else reads the plan.
 */
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveStep, removeStep } from '../../../../shared/model/fgd';
import { ConfirmModal } from '../../replication/plan/ConfirmModal';
import { type FgdView, useFgdCommand } from '../use-fgd';
import { newFgdEntryId } from './ids';
import { StepModal, type StepTarget } from './StepModal';
import { allowLabel, participantRules } from './step-text';

export function AgendaPanel({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const [target, setTarget] = useState<StepTarget | null>(null);
  // The step to remove outlives the dialog's open flag, so a closing dialog keeps its text.
  const [removing, setRemoving] = useState<{ id: string; title: string } | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const session = view.session;
  if (!session) return null;
  const steps = session.steps;
  const nextOrder = steps.reduce((max, step) => Math.max(max, step.order + 1), 0);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h4">
            {t('fgdConsole.agenda.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('fgdConsole.agenda.intro', {
              count: steps.length,
              minutes: steps.reduce((sum, step) => sum + step.minutes, 0),
            })}
          </Text>
        </Stack>
        {view.isFacilitator && (
          <Button
            leftSection={<IconPlus size={18} />}
            onClick={() => setTarget({ id: newFgdEntryId('langkah'), step: null, order: nextOrder })}
          >
            {t('fgdConsole.agenda.add')}
          </Button>
        )}
      </Group>
      {steps.length === 0 && (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            {t(view.isFacilitator ? 'fgdConsole.agenda.emptyFacilitator' : 'fgdConsole.agenda.emptyMember')}
          </Text>
        </Paper>
      )}
      <Stack
        component="ol"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('fgdConsole.agenda.title')}
      >
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
                  <Tooltip label={t('fgdConsole.agenda.moveUp')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === 0}
                      aria-label={t('fgdConsole.agenda.moveUpLabel', { step: step.title })}
                      onClick={() =>
                        run(
                          (doc, ctx) => moveStep(doc, step.id, 'up', ctx),
                          t('fgdConsole.agenda.moveFailed'),
                        )
                      }
                    >
                      <IconArrowUp size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('fgdConsole.agenda.moveDown')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === steps.length - 1}
                      aria-label={t('fgdConsole.agenda.moveDownLabel', { step: step.title })}
                      onClick={() =>
                        run(
                          (doc, ctx) => moveStep(doc, step.id, 'down', ctx),
                          t('fgdConsole.agenda.moveFailed'),
                        )
                      }
                    >
                      <IconArrowDown size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('fgdConsole.agenda.edit')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('fgdConsole.agenda.editLabel', { step: step.title })}
                      onClick={() => setTarget({ id: step.id, step, order: step.order })}
                    >
                      <IconPencil size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('fgdConsole.agenda.remove')}>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('fgdConsole.agenda.removeLabel', { step: step.title })}
                      onClick={() => {
                        setRemoving({ id: step.id, title: step.title });
                        setConfirmOpen(true);
                      }}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <StepModal view={view} target={target} onClose={() => setTarget(null)} />
      <ConfirmModal
        opened={confirmOpen}
        title={t('fgdConsole.agenda.removeTitle')}
        body={t('fgdConsole.agenda.removeBody', { step: removing?.title ?? '' })}
        confirmLabel={t('fgdConsole.agenda.remove')}
        onConfirm={() => {
          if (removing)
            run((doc, ctx) => removeStep(doc, removing.id, ctx), t('fgdConsole.agenda.removeFailed'));
        }}
        onClose={() => setConfirmOpen(false)}
      />
    </Stack>
  );
}
