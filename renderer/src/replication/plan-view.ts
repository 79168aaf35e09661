/**
 * One replication plan as every plan screen shows it: the plan, names resolved, the source region's
 * support, the two parties' conversation, and what this person may do with it.
 */
import type { ReplicationPlan } from '../../../shared/model/replication-plan';
import {
  type PlanComment,
  type PlanRef,
  planKey,
  planThread,
  type ReplicationSupport,
  supportFor,
} from '../../../shared/model/replication-support';
import type { CatalogSnapshot } from '../data/catalog-store';
import type { Profile } from '../data/profile';
import { type PlanRow, planRows } from './plan-rows';

export interface PlanView {
  /** `<adopter code>/<plan id>`: also the route below /replikasi. */
  key: string;
  plan: ReplicationPlan;
  row: PlanRow;
  ref: PlanRef;
  support: ReplicationSupport | null;
  /** Both parties' comments, oldest first. */
  thread: PlanComment[];
  /** An editor of the adopting region: changes the plan, its milestones, notes and figures. */
  canEdit: boolean;
  /** An editor of the source region: confirms support. */
  canRespond: boolean;
  /** Either party's editor: takes part in the conversation. */
  canComment: boolean;
}

export function planRef(plan: ReplicationPlan): PlanRef {
  return {
    adopterCode: plan.adopterCode,
    planId: plan.id,
    sourceCode: plan.source.regionCode,
    innovationId: plan.source.innovationId,
  };
}

export function planView(
  plan: ReplicationPlan,
  snapshot: Pick<CatalogSnapshot, 'byKey' | 'support' | 'comments'>,
  profile: Pick<Profile, 'region' | 'role'>,
): PlanView {
  const ref = planRef(plan);
  const editorOf = (code: string) => profile.role === 'regionEditor' && profile.region === code;
  const [row] = planRows([plan], snapshot) as [PlanRow];
  return {
    key: planKey(ref),
    plan,
    row,
    ref,
    support: supportFor(ref, snapshot.support),
    thread: planThread(ref, snapshot.comments),
    canEdit: editorOf(plan.adopterCode),
    canRespond: editorOf(plan.source.regionCode),
    canComment: editorOf(plan.adopterCode) || editorOf(plan.source.regionCode),
  };
}

/** The plan of `adopterCode` with this id, or null when it is not (or no longer) in the area. */
export function findPlan(
  snapshot: Pick<CatalogSnapshot, 'plans'>,
  adopterCode: string,
  planId: string,
): ReplicationPlan | null {
  return snapshot.plans.get(adopterCode)?.find((plan) => plan.id === planId) ?? null;
}

/** Route of a plan's page. */
export function planPath(plan: Pick<ReplicationPlan, 'adopterCode' | 'id'>): string {
  return `/replikasi/${plan.adopterCode}/${plan.id}`;
}
