/** The live view of one plan for the current person (null: no such plan in the area). */
import { useMemo } from 'react';
import { useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import { findPlan, type PlanView, planView } from './plan-view';

export function usePlanView(adopterCode: string, planId: string): PlanView | null {
  const snapshot = useCatalog();
  const { profile } = useSession();
  return useMemo(() => {
    const plan = findPlan(snapshot, adopterCode, planId);
    return plan ? planView(plan, snapshot, profile) : null;
  }, [snapshot, profile, adopterCode, planId]);
}
