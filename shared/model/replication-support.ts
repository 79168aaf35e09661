/**
 * The source region's side of a replication: it confirms (or withdraws) its support for a plan, and
 * both regions talk about the plan. Nobody writes another region's document, so each region keeps its
 * own part in its own document — the source region its support records, each party its own comments —
 * and the views merge them by plan.
 *
 * Layout, in a region document:
 * - `replicationSupport`: `<adopter code>/<plan id>` → support record (JSON), written by the source region;
 * - `replicationComments`: `<adopter code>/<plan id>/<comment id>` → comment (JSON). One flat map
 *   rather than an array per plan, so that two editors commenting on a new plan at once both survive.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { EntryId, RegionCode, text } from './fields.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { requireRegionEditor } from './permissions.js';
import { type CommandResult, invalidInput, ok, refuse } from './result.js';
import { type ReportProblem, readValue } from './validated-read.js';

/** Which plan a record is about: the adopting region and the plan's id in that region's document. */
export interface PlanRef {
  adopterCode: string;
  planId: string;
  /** The region whose innovation the plan replicates. */
  sourceCode: string;
  innovationId: string;
}

export function planKey(ref: Pick<PlanRef, 'adopterCode' | 'planId'>): string {
  return `${ref.adopterCode}/${ref.planId}`;
}

export const SupportFields = z.object({
  confirmed: z.boolean(),
  /** What the source region offers or asks: "pendampingan teknis dua kali", a contact person… */
  message: text(2000),
});
export type SupportFields = z.infer<typeof SupportFields>;

const StoredSupport = SupportFields.extend({
  adopterCode: RegionCode,
  planId: EntryId,
  innovationId: EntryId,
  updated: Stamp,
});
export type ReplicationSupport = z.infer<typeof StoredSupport> & { sourceCode: string };

const StoredComment = z.object({
  id: EntryId,
  adopterCode: RegionCode,
  planId: EntryId,
  text: text(4000).min(1),
  created: Stamp,
});
export type PlanComment = z.infer<typeof StoredComment> & { regionCode: string };

/** The source region's editors record whether their region supports this plan. */
export function setReplicationSupport(
  ydoc: Y.Doc,
  sourceCode: string,
  ref: PlanRef,
  fields: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(sourceCode, ctx);
  if (denied) return denied;
  if (ref.sourceCode !== sourceCode || ref.adopterCode === sourceCode) return refuse('error.supportOwnPlan');
  const ids = z.object({ adopterCode: RegionCode, planId: EntryId, innovationId: EntryId }).safeParse(ref);
  if (!ids.success) return invalidInput(ids.error);
  const input = SupportFields.safeParse(fields);
  if (!input.success) return invalidInput(input.error);
  ydoc.transact(() => {
    ydoc
      .getMap<unknown>('replicationSupport')
      .set(planKey(ref), { ...input.data, ...ids.data, updated: stamp(ctx) });
  }, ctx);
  return ok();
}

/** Support records in the source region's document, by plan key. */
export function readReplicationSupport(
  ydoc: Y.Doc,
  docName: string,
  sourceCode: string,
  report: ReportProblem,
): Map<string, ReplicationSupport> {
  const out = new Map<string, ReplicationSupport>();
  for (const [key, value] of ydoc.getMap<unknown>('replicationSupport').entries()) {
    const where = { doc: docName, key: `replicationSupport/${key}` };
    const support = readValue(StoredSupport, value, where, report);
    if (!support) continue;
    if (planKey(support) !== key) {
      report({ ...where, problem: 'key does not match the plan it names' });
      continue;
    }
    out.set(key, { ...support, sourceCode });
  }
  return out;
}

/** A comment by one of the two parties, kept in the commenting region's own document. */
export function addPlanComment(
  ydoc: Y.Doc,
  regionCode: string,
  ref: PlanRef,
  id: string,
  commentText: string,
  ctx: CommandContext,
): CommandResult<string> {
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  if (regionCode !== ref.adopterCode && regionCode !== ref.sourceCode) return refuse('error.notPlanParty');
  const input = StoredComment.omit({ created: true }).safeParse({
    id,
    adopterCode: ref.adopterCode,
    planId: ref.planId,
    text: commentText,
  });
  if (!input.success) return invalidInput(input.error);
  const comments = ydoc.getMap<unknown>('replicationComments');
  const key = `${planKey(ref)}/${id}`;
  if (comments.has(key)) return refuse('error.duplicateId', { id });
  ydoc.transact(() => comments.set(key, { ...input.data, created: stamp(ctx) }), ctx);
  return ok(id);
}

/** This region's comments, by plan key, oldest first. */
export function readPlanComments(
  ydoc: Y.Doc,
  docName: string,
  regionCode: string,
  report: ReportProblem,
): Map<string, PlanComment[]> {
  const out = new Map<string, PlanComment[]>();
  for (const [key, value] of ydoc.getMap<unknown>('replicationComments').entries()) {
    const where = { doc: docName, key: `replicationComments/${key}` };
    const comment = readValue(StoredComment, value, where, report);
    if (!comment) continue;
    if (`${planKey(comment)}/${comment.id}` !== key) {
      report({ ...where, problem: 'key does not match the comment it holds' });
      continue;
    }
    const list = out.get(planKey(comment)) ?? [];
    list.push({ ...comment, regionCode });
    out.set(planKey(comment), list);
  }
  for (const list of out.values()) list.sort(byTime);
  return out;
}

const byTime = (a: PlanComment, b: PlanComment) =>
  a.created.at.localeCompare(b.created.at) || a.id.localeCompare(b.id);

/**
 * The conversation about a plan as both parties see it: comments from the adopter's and the source
 * region's documents, oldest first. Comments a third region put in its own document under this plan's
 * key are not part of it.
 */
export function planThread(
  ref: Pick<PlanRef, 'adopterCode' | 'planId' | 'sourceCode'>,
  commentsByRegion: ReadonlyMap<string, ReadonlyMap<string, readonly PlanComment[]>>,
): PlanComment[] {
  const key = planKey(ref);
  const adopter = commentsByRegion.get(ref.adopterCode)?.get(key) ?? [];
  const source = commentsByRegion.get(ref.sourceCode)?.get(key) ?? [];
  return [...adopter, ...source].sort(byTime);
}

/** The source region's support for a plan, if it has said anything. */
export function supportFor(
  ref: Pick<PlanRef, 'adopterCode' | 'planId' | 'sourceCode'>,
  supportByRegion: ReadonlyMap<string, ReadonlyMap<string, ReplicationSupport>>,
): ReplicationSupport | null {
  return supportByRegion.get(ref.sourceCode)?.get(planKey(ref)) ?? null;
}
