/** The stage/status filter of an area view, kept in the URL (?tahap=…&status=…) so a link shares it. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PlanStatus, ReplicationStage } from '../../../../shared/model/replication-plan';
import type { PlanFilter } from './matrix';

export function usePlanFilter(): [PlanFilter, (next: PlanFilter) => void] {
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('tahap');
  const statusParam = params.get('status');
  const filter = useMemo<PlanFilter>(() => {
    // A hand-edited or outdated link shows everything rather than nothing.
    const stage = ReplicationStage.safeParse(stageParam);
    const status = PlanStatus.safeParse(statusParam);
    return { stage: stage.success ? stage.data : null, status: status.success ? status.data : null };
  }, [stageParam, statusParam]);
  const setFilter = useCallback(
    (next: PlanFilter) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next.stage === null) updated.delete('tahap');
          else updated.set('tahap', next.stage);
          if (next.status === null) updated.delete('status');
          else updated.set('status', next.status);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filter, setFilter];
}
