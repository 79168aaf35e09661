/**
 * Replication plans (rencana replikasi), kept in the adopting region's document: that region plans and
 * tracks its copy of another region's innovation through persiapan → rencana & pengembangan →
 * replikasi → evaluasi. Only the adopting region's editors change it.
 *
 * Layout: top-level map `replicationPlans`, id → Y.Map of field → JSON value; its `milestones` field
 * is a nested Y.Map (milestone id → JSON value) so that milestones edited at once all survive. The
 * plan's rich-text notes are a top-level Y.XmlFragment per plan (`replicationNotes/<id>`): top-level
 * types are created by name on every replica and merge, so two editors opening the notes of a plan
 * at once cannot create rival fragments.
 */

import * as Y from 'yjs';
import { z } from 'zod';
import { regencyByCode } from '../regions/index.js';
import { EntryId, RegionCode, text } from './fields.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { requireRegionEditor } from './permissions.js';
import { type CommandResult, invalidInput, ok, type Refusal, refuse } from './result.js';
import { type ReportProblem, readValue } from './validated-read.js';

export const REPLICATION_STAGES = ['persiapan', 'rencanaPengembangan', 'replikasi', 'evaluasi'] as const;
export const ReplicationStage = z.enum(REPLICATION_STAGES);
export type ReplicationStage = z.infer<typeof ReplicationStage>;

export const MILESTONE_STATUSES = ['belum', 'berjalan', 'selesai', 'tertunda'] as const;
export const MilestoneStatus = z.enum(MILESTONE_STATUSES);
export type MilestoneStatus = z.infer<typeof MilestoneStatus>;

/** Where the money comes from; the field is free text, these are the usual answers. */
export const BUDGET_SOURCES = ['APBD', 'APBD Provinsi', 'APBN', 'DAK', 'CSR', 'Hibah', 'Swadaya'] as const;

/** aktif while it runs; selesai once evaluated; dibatalkan when the region stops it. */
export const PLAN_STATUSES = ['aktif', 'selesai', 'dibatalkan'] as const;
export const PlanStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatus>;

/**
 * A before/after figure of the evaluation stage: what the IID replication indicator asks a replicating
 * region to show (e.g. "waktu layanan izin, hari: 14 → 3").
 */
export const EvaluationFigure = z.object({
  id: EntryId,
  indicator: text(200).min(2),
  unit: text(40),
  before: z.number().finite().nullable(),
  after: z.number().finite().nullable(),
  note: text(1000),
});
export type EvaluationFigure = z.infer<typeof EvaluationFigure>;

export const MilestoneFields = z.object({
  title: text(200).min(2),
  stage: ReplicationStage,
  ownerOpd: text(200).min(2),
  dueDate: z.iso.date(),
  status: MilestoneStatus,
  notes: text(4000),
});
export type MilestoneFields = z.infer<typeof MilestoneFields>;

const planBase = {
  /** The innovation being replicated: its region, id, and its name when the plan was made. */
  source: z.object({ regionCode: RegionCode, innovationId: EntryId, innovationName: text(200).min(1) }),
  facilitator: text(200),
  adaptation: z.enum(['utuh', 'sebagian']),
  budget: z.object({ amount: z.number().min(0).nullable(), source: text(80) }),
  rpjmdReference: text(400),
  risks: text(4000),
  supportRequested: text(4000),
  letterOfIntent: z
    .object({ number: text(80).min(1), date: z.iso.date(), link: z.url().or(z.literal('')) })
    .nullable(),
  agreement: z
    .object({ number: text(80).min(1), date: z.iso.date(), parties: z.array(text(200).min(1)).min(2) })
    .nullable(),
};
const Evaluation = z.array(EvaluationFigure).max(30);

export const PlanFields = z.object({
  ...planBase,
  // Added after the first plans were stored: older plans read as active with no figures yet.
  status: PlanStatus.default('aktif'),
  evaluation: Evaluation.default([]),
});
export type PlanFields = z.infer<typeof PlanFields>;

const StoredMilestone = MilestoneFields.extend({ id: EntryId, updated: Stamp });
const StoredPlan = PlanFields.extend({
  id: EntryId,
  adopterCode: RegionCode,
  stage: ReplicationStage,
  created: Stamp,
  updated: Stamp,
});

export type Milestone = z.infer<typeof StoredMilestone>;
export type ReplicationPlan = z.infer<typeof StoredPlan> & { milestones: Milestone[] };

/** Name of the plan's rich-text notes fragment in the adopting region's document. */
export function planNotesName(planId: string): string {
  return `replicationNotes/${planId}`;
}

function planMap(ydoc: Y.Doc, id: string): Y.Map<unknown> | null {
  const plan = ydoc.getMap<unknown>('replicationPlans').get(id);
  return plan instanceof Y.Map ? plan : null;
}

export function readReplicationPlans(
  ydoc: Y.Doc,
  docName: string,
  adopterCode: string,
  report: ReportProblem,
): ReplicationPlan[] {
  const out: ReplicationPlan[] = [];
  for (const [id, value] of ydoc.getMap<unknown>('replicationPlans').entries()) {
    const where = { doc: docName, key: `replicationPlans/${id}` };
    if (!(value instanceof Y.Map)) {
      report({ ...where, problem: 'not a map' });
      continue;
    }
    const { milestones: rawMilestones, ...fields } = value.toJSON() as Record<string, unknown>;
    const plan = readValue(StoredPlan, fields, where, report);
    if (!plan) continue;
    if (plan.id !== id || plan.adopterCode !== adopterCode) {
      report({
        ...where,
        problem: `id or adopting region does not match its document (${plan.adopterCode})`,
      });
      continue;
    }
    const milestones: Milestone[] = [];
    const entries =
      rawMilestones !== null && typeof rawMilestones === 'object' ? Object.entries(rawMilestones) : [];
    for (const [key, milestone] of entries) {
      const valid = readValue(
        StoredMilestone,
        milestone,
        { ...where, key: `${where.key}/milestones/${key}` },
        report,
      );
      if (valid) milestones.push(valid);
    }
    milestones.sort(
      (a, b) =>
        REPLICATION_STAGES.indexOf(a.stage) - REPLICATION_STAGES.indexOf(b.stage) ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.id.localeCompare(b.id),
    );
    out.push({ ...plan, milestones });
  }
  return out.sort((a, b) => a.created.at.localeCompare(b.created.at) || a.id.localeCompare(b.id));
}

/** Starts a plan in `persiapan`. A region does not replicate its own innovation. */
export function createReplicationPlan(
  ydoc: Y.Doc,
  adopterCode: string,
  id: string,
  fields: unknown,
  ctx: CommandContext,
): CommandResult<string> {
  const denied = requireRegionEditor(adopterCode, ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const input = PlanFields.safeParse(fields);
  if (!input.success) return invalidInput(input.error);
  if (input.data.source.regionCode === adopterCode) return refuse('error.ownInnovation');
  if (!regencyByCode(input.data.source.regionCode)) {
    return refuse('error.unknownRegion', { code: input.data.source.regionCode });
  }
  const plans = ydoc.getMap<unknown>('replicationPlans');
  if (plans.has(id)) return refuse('error.duplicateId', { id });
  const at = stamp(ctx);
  ydoc.transact(() => {
    const plan = new Y.Map<unknown>();
    plans.set(id, plan);
    const stored = { ...input.data, id, adopterCode, stage: 'persiapan', created: at, updated: at };
    for (const [key, value] of Object.entries(stored)) plan.set(key, value);
    plan.set('milestones', new Y.Map<unknown>());
  }, ctx);
  return ok(id);
}

export function updateReplicationPlan(
  ydoc: Y.Doc,
  adopterCode: string,
  id: string,
  patch: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(adopterCode, ctx);
  if (denied) return denied;
  const plan = planMap(ydoc, id);
  if (!plan) return refuse('error.notFound', { id });
  // The source is what the plan is about: changing it would be a different plan.
  // Built without the defaults: zod fills defaults in even for keys a partial patch leaves out.
  const { source: _source, ...editable } = planBase;
  const input = z
    .object({ ...editable, status: PlanStatus, evaluation: Evaluation })
    .partial()
    .strict()
    .safeParse(patch);
  if (!input.success) return invalidInput(input.error);
  if (input.data.status === 'selesai' && plan.get('stage') !== 'evaluasi') {
    return refuse('error.finishBeforeEvaluation');
  }
  ydoc.transact(() => {
    for (const [key, value] of Object.entries(input.data)) if (value !== undefined) plan.set(key, value);
    plan.set('updated', stamp(ctx));
  }, ctx);
  return ok();
}

/**
 * Stages move one step at a time, forward or back (a plan can return to an earlier stage when an
 * evaluation sends it back). Entering `replikasi` needs the letter of intent on record, since the
 * source region must have been asked before its innovation is put to work elsewhere.
 */
export function stageTransition(
  plan: Pick<ReplicationPlan, 'stage' | 'letterOfIntent'>,
  to: ReplicationStage,
): Refusal | null {
  const from = REPLICATION_STAGES.indexOf(plan.stage);
  const target = REPLICATION_STAGES.indexOf(to);
  if (Math.abs(target - from) !== 1) return refuse('error.stageStep');
  if (to === 'replikasi' && target > from && plan.letterOfIntent === null)
    return refuse('error.letterOfIntentNeeded');
  return null;
}

export function moveReplicationStage(
  ydoc: Y.Doc,
  adopterCode: string,
  id: string,
  to: ReplicationStage,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(adopterCode, ctx);
  if (denied) return denied;
  const plan = planMap(ydoc, id);
  if (!plan) return refuse('error.notFound', { id });
  const current = z
    .object({
      stage: ReplicationStage,
      letterOfIntent: PlanFields.shape.letterOfIntent,
      status: PlanFields.shape.status,
    })
    .safeParse({
      stage: plan.get('stage'),
      letterOfIntent: plan.get('letterOfIntent'),
      status: plan.get('status'),
    });
  if (!current.success) return invalidInput(current.error);
  if (current.data.status !== 'aktif') return refuse('error.planClosed');
  const refused = stageTransition(current.data, to);
  if (refused) return refused;
  ydoc.transact(() => {
    plan.set('stage', to);
    plan.set('updated', stamp(ctx));
  }, ctx);
  return ok();
}

function planWithMilestones(
  ydoc: Y.Doc,
  planId: string,
): { plan: Y.Map<unknown>; milestones: Y.Map<unknown> } | null {
  const plan = planMap(ydoc, planId);
  const milestones = plan?.get('milestones');
  return plan && milestones instanceof Y.Map ? { plan, milestones } : null;
}

export function removeMilestone(
  ydoc: Y.Doc,
  adopterCode: string,
  planId: string,
  milestoneId: string,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(adopterCode, ctx);
  if (denied) return denied;
  const found = planWithMilestones(ydoc, planId);
  if (!found) return refuse('error.notFound', { id: planId });
  const { plan, milestones } = found;
  if (!milestones.has(milestoneId)) return refuse('error.notFound', { id: milestoneId });
  ydoc.transact(() => {
    milestones.delete(milestoneId);
    plan.set('updated', stamp(ctx));
  }, ctx);
  return ok();
}

/** Adds a milestone, or replaces the one with this id. */
export function setMilestone(
  ydoc: Y.Doc,
  adopterCode: string,
  planId: string,
  milestoneId: string,
  fields: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(adopterCode, ctx);
  if (denied) return denied;
  const found = planWithMilestones(ydoc, planId);
  if (!found) return refuse('error.notFound', { id: planId });
  const { plan, milestones } = found;
  const validId = EntryId.safeParse(milestoneId);
  if (!validId.success) return invalidInput(validId.error);
  const input = MilestoneFields.safeParse(fields);
  if (!input.success) return invalidInput(input.error);
  const at = stamp(ctx);
  ydoc.transact(() => {
    milestones.set(milestoneId, { ...input.data, id: milestoneId, updated: at });
    plan.set('updated', at);
  }, ctx);
  return ok();
}

export interface PlanProgress {
  /** 0–1: stages completed, with the current stage counted by its milestones done. */
  fraction: number;
  overdue: Milestone[];
  nextDue: Milestone | null;
}

/** Progress as the area views show it; `today` is an ISO date (yyyy-mm-dd). */
export function planProgress(plan: ReplicationPlan, today: string): PlanProgress {
  if (plan.status !== 'aktif') {
    // A finished or stopped plan has nothing left to be late for.
    return { fraction: plan.status === 'selesai' ? 1 : progressFraction(plan), overdue: [], nextDue: null };
  }
  const open = plan.milestones.filter((m) => m.status !== 'selesai');
  return {
    fraction: progressFraction(plan),
    overdue: open.filter((m) => m.dueDate < today),
    nextDue:
      [...open].filter((m) => m.dueDate >= today).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ??
      null,
  };
}

function progressFraction(plan: ReplicationPlan): number {
  const stageIndex = REPLICATION_STAGES.indexOf(plan.stage);
  const current = plan.milestones.filter((m) => m.stage === plan.stage);
  const doneHere =
    current.length === 0 ? 0 : current.filter((m) => m.status === 'selesai').length / current.length;
  return (stageIndex + doneHere) / REPLICATION_STAGES.length;
}
