/** What a master plan holds per bimtek stage: the header and the "Tahapan" tab both count it. */
import { BIMTEK_STAGES, type MasterPlan, READINESS } from '../../../../shared/model/master-plan';

export const READINESS_TOTAL = Object.values(READINESS).reduce((sum, subs) => sum + subs.length, 0);

export function scoredCount(plan: MasterPlan): number {
  return Object.values(plan.readiness).reduce((sum, scores) => sum + Object.keys(scores).length, 0);
}

/** Programmes that build on a catalog innovation or a replication plan (stage 3's work). */
export function linkedProgrammeCount(plan: MasterPlan): number {
  return plan.programmes.filter((p) => p.innovations.length + p.replicationPlans.length > 0).length;
}

export function stagesDone(plan: MasterPlan): number {
  return BIMTEK_STAGES.filter((stage) => plan.stages[stage]?.status === 'selesai').length;
}
