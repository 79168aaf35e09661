/**
 * Innovations (inovasi daerah) in their region's document (`<area>/region/<code>`), with the fields
 * of the Kemendagri regional innovation index (IID) and the KemenPAN-RB catalogue. Only that region's
 * editors may create or change them.
 *
 * Layout: top-level map `innovations`, id → Y.Map of field → JSON value, so that two people editing
 * different fields of one entry at once both keep their change.
 */

import * as Y from 'yjs';
import { z } from 'zod';
import { regencyByCode } from '../regions/index.js';
import { EntryId } from './area.js';
import { EvidenceAnswers, evidenceProblems } from './evidence.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { type CommandResult, invalidInput, ok, type Refusal, refuse } from './result.js';
import { type ReportProblem, readValue } from './validated-read.js';

const text = (max: number) => z.string().trim().max(max);
const https = z.url({ protocol: /^https?$/ }).max(2000);

export const InitiatorKind = z.enum(['kepalaDaerah', 'anggotaDprd', 'perangkatDaerah', 'asn', 'masyarakat']);
export const InnovationStage = z.enum(['inisiatif', 'ujiCoba', 'penerapan']);
export const InnovationForm = z.enum(['tataKelola', 'pelayananPublik', 'lainnya']);
export const InnovationStatus = z.enum(['berlanjut', 'vakum']);

/** The fields a person fills in; everything else (id, owner, stamps) the model sets. */
export const InnovationFields = z.object({
  name: text(200).min(3),
  opd: text(200).min(2),
  initiatorKind: InitiatorKind,
  initiatorName: text(200),
  stage: InnovationStage,
  digital: z.boolean(),
  form: InnovationForm,
  urusan: text(120).min(2),
  urusanIrisan: z.array(text(120).min(2)).max(10),
  /** Pillar ids of the area (data, not an enum: an area may use its own set). */
  dimensions: z.array(EntryId).min(1).max(10),
  tags: z.array(text(40).min(1)).max(20),
  trialDate: z.iso.date().nullable(),
  implementationDate: z.iso.date().nullable(),
  summary: text(2000),
  design: text(40_000),
  goal: text(4000),
  benefit: text(4000),
  results: text(8000),
  figures: z
    .array(z.object({ label: text(120).min(1), before: z.number(), after: z.number(), unit: text(30) }))
    .max(20),
  budget: z.object({ amount: z.number().min(0).nullable(), source: text(80) }),
  contacts: z
    .array(z.object({ name: text(120).min(1), phone: text(40), email: z.email().or(z.literal('')) }))
    .max(10),
  links: z.array(z.object({ label: text(120).min(1), url: https })).max(30),
  status: InnovationStatus,
});
export type InnovationFields = z.infer<typeof InnovationFields>;

const StoredInnovation = InnovationFields.extend({
  id: EntryId,
  regionCode: z.string(),
  /** IID evidence, answered against a versioned indicator set; absent until someone records it. */
  evidence: EvidenceAnswers.optional(),
  created: Stamp,
  updated: Stamp,
});
export type Innovation = z.infer<typeof StoredInnovation>;

function requireEditorOf(regionCode: string, ctx: CommandContext): Refusal | null {
  if (ctx.author.role === 'regionEditor' && ctx.author.region === regionCode) return null;
  const regency = regencyByCode(regionCode);
  return refuse('error.notYourRegion', { region: regency?.name ?? regionCode });
}

export function readInnovations(
  ydoc: Y.Doc,
  docName: string,
  regionCode: string,
  report: ReportProblem,
): Innovation[] {
  const out: Innovation[] = [];
  for (const [id, value] of ydoc.getMap<unknown>('innovations').entries()) {
    const where = { doc: docName, key: `innovations/${id}` };
    if (!(value instanceof Y.Map)) {
      report({ ...where, problem: 'not a map' });
      continue;
    }
    const innovation = readValue(StoredInnovation, value.toJSON(), where, report);
    if (!innovation) continue;
    if (innovation.id !== id || innovation.regionCode !== regionCode) {
      // An entry claiming another region's name must not be shown as that region's work.
      report({ ...where, problem: `id or region does not match its document (${innovation.regionCode})` });
      continue;
    }
    out.push(innovation);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
}

export function createInnovation(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  fields: unknown,
  ctx: CommandContext,
): CommandResult<string> {
  const denied = requireEditorOf(regionCode, ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const input = InnovationFields.safeParse(fields);
  if (!input.success) return invalidInput(input.error);
  const innovations = ydoc.getMap<unknown>('innovations');
  if (innovations.has(id)) return refuse('error.duplicateId', { id });
  const at = stamp(ctx);
  ydoc.transact(() => {
    const entry = new Y.Map<unknown>();
    innovations.set(id, entry);
    for (const [key, value] of Object.entries({ ...input.data, id, regionCode, created: at, updated: at })) {
      entry.set(key, value);
    }
  }, ctx);
  return ok(id);
}

/** Changes the given fields only; fields left out keep whatever others wrote meanwhile. */
export function updateInnovation(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  patch: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireEditorOf(regionCode, ctx);
  if (denied) return denied;
  const entry = ydoc.getMap<unknown>('innovations').get(id);
  if (!(entry instanceof Y.Map)) return refuse('error.notFound', { id });
  const input = InnovationFields.partial().strict().safeParse(patch);
  if (!input.success) return invalidInput(input.error);
  ydoc.transact(() => {
    for (const [key, value] of Object.entries(input.data)) {
      if (value !== undefined) entry.set(key, value);
    }
    entry.set('updated', stamp(ctx));
  }, ctx);
  return ok();
}

export function deleteInnovation(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  ctx: CommandContext,
): CommandResult {
  const denied = requireEditorOf(regionCode, ctx);
  if (denied) return denied;
  const innovations = ydoc.getMap<unknown>('innovations');
  if (!innovations.has(id)) return refuse('error.notFound', { id });
  ydoc.transact(() => innovations.delete(id), ctx);
  return ok();
}

/** Records the innovation's IID evidence; answers must fit the indicator set they name. */
export function setInnovationEvidence(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  evidence: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireEditorOf(regionCode, ctx);
  if (denied) return denied;
  const entry = ydoc.getMap<unknown>('innovations').get(id);
  if (!(entry instanceof Y.Map)) return refuse('error.notFound', { id });
  const input = EvidenceAnswers.safeParse(evidence);
  if (!input.success) return invalidInput(input.error);
  const problems = evidenceProblems(input.data);
  if (problems.length > 0) return refuse('error.invalidInput', { detail: problems.join('; ') });
  ydoc.transact(() => {
    entry.set('evidence', input.data);
    entry.set('updated', stamp(ctx));
  }, ctx);
  return ok();
}
