/**
 * Replication plans as table rows: names resolved, progress as of a given day, sortable by any column.
 */
import {
  PLAN_STATUSES,
  type PlanProgress,
  planProgress,
  REPLICATION_STAGES,
  type ReplicationPlan,
} from '../../../shared/model/replication-plan';
import { type CatalogSnapshot, regionLabel } from '../data/catalog-store';

export interface PlanRow {
  key: string;
  plan: ReplicationPlan;
  adopterName: string;
  sourceName: string;
  /** The innovation's current name; the name at planning time if it is gone from the catalog. */
  innovationName: string;
  /** Route of the innovation's page; null when it is no longer in the catalog. */
  innovationPath: string | null;
}

/** A row as the overview tables show it: where the plan stands on `today`. */
export interface PlanStatusRow extends PlanRow {
  progress: PlanProgress;
  /** Progress as a whole percentage, 0–100. */
  percent: number;
}

export type PlanSortKey =
  | 'adopter'
  | 'innovation'
  | 'source'
  | 'stage'
  | 'status'
  | 'progress'
  | 'nextDue'
  | 'overdue'
  | 'created';
export interface PlanSort {
  key: PlanSortKey;
  direction: 'asc' | 'desc';
}

export function planRows(
  plans: readonly ReplicationPlan[],
  snapshot: Pick<CatalogSnapshot, 'byKey'>,
): PlanRow[] {
  return plans.map((plan) => {
    const innovationKey = `${plan.source.regionCode}/${plan.source.innovationId}`;
    const entry = snapshot.byKey.get(innovationKey);
    return {
      key: `${plan.adopterCode}/${plan.id}`,
      plan,
      adopterName: regionLabel(plan.adopterCode),
      sourceName: regionLabel(plan.source.regionCode),
      innovationName: entry?.innovation.name ?? plan.source.innovationName,
      innovationPath: entry ? `/katalog/${innovationKey}` : null,
    };
  });
}

/** Rows with each plan's progress on `today` (an ISO date). */
export function planStatusRows(
  plans: readonly ReplicationPlan[],
  snapshot: Pick<CatalogSnapshot, 'byKey'>,
  today: string,
): PlanStatusRow[] {
  return planRows(plans, snapshot).map((row) => {
    const progress = planProgress(row.plan, today);
    return { ...row, progress, percent: Math.round(progress.fraction * 100) };
  });
}

const text = (a: string, b: string) => a.localeCompare(b, 'id');

/** A plan with nothing coming up sorts after every plan with a date, in either direction's spirit. */
const NO_DATE = '9999-12-31';

const COMPARE: Record<PlanSortKey, (a: PlanStatusRow, b: PlanStatusRow) => number> = {
  adopter: (a, b) => text(a.adopterName, b.adopterName),
  innovation: (a, b) => text(a.innovationName, b.innovationName),
  source: (a, b) => text(a.sourceName, b.sourceName),
  stage: (a, b) => REPLICATION_STAGES.indexOf(a.plan.stage) - REPLICATION_STAGES.indexOf(b.plan.stage),
  status: (a, b) => PLAN_STATUSES.indexOf(a.plan.status) - PLAN_STATUSES.indexOf(b.plan.status),
  progress: (a, b) => a.progress.fraction - b.progress.fraction,
  nextDue: (a, b) =>
    (a.progress.nextDue?.dueDate ?? NO_DATE).localeCompare(b.progress.nextDue?.dueDate ?? NO_DATE),
  overdue: (a, b) => a.progress.overdue.length - b.progress.overdue.length,
  created: (a, b) => a.plan.created.at.localeCompare(b.plan.created.at),
};

/** Sorted by the chosen column, ties broken by adopter, innovation, then key: a stable order. */
export function sortPlanRows(rows: readonly PlanStatusRow[], sort: PlanSort): PlanStatusRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * COMPARE[sort.key](a, b) ||
      COMPARE.adopter(a, b) ||
      COMPARE.innovation(a, b) ||
      a.key.localeCompare(b.key),
  );
}
