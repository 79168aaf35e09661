/**
 * "Replikasi inovasi ini": a replication plan draft in the adopting region's own document, with the
 * source recorded and everything else left for the plan editor.
 */
import type * as Y from 'yjs';
import type { CommandContext } from '../../../shared/model/identity';
import {
  createReplicationPlan,
  type PlanFields,
  type ReplicationPlan,
} from '../../../shared/model/replication-plan';
import type { CommandResult } from '../../../shared/model/result';
import { slugify } from '../catalog/innovation-form-values';

export interface ReplicationSource {
  regionCode: string;
  innovationId: string;
  innovationName: string;
}

export function draftPlan(source: ReplicationSource): PlanFields {
  return {
    source,
    facilitator: '',
    adaptation: 'utuh',
    budget: { amount: null, source: '' },
    rpjmdReference: '',
    risks: '',
    supportRequested: '',
    letterOfIntent: null,
    agreement: null,
    status: 'aktif',
    evaluation: [],
  };
}

/** `replikasi-<innovation>-<random>`: readable in exports, unique without asking anyone. */
export function newPlanId(innovationId: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0');
  const middle = slugify(innovationId).slice(0, 40).replace(/-+$/, '');
  return middle === '' ? `replikasi-${suffix}` : `replikasi-${middle}-${suffix}`;
}

export function startReplication(
  doc: Y.Doc,
  adopterCode: string,
  source: ReplicationSource,
  ctx: CommandContext,
): CommandResult<string> {
  return createReplicationPlan(doc, adopterCode, newPlanId(source.innovationId), draftPlan(source), ctx);
}

/** The adopting region's plan for this innovation, if it has one already. */
export function planFor(
  plans: readonly ReplicationPlan[] | undefined,
  regionCode: string,
  innovationId: string,
): ReplicationPlan | undefined {
  return plans?.find(
    (plan) => plan.source.regionCode === regionCode && plan.source.innovationId === innovationId,
  );
}
