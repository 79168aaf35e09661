/**
 * How much an evaluation figure moved between before and after, as the IID replication indicator
 * reads it: "14 → 3 hari" is a change of −78,6%. Whether that is better depends on the indicator, so
 * only the direction and size are said, never good or bad.
 */

/** Relative change in percent; null when either figure is missing or there is no base to compare to. */
export function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return ((after - before) / Math.abs(before)) * 100;
}

/** "−78,6%", "+12,5%", "0%": one decimal, a true minus sign, the reader's decimal comma. */
export function formatPercentChange(change: number, language: string): string {
  const rounded = Math.round(change * 10) / 10;
  const size = Math.abs(rounded).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', {
    maximumFractionDigits: 1,
  });
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  return `${sign}${size}%`;
}
