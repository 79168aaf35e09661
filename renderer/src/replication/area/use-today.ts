/** Today's ISO date, turning over at midnight while the screen stays open (a projector all day). */
import { useEffect, useState } from 'react';
import { isoToday } from '../dates';

export function useToday(): string {
  const [today, setToday] = useState(isoToday);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new day schedules the next turnover.
  useEffect(() => {
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    // A second past midnight: timers may fire a little early, and then the day has not changed yet.
    const timer = window.setTimeout(() => setToday(isoToday()), midnight.getTime() - now.getTime() + 1000);
    return () => window.clearTimeout(timer);
  }, [today]);
  return today;
}
