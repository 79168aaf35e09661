/**
 * The plan details form's state and its way to and from the plan: inputs hold what a person typed
 * (a number input's text while it is not a number), the model's schema decides whether it is valid.
 * A save sends only the keys that changed, so what a colleague saves meanwhile in another field stays.
 */
import type { z } from 'zod';
import { PlanFields, type ReplicationPlan } from '../../../../shared/model/replication-plan';

/** The details an adopting region fills in; stage, status, records and figures have their own controls. */
export const PlanDetails = PlanFields.pick({
  facilitator: true,
  adaptation: true,
  budget: true,
  rpjmdReference: true,
  risks: true,
  supportRequested: true,
});
export type PlanDetails = z.infer<typeof PlanDetails>;
export type DetailKey = keyof PlanDetails;

export const DETAIL_KEYS: readonly DetailKey[] = PlanDetails.keyof().options;

export interface PlanDetailsValues extends Omit<PlanDetails, 'budget'> {
  /** A number input gives a number, or its text while it is not one (empty). */
  budget: { amount: number | string; source: string };
}

export function detailsValuesOf(plan: Pick<ReplicationPlan, DetailKey>): PlanDetailsValues {
  return {
    facilitator: plan.facilitator,
    adaptation: plan.adaptation,
    budget: { amount: plan.budget.amount ?? '', source: plan.budget.source },
    rpjmdReference: plan.rpjmdReference,
    risks: plan.risks,
    supportRequested: plan.supportRequested,
  };
}

/** What the schema is asked about: an empty amount is "not known yet". */
export function detailsInput(values: PlanDetailsValues): Record<DetailKey, unknown> {
  return {
    ...values,
    budget: {
      amount: values.budget.amount === '' ? null : values.budget.amount,
      source: values.budget.source,
    },
  };
}

/** Keys whose input differs between two states of the form (what a person has touched). */
export function differingDetails(a: PlanDetailsValues, b: PlanDetailsValues): DetailKey[] {
  const left = detailsInput(a);
  const right = detailsInput(b);
  return DETAIL_KEYS.filter((key) => JSON.stringify(left[key]) !== JSON.stringify(right[key]));
}

/** The keys a save changes, and only those, for updateReplicationPlan. */
export function detailsPatch(
  next: PlanDetails,
  base: Pick<ReplicationPlan, DetailKey>,
): Partial<PlanDetails> {
  const patch: Partial<PlanDetails> = {};
  for (const key of DETAIL_KEYS) {
    if (JSON.stringify(next[key]) !== JSON.stringify(base[key])) copyKey(patch, next, key);
  }
  return patch;
}

/**
 * Someone else saved the plan while the form is open: fields this person has not touched follow,
 * the ones they changed keep their input.
 */
export function followRemoteDetails(
  values: PlanDetailsValues,
  base: PlanDetailsValues,
  remote: PlanDetailsValues,
): PlanDetailsValues {
  const touched = new Set(differingDetails(values, base));
  const next: PlanDetailsValues = { ...values };
  for (const key of DETAIL_KEYS) if (!touched.has(key)) copyKey(next, remote, key);
  return next;
}

function copyKey<T extends object, K extends keyof T>(target: Partial<T>, source: T, key: K): void {
  target[key] = source[key];
}
