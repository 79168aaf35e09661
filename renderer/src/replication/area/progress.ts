/**
 * The area's replication progress in numbers: the headline figures and what the charts plot. A
 * stopped (dibatalkan) plan counts only where statuses are shown side by side — elsewhere it is not
 * a replication, so it does not count as one.
 */
import {
  PLAN_STATUSES,
  type PlanStatus,
  planProgress,
  REPLICATION_STAGES,
  type ReplicationPlan,
  type ReplicationStage,
} from '../../../../shared/model/replication-plan';
import { type CatalogSnapshot, regionLabel } from '../../data/catalog-store';

export interface ProgressKpis {
  active: number;
  finished: number;
  /** Regions with at least one plan that is not stopped. */
  adopters: number;
  /** Distinct innovations in at least one plan that is not stopped. */
  innovations: number;
  /** Open milestones of active plans past their due date. */
  overdueMilestones: number;
  /** Mean progress of the plans that are not stopped, 0–100 (0 with no plans). */
  averagePercent: number;
}

export type StageStatusCounts = { stage: ReplicationStage } & Record<PlanStatus, number>;

export interface DimensionCount {
  /** A pillar id of the area, or null for plans whose innovation is no longer in the catalog. */
  pillarId: string | null;
  plans: number;
}

export type AdopterStageCounts = { code: string; total: number } & Record<ReplicationStage, number>;

export interface AdopterAverage {
  code: string;
  /** 0–100, rounded. */
  percent: number;
}

export interface AreaProgress {
  kpis: ProgressKpis;
  /** Every stage, in order, with every plan by status. */
  byStage: StageStatusCounts[];
  /**
   * Plans by the smart-city dimensions of the innovation they replicate: the area's pillars in their
   * order (zeros kept), then dimensions the area no longer lists, then unknown innovations. An
   * innovation in two dimensions counts in both.
   */
  byDimension: DimensionCount[];
  /** Regions with plans, most plans first. */
  byAdopter: AdopterStageCounts[];
  /** Same regions, highest average progress first. */
  averageByAdopter: AdopterAverage[];
}

const byName = (a: string, b: string) => regionLabel(a).localeCompare(regionLabel(b), 'id');

const percentOf = (fractions: readonly number[]) =>
  fractions.length === 0 ? 0 : Math.round((fractions.reduce((a, b) => a + b, 0) / fractions.length) * 100);

export function areaProgress(
  plans: readonly ReplicationPlan[],
  snapshot: Pick<CatalogSnapshot, 'byKey'>,
  pillarIds: readonly string[],
  today: string,
): AreaProgress {
  const live = plans.filter((plan) => plan.status !== 'dibatalkan');
  const progressOf = new Map(plans.map((plan) => [plan, planProgress(plan, today)]));
  const innovationKey = (plan: ReplicationPlan) => `${plan.source.regionCode}/${plan.source.innovationId}`;

  const byStage = REPLICATION_STAGES.map((stage) => {
    const counts = Object.fromEntries(PLAN_STATUSES.map((status) => [status, 0])) as Record<
      PlanStatus,
      number
    >;
    for (const plan of plans) if (plan.stage === stage) counts[plan.status] += 1;
    return { stage, ...counts };
  });

  const dimensions = new Map<string | null, number>(pillarIds.map((id) => [id, 0]));
  for (const plan of live) {
    const entry = snapshot.byKey.get(innovationKey(plan));
    const ids = entry ? new Set(entry.innovation.dimensions) : new Set([null]);
    for (const id of ids) dimensions.set(id, (dimensions.get(id) ?? 0) + 1);
  }
  const unknownLast = (a: string | null, b: string | null) => Number(a === null) - Number(b === null);
  const byDimension = [...dimensions]
    .sort(([a], [b]) => unknownLast(a, b))
    .filter(([id, count]) => count > 0 || (id !== null && pillarIds.includes(id)))
    .map(([pillarId, count]) => ({ pillarId, plans: count }));

  const adopters = new Map<string, ReplicationPlan[]>();
  for (const plan of live) adopters.set(plan.adopterCode, [...(adopters.get(plan.adopterCode) ?? []), plan]);
  const byAdopter = [...adopters]
    .map(([code, list]) => {
      const stages = Object.fromEntries(
        REPLICATION_STAGES.map((stage) => [stage, list.filter((plan) => plan.stage === stage).length]),
      ) as Record<ReplicationStage, number>;
      return { code, total: list.length, ...stages };
    })
    .sort((a, b) => b.total - a.total || byName(a.code, b.code));
  const averageByAdopter = [...adopters]
    .map(([code, list]) => ({
      code,
      percent: percentOf(list.map((plan) => progressOf.get(plan)?.fraction ?? 0)),
    }))
    .sort((a, b) => b.percent - a.percent || byName(a.code, b.code));

  return {
    kpis: {
      active: plans.filter((plan) => plan.status === 'aktif').length,
      finished: plans.filter((plan) => plan.status === 'selesai').length,
      adopters: adopters.size,
      innovations: new Set(live.map(innovationKey)).size,
      overdueMilestones: plans.reduce((sum, plan) => sum + (progressOf.get(plan)?.overdue.length ?? 0), 0),
      averagePercent: percentOf(live.map((plan) => progressOf.get(plan)?.fraction ?? 0)),
    },
    byStage,
    byDimension,
    byAdopter,
    averageByAdopter,
  };
}
