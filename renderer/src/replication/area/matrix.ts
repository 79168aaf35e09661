/**
 * The area's replication matrix: source regions (rows) × adopting regions (columns), each cell the
 * number of plans in which that adopter replicates an innovation of that source.
 */
import type {
  PlanStatus,
  ReplicationPlan,
  ReplicationStage,
} from '../../../../shared/model/replication-plan';

export interface PlanFilter {
  /** null: every stage. */
  stage: ReplicationStage | null;
  /** null: every status. */
  status: PlanStatus | null;
}

export const NO_FILTER: PlanFilter = { stage: null, status: null };

export function filterPlans(plans: readonly ReplicationPlan[], filter: PlanFilter): ReplicationPlan[] {
  return plans.filter(
    (plan) =>
      (filter.stage === null || plan.stage === filter.stage) &&
      (filter.status === null || plan.status === filter.status),
  );
}

export interface ReplicationMatrix {
  /** Row regions: the area's members, then any other source region a plan names. */
  sources: string[];
  /** Column regions: the area's members, then any other adopter (a region that left the area). */
  adopters: string[];
  /** counts[row][column]. */
  counts: number[][];
  sourceTotals: number[];
  adopterTotals: number[];
  total: number;
  /** The largest cell: the scale of the cells' colour. */
  max: number;
}

/** `members` in the order the matrix shows them. */
export function replicationMatrix(
  plans: readonly ReplicationPlan[],
  members: readonly string[],
): ReplicationMatrix {
  const withExtra = (codes: Iterable<string>) => {
    const extra = [...new Set(codes)].filter((code) => !members.includes(code)).sort();
    return [...members, ...extra];
  };
  const sources = withExtra(plans.map((plan) => plan.source.regionCode));
  const adopters = withExtra(plans.map((plan) => plan.adopterCode));
  const row = new Map(sources.map((code, index) => [code, index]));
  const column = new Map(adopters.map((code, index) => [code, index]));
  const counts = sources.map(() => adopters.map(() => 0));
  for (const plan of plans) {
    const r = row.get(plan.source.regionCode);
    const c = column.get(plan.adopterCode);
    const cells = r === undefined ? undefined : counts[r];
    if (cells === undefined || c === undefined) continue;
    cells[c] = (cells[c] ?? 0) + 1;
  }
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    sources,
    adopters,
    counts,
    sourceTotals: counts.map(sum),
    adopterTotals: adopters.map((_, c) => sum(counts.map((cells) => cells[c] ?? 0))),
    total: plans.length,
    max: Math.max(0, ...counts.flat()),
  };
}

/** Which plans a click on the matrix asks for: one cell, or a row's or column's total. */
export interface MatrixSelection {
  source: string | null;
  adopter: string | null;
}

export function plansAt(plans: readonly ReplicationPlan[], selection: MatrixSelection): ReplicationPlan[] {
  return plans.filter(
    (plan) =>
      (selection.source === null || plan.source.regionCode === selection.source) &&
      (selection.adopter === null || plan.adopterCode === selection.adopter),
  );
}

/** Colour steps of a cell, 0 (empty) to 5 (the largest count): steps, not a gradient, so the text colour can follow. */
export function cellLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil((count / max) * 5)));
}
