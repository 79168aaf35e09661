/**
 * The source region's inbox: its innovations that other regions plan to replicate, one group per
 * innovation ("3 daerah berencana mereplikasi AirKu"), each adopter with where its plan stands and
 * whether this region has confirmed its support yet.
 */
import type { ReplicationPlan } from '../../../../shared/model/replication-plan';
import { type ReplicationSupport, supportFor } from '../../../../shared/model/replication-support';
import type { CatalogSnapshot } from '../../data/catalog-store';
import { type PlanStatusRow, planStatusRows } from '../plan-rows';
import { planRef } from '../plan-view';

/**
 * confirmed: the source region supports the plan; withdrawn: it said it does not (or no longer);
 * needed: an active plan it has not answered yet; closed: a finished or stopped plan nobody answered.
 */
export type SupportState = 'confirmed' | 'withdrawn' | 'needed' | 'closed';

export interface InboxAdopter {
  row: PlanStatusRow;
  support: ReplicationSupport | null;
  supportState: SupportState;
}

export interface InboxGroup {
  innovationId: string;
  innovationName: string;
  /** Route of the innovation's page; null when it is no longer in the catalog. */
  innovationPath: string | null;
  adopters: InboxAdopter[];
  /** Adopters still waiting for this region's answer. */
  needConfirmation: number;
}

export function supportState(plan: ReplicationPlan, support: ReplicationSupport | null): SupportState {
  if (support !== null) return support.confirmed ? 'confirmed' : 'withdrawn';
  return plan.status === 'aktif' ? 'needed' : 'closed';
}

/** Most-replicated innovation first; adopters by name. */
export function inboxGroups(
  sourceCode: string,
  snapshot: Pick<CatalogSnapshot, 'plans' | 'byKey' | 'support'>,
  today: string,
): InboxGroup[] {
  const plans = [...snapshot.plans.values()]
    .flat()
    .filter((plan) => plan.source.regionCode === sourceCode && plan.adopterCode !== sourceCode);
  const groups = new Map<string, InboxGroup>();
  for (const row of planStatusRows(plans, snapshot, today)) {
    const id = row.plan.source.innovationId;
    const group = groups.get(id) ?? {
      innovationId: id,
      innovationName: row.innovationName,
      innovationPath: row.innovationPath,
      adopters: [],
      needConfirmation: 0,
    };
    const support = supportFor(planRef(row.plan), snapshot.support);
    const state = supportState(row.plan, support);
    group.adopters.push({ row, support, supportState: state });
    if (state === 'needed') group.needConfirmation += 1;
    groups.set(id, group);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'id');
  for (const group of groups.values()) {
    group.adopters.sort(
      (a, b) => byName(a.row.adopterName, b.row.adopterName) || a.row.key.localeCompare(b.row.key),
    );
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.adopters.length - a.adopters.length ||
      byName(a.innovationName, b.innovationName) ||
      a.innovationId.localeCompare(b.innovationId),
  );
}
