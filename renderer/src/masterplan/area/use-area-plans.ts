/**
 * The area's master plans as the area view shows them: one summary per member region (in the area's
 * order), the area's totals, quick wins per dimension and common-programme groups. Recomputed when
 * any region's plan or the area changes.
 */
import { useMemo } from 'react';
import {
  type AreaPlanTotals,
  areaPlanTotals,
  type CommonProgrammeGroup,
  commonProgrammes,
  type QuickWinGroup,
  quickWinsByPillar,
  type RegionPlanSummary,
  summarizeRegionPlan,
} from '../../../../shared/model/master-plan-area';
import { useArea } from '../../app/hooks';
import { useAreaMasterPlans } from '../use-master-plan';

export interface AreaPlans {
  summaries: RegionPlanSummary[];
  totals: AreaPlanTotals;
  quickWins: QuickWinGroup[];
  common: CommonProgrammeGroup[];
  /** Pillar id → its name in this area; an id the area no longer lists reads as itself. */
  pillarName: (id: string) => string;
}

export function useAreaPlans(): AreaPlans {
  const plans = useAreaMasterPlans();
  const area = useArea();
  return useMemo(() => {
    const pillarIds = area.pillars.map((pillar) => pillar.id);
    const names = new Map(area.pillars.map((pillar) => [pillar.id, pillar.name]));
    const summaries = plans.map(summarizeRegionPlan);
    return {
      summaries,
      totals: areaPlanTotals(summaries),
      quickWins: quickWinsByPillar(plans, pillarIds),
      common: commonProgrammes(plans, pillarIds),
      pillarName: (id: string) => names.get(id) ?? id,
    };
  }, [plans, area.pillars]);
}
