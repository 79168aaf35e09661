/**
 * Jalannya sesi: the step that runs now (instruction, countdown, what participants may do, how many
 * cards and votes came in), the facilitator's controls (reveal, stop the timer, next step) and the
 * agenda with a start button per step.
 */
import { Badge, Button, Grid, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconEye, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { revealStep, startStep, stopTimer } from '../../../../shared/model/fgd';
import { HostingPanel } from '../hosting/HostingPanel';
import { PlainList } from '../parts/PlainList';
import { type FgdView, useFgdCommand } from '../use-fgd';
import { StepTimer } from './StepTimer';
import { allowLabel, participantRules, type SessionStep } from './step-text';

export function RunPanel({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const session = view.session;
  if (!session) return null;
  const current = session.steps.find((step) => step.id === session.currentStepId) ?? null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          {current ? (
            <CurrentStep view={view} step={current} />
          ) : (
            <Paper withBorder radius="md" p="lg">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('fgdConsole.run.noneTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(view.isFacilitator ? 'fgdConsole.run.noneFacilitator' : 'fgdConsole.run.noneMember')}
                </Text>
              </Stack>
            </Paper>
          )}
          {view.isFacilitator && <HostingPanel view={view} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <AgendaRunList view={view} />
      </Grid.Col>
    </Grid>
  );
}

function CurrentStep({ view, step }: { view: FgdView; step: SessionStep }) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const session = view.session;
  if (!session) return null;
  const revealed = session.revealed.includes(step.id);
  const cards = session.cards.filter((card) => card.stepId === step.id).length;
  const votes = Object.values(session.tally ?? {}).reduce((sum, n) => sum + n, 0);
  const revealable = step.allow === 'votes' || (step.allow === 'cards' && step.hideUntilReveal);
  const next = session.steps[session.steps.findIndex((entry) => entry.id === step.id) + 1];
  const timerRuns = session.timer?.stepId === step.id && session.timer.minutes > 0;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="fgd-current-step">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={4} miw={0}>
            <Text size="sm" fw={600} c="teal.9">
              {t('fgdConsole.run.nowRunning')}
            </Text>
            <Title order={2} size="h3" id="fgd-current-step" style={{ overflowWrap: 'anywhere' }}>
              {step.title}
            </Title>
          </Stack>
          <StepTimer timer={session.timer} stepId={step.id} />
        </Group>
        {step.instruction !== '' && <Text style={{ whiteSpace: 'pre-wrap' }}>{step.instruction}</Text>}
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('fgdConsole.run.participantsMay')}
          </Text>
          <List size="sm" spacing={4}>
            {participantRules(step, t).map((rule) => (
              <List.Item key={rule}>{rule}</List.Item>
            ))}
          </List>
        </Stack>
        <Group gap="xs">
          {step.allow === 'cards' && (
            <Badge variant="light" color="gray" c="gray.8" tt="none" size="lg">
              {t('fgdConsole.run.cardCount', { count: cards })}
            </Badge>
          )}
          {step.allow === 'votes' && session.tally !== null && (
            <Badge variant="light" color="gray" c="gray.8" tt="none" size="lg">
              {t('fgdConsole.run.voteCount', { count: votes })}
            </Badge>
          )}
          {revealable && (
            <Badge
              variant={revealed ? 'filled' : 'light'}
              color={revealed ? 'teal.9' : 'yellow'}
              c={revealed ? undefined : 'dark.8'}
              tt="none"
              size="lg"
            >
              {t(revealed ? 'fgdConsole.run.revealed' : 'fgdConsole.run.hidden')}
            </Badge>
          )}
        </Group>
        {view.isFacilitator && (
          <Group gap="sm">
            {revealable && !revealed && (
              <Button
                leftSection={<IconEye size={18} />}
                onClick={() =>
                  run((doc, ctx) => revealStep(doc, step.id, ctx), t('fgdConsole.run.revealFailed'))
                }
              >
                {t(step.allow === 'votes' ? 'fgdConsole.run.revealVotes' : 'fgdConsole.run.revealCards')}
              </Button>
            )}
            {timerRuns && (
              <Button
                variant="default"
                leftSection={<IconPlayerStop size={18} />}
                onClick={() => run((doc, ctx) => stopTimer(doc, ctx), t('fgdConsole.run.stopFailed'))}
              >
                {t('fgdConsole.run.stopTimer')}
              </Button>
            )}
            {next && (
              <Button
                variant="light"
                leftSection={<IconPlayerPlay size={18} />}
                onClick={() =>
                  run((doc, ctx) => startStep(doc, next.id, ctx), t('fgdConsole.run.startFailed'))
                }
              >
                {t('fgdConsole.run.startNext', { step: next.title })}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function AgendaRunList({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  const session = view.session;
  if (!session) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="fgd-run-agenda">
      <Stack gap="sm">
        <Title order={2} size="h4" id="fgd-run-agenda">
          {t('fgdConsole.run.agendaTitle')}
        </Title>
        {session.steps.length === 0 && (
          <Text size="sm" c="dimmed">
            {t(view.isFacilitator ? 'fgdConsole.agenda.emptyFacilitator' : 'fgdConsole.agenda.emptyMember')}
          </Text>
        )}
        <PlainList ordered gap="xs" label={t('fgdConsole.run.agendaTitle')}>
          {session.steps.map((step, index) => {
            const isCurrent = step.id === session.currentStepId;
            return (
              <Paper
                component="li"
                key={step.id}
                radius="sm"
                p="sm"
                withBorder
                bg={isCurrent ? 'teal.0' : undefined}
                style={isCurrent ? { borderColor: 'var(--mantine-color-teal-7)', borderWidth: 2 } : undefined}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
                    <ThemeIcon
                      variant={isCurrent ? 'filled' : 'light'}
                      color={isCurrent ? 'teal.9' : 'gray'}
                      radius="xl"
                      size="md"
                      aria-hidden="true"
                    >
                      <Text size="xs" fw={700} c={isCurrent ? 'white' : 'gray.8'}>
                        {index + 1}
                      </Text>
                    </ThemeIcon>
                    <Stack gap={0} miw={0}>
                      <Text fw={isCurrent ? 700 : 500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {step.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          allowLabel(step, t),
                          step.minutes > 0
                            ? t('fgdConsole.minutes', { count: step.minutes })
                            : t('fgdConsole.noLimit'),
                        ].join(' · ')}
                      </Text>
                      {isCurrent && (
                        <Text size="xs" fw={700} c="teal.9">
                          {t('fgdConsole.run.current')}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                  {!isCurrent && view.isFacilitator && (
                    <Button
                      style={{ flexShrink: 0 }}
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconPlayerPlay size={14} />}
                      aria-label={t('fgdConsole.run.startStepLabel', { step: step.title })}
                      onClick={() =>
                        run((doc, ctx) => startStep(doc, step.id, ctx), t('fgdConsole.run.startFailed'))
                      }
                    >
                      {t('fgdConsole.run.start')}
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
        </PlainList>
      </Stack>
    </Paper>
  );
}
