import { describe, expect, it } from 'vitest';
import { formatPercentChange, percentChange } from '../../renderer/src/replication/plan/evaluation-change.js';

describe('evaluation figures: change between before and after', () => {
  it('is the change relative to the figure before, in percent', () => {
    expect(percentChange(14, 3)).toBeCloseTo(-78.571, 3);
    expect(percentChange(200, 250)).toBe(25);
    expect(percentChange(5, 5)).toBe(0);
  });

  it('measures from a negative base by its size, so a rise stays a rise', () => {
    expect(percentChange(-10, -5)).toBe(50);
  });

  it('has no value when a figure is missing or there is nothing to compare to', () => {
    expect(percentChange(null, 3)).toBeNull();
    expect(percentChange(14, null)).toBeNull();
    expect(percentChange(0, 12)).toBeNull();
  });

  it('reads with one decimal, a true minus sign and the reader’s decimal mark', () => {
    expect(formatPercentChange(-78.5714, 'id')).toBe('\u221278,6%');
    expect(formatPercentChange(12.5, 'id')).toBe('+12,5%');
    expect(formatPercentChange(1250, 'id')).toBe('+1.250%');
    expect(formatPercentChange(0.04, 'id')).toBe('0%');
    expect(formatPercentChange(-78.5714, 'en')).toBe('\u221278.6%');
  });
});
