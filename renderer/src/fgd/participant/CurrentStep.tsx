/** The step that runs now, as the phone shows it: title, instruction and a countdown while it runs. */
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FgdSession } from '../../../../shared/model/fgd-view';
import { formatCountdown, secondsLeft } from '../console/countdown';
import type { SessionStep } from '../console/step-text';
import { useClock } from './use-clock';

export function CurrentStep({ step, timer }: { step: SessionStep; timer: FgdSession['timer'] }) {
  const { t } = useTranslation();
  const running = timer !== null && timer.stepId === step.id && timer.minutes > 0;
  const now = useClock(running);
  const left = running ? (secondsLeft(timer, now) ?? 0) : null;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="fgd-participant-step"
      data-testid="fgd-participant-step"
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={0}>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('fgdJoin.stepLabel')}
            </Text>
            <Title order={2} size="h3" id="fgd-participant-step">
              {step.title}
            </Title>
          </Stack>
          {left !== null && (
            <Text
              role="timer"
              aria-label={
                left > 0 ? t('fgdJoin.timeLeft', { time: formatCountdown(left) }) : t('fgdJoin.timeUp')
              }
              fz={left > 0 ? 28 : 18}
              fw={700}
              c={left > 0 ? undefined : 'red.9'}
              style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
            >
              {left > 0 ? formatCountdown(left) : t('fgdJoin.timeUp')}
            </Text>
          )}
        </Group>
        {step.instruction !== '' && <Text>{step.instruction}</Text>}
      </Stack>
    </Paper>
  );
}
