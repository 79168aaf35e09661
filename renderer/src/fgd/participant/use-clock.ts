/** The phone's clock for a countdown: Date.now(), re-read every second while `ticking`. */
import { useEffect, useState } from 'react';

export function useClock(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    setNow(Date.now());
    const interval = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(interval);
  }, [ticking]);
  return now;
}
