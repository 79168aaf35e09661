/** The current step's countdown: mm:ss while it runs, "Waktu habis" once over, or why there is none. */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FgdSession } from '../../../../shared/model/fgd-view';
import { formatCountdown, secondsLeft } from './countdown';
import { useNow } from './use-now';

export function StepTimer({ timer, stepId }: { timer: FgdSession['timer']; stepId: string }) {
  const { t } = useTranslation();
  const running = timer !== null && timer.stepId === stepId && timer.minutes > 0;
  const now = useNow(running);
  if (!running) {
    return (
      <Text size="sm" c="dimmed">
        {t(timer?.stepId === stepId ? 'fgdConsole.run.noTimeLimit' : 'fgdConsole.run.timerStopped')}
      </Text>
    );
  }
  const left = secondsLeft(timer, now) ?? 0;
  const over = left <= 0;
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {t('fgdConsole.run.timeLeft')}
      </Text>
      <Text
        role="timer"
        aria-label={
          over
            ? t('fgdConsole.run.timeUp')
            : t('fgdConsole.run.timeLeftLabel', { time: formatCountdown(left) })
        }
        fz={over ? 28 : 40}
        fw={700}
        lh={1.1}
        c={over ? 'red.9' : undefined}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {over ? t('fgdConsole.run.timeUp') : formatCountdown(left)}
      </Text>
    </Stack>
  );
}
