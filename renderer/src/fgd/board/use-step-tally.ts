/** The votes of one voting step, for whoever may see them: the facilitator always, the room once revealed. */
import { useMemo } from 'react';
import { stepTally } from '../../../../shared/model/fgd';
import type { FgdView } from '../use-fgd';
import type { BoardStep } from './board-layout';

export function useStepTally(view: FgdView, step: BoardStep | null): Record<string, number> | null {
  const session = view.session;
  const visible =
    step !== null &&
    step.allow === 'votes' &&
    session !== null &&
    (view.isFacilitator || session.revealed.includes(step.id));
  const doc = view.synced.doc;
  const stepId = step?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new session object is the change signal of the doc.
  return useMemo(
    () => (visible && stepId !== null ? stepTally(doc, stepId) : null),
    [visible, doc, stepId, session],
  );
}
