/** The step timer as the room sees it: seconds left, shown as mm:ss (pure: the projector and phones use it too). */
import type { FgdSession } from '../../../../shared/model/fgd-view';

/** Whole seconds left on the timer at `now` (negative once over); null when no timer runs. */
export function secondsLeft(timer: FgdSession['timer'], now: number): number | null {
  if (timer === null) return null;
  const end = Date.parse(timer.startedAt) + timer.minutes * 60_000;
  return Math.ceil((end - now) / 1000);
}

/** 754 → "12:34"; an hour or more stays in minutes ("75:00"), as a room timer shows it. */
export function formatCountdown(seconds: number): string {
  const safe = Math.max(0, seconds);
  const minutes = Math.floor(safe / 60);
  return `${String(minutes).padStart(2, '0')}:${String(safe % 60).padStart(2, '0')}`;
}

// The projector's timer takes its clock from here too.
export { useNow } from './use-now';
