/**
 * The step's countdown for the room: mm:ss in big figures, every second; "Waktu habis" once over.
 * Screen readers hear it once a minute (a polite live region whose text changes only per minute),
 * not every second.
 */
import { useTranslation } from 'react-i18next';
import type { FgdSession } from '../../../../shared/model/fgd-view';
import { formatCountdown, secondsLeft, useNow } from '../console/countdown';
import classes from './projector.module.css';

/** The last minute is marked in yellow: the facilitator's cue to wrap up, the room's to finish. */
const ENDING_SECONDS = 60;

export function ProjectorTimer({ timer, stepId }: { timer: FgdSession['timer']; stepId: string }) {
  const { t } = useTranslation();
  const running = timer !== null && timer.stepId === stepId && timer.minutes > 0;
  const now = useNow(running);
  if (!running) return null;
  const left = secondsLeft(timer, now) ?? 0;
  const over = left <= 0;
  const spoken = over
    ? t('fgdProjector.timeUp')
    : t('fgdProjector.minutesLeft', { count: Math.ceil(left / 60) });
  return (
    <div
      className={classes.timer}
      data-over={over || undefined}
      data-ending={(!over && left <= ENDING_SECONDS) || undefined}
    >
      <span className={classes.timerLabel} aria-hidden="true">
        {t('fgdProjector.timeLeft')}
      </span>
      <span
        className={classes.timerValue}
        role="timer"
        aria-label={
          over ? t('fgdProjector.timeUp') : t('fgdProjector.timeLeftLabel', { time: formatCountdown(left) })
        }
        data-testid="fgd-projector-timer"
      >
        {over ? t('fgdProjector.timeUp') : formatCountdown(left)}
      </span>
      <p className={classes.srOnly} aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
