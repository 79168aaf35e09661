/** Replication plans as table rows: names resolved, sortable by any column. */
import { REPLICATION_STAGES, type ReplicationPlan } from '../../../shared/model/replication-plan';
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

export type PlanSortKey = 'adopter' | 'innovation' | 'source' | 'stage' | 'created';
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

const text = (a: string, b: string) => a.localeCompare(b, 'id');

const COMPARE: Record<PlanSortKey, (a: PlanRow, b: PlanRow) => number> = {
  adopter: (a, b) => text(a.adopterName, b.adopterName),
  innovation: (a, b) => text(a.innovationName, b.innovationName),
  source: (a, b) => text(a.sourceName, b.sourceName),
  stage: (a, b) => REPLICATION_STAGES.indexOf(a.plan.stage) - REPLICATION_STAGES.indexOf(b.plan.stage),
  created: (a, b) => a.plan.created.at.localeCompare(b.plan.created.at),
};

/** Sorted by the chosen column, ties broken by adopter, innovation, then key: a stable order. */
export function sortPlanRows(rows: readonly PlanRow[], sort: PlanSort): PlanRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * COMPARE[sort.key](a, b) ||
      COMPARE.adopter(a, b) ||
      COMPARE.innovation(a, b) ||
      a.key.localeCompare(b.key),
  );
}
