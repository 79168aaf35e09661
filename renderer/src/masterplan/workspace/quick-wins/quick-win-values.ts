/**
 * A quick win as its form edits it — impact figures as rows with their own keys, numbers that may be
 * empty while typing — and back. An empty expected figure goes to the model's check as missing.
 */
import type { z } from 'zod';
import type { MasterPlan, QuickWinFields } from '../../../../../shared/model/master-plan';

export type QuickWinInput = z.infer<typeof QuickWinFields>;
export type QuickWin = MasterPlan['quickWins'][number];

export interface ImpactRow {
  key: string;
  label: string;
  unit: string;
  expected: number | string;
  actual: number | string;
}

export interface QuickWinValues {
  pillarId: string;
  name: string;
  service: string;
  months: number | string;
  impact: ImpactRow[];
}

let rowCount = 0;
export function impactRow(figure?: QuickWinInput['impact'][number]): ImpactRow {
  rowCount += 1;
  return {
    key: `dampak-${rowCount}`,
    label: figure?.label ?? '',
    unit: figure?.unit ?? '',
    expected: figure?.expected ?? '',
    actual: figure?.actual ?? '',
  };
}

export function newQuickWinValues(pillarId: string): QuickWinValues {
  return { pillarId, name: '', service: '', months: 6, impact: [impactRow()] };
}

export function quickWinValues(quickWin: QuickWin): QuickWinValues {
  return {
    pillarId: quickWin.pillarId,
    name: quickWin.name,
    service: quickWin.service,
    months: quickWin.months,
    impact: quickWin.impact.map((figure) => impactRow(figure)),
  };
}

const numberOrMissing = (value: number | string): number | undefined =>
  typeof value === 'number' ? value : undefined;

/** Unknown, not QuickWinInput: what the form holds may not be valid yet, and the schema says why. */
export function quickWinInput(values: QuickWinValues): unknown {
  return {
    pillarId: values.pillarId,
    name: values.name.trim(),
    service: values.service.trim(),
    months: numberOrMissing(values.months),
    impact: values.impact.map((row) => ({
      label: row.label.trim(),
      unit: row.unit.trim(),
      expected: numberOrMissing(row.expected),
      actual: typeof row.actual === 'number' ? row.actual : null,
    })),
  };
}
