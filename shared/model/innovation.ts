/**
 * Innovations (inovasi daerah) in their region's document (`<area>/region/<code>`), with the fields
 * of the Kemendagri regional innovation index (IID) and the KemenPAN-RB catalogue. Only that region's
 * editors may create or change them.
 *
 * Layout: top-level map `innovations`, id → Y.Map of a few blocks (`core`, `narrative`, `facts`,
 * `meta`) plus `updated` and `evidence`. Two people editing different blocks of one entry at once both
 * keep their change; within a block the later edit wins. Blocks rather than one Y.Map key per field
 * because every key is a Yjs item: with ~27 of them per entry the national set (40,000 innovations)
 * needed 2.7× the memory (bench/model.ts).
 *
 * `history` is a Y.Array of change records (who, when, which fields), appended by every command in
 * the same transaction and capped at the last HISTORY_LIMIT: an array so that two people's changes
 * made at once both stay on record.
 */

import * as Y from 'yjs';
import { z } from 'zod';
import { EvidenceAnswers, evidenceProblems } from './evidence.js';
import { EntryId, text } from './fields.js';
import { Author, type CommandContext, Stamp, stamp } from './identity.js';
import { requireRegionEditor } from './permissions.js';
import { type CommandResult, invalidInput, ok, refuse } from './result.js';
import { type ReportProblem, readValue } from './validated-read.js';

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

type FieldName = keyof InnovationFields;
const BLOCKS = {
  core: [
    'name',
    'opd',
    'initiatorKind',
    'initiatorName',
    'stage',
    'digital',
    'form',
    'urusan',
    'urusanIrisan',
    'dimensions',
    'tags',
    'trialDate',
    'implementationDate',
    'status',
  ],
  narrative: ['summary', 'design', 'goal', 'benefit', 'results'],
  facts: ['figures', 'budget', 'contacts', 'links'],
} as const satisfies Record<string, readonly FieldName[]>;
type BlockName = keyof typeof BLOCKS;
const BLOCK_NAMES = Object.keys(BLOCKS) as BlockName[];

function blockOf(field: FieldName): BlockName {
  return BLOCK_NAMES.find((block) => (BLOCKS[block] as readonly FieldName[]).includes(field)) ?? 'core';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored blocks of an entry, flattened back into one record for validation. */
function flatten(entry: Y.Map<unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const block of [...BLOCK_NAMES, 'meta']) {
    const value = entry.get(block);
    if (isRecord(value)) Object.assign(flat, value);
  }
  flat.updated = entry.get('updated');
  if (entry.has('evidence')) flat.evidence = entry.get('evidence');
  return flat;
}

const StoredInnovation = InnovationFields.extend({
  id: EntryId,
  regionCode: z.string(),
  /** IID evidence, answered against a versioned indicator set; absent until someone records it. */
  evidence: EvidenceAnswers.optional(),
  created: Stamp,
  updated: Stamp,
});
export type Innovation = z.infer<typeof StoredInnovation>;

const STORED_KEYS = [...BLOCK_NAMES, 'meta', 'updated', 'evidence'] as const;

/**
 * Validation results per entry, reused while none of its stored values changed: Yjs hands back the
 * same object for an unchanged value, so a live catalog re-validates only the entries someone edited.
 */
const validationCache = new WeakMap<
  Y.Map<unknown>,
  { parts: unknown[]; result: z.ZodSafeParseResult<Innovation> }
>();

function validated(
  entry: Y.Map<unknown>,
  where: { doc: string; key: string },
  report: ReportProblem,
): Innovation | undefined {
  const parts = STORED_KEYS.map((key) => entry.get(key));
  const cached = validationCache.get(entry);
  const result = cached?.parts.every((part, index) => part === parts[index])
    ? cached.result
    : StoredInnovation.safeParse(flatten(entry));
  validationCache.set(entry, { parts, result });
  if (result.success) return result.data;
  // Reported on every read, cached or not: each caller collects its own problems.
  return readValue(StoredInnovation, flatten(entry), where, report);
}

/** Change records kept per entry; older ones are dropped as new ones arrive. */
export const HISTORY_LIMIT = 50;

/** One change: `fields` names the fields changed, or `created` / `evidence`. */
export const InnovationChange = z.object({
  by: Author,
  at: z.iso.datetime(),
  fields: z.array(z.string().min(1).max(40)).min(1).max(40),
});
export type InnovationChange = z.infer<typeof InnovationChange>;

function historyLog(entry: Y.Map<unknown>): Y.Array<unknown> {
  const existing: unknown = entry.get('history');
  if (existing instanceof Y.Array) return existing;
  // Entries from before the log existed get one on their first change; should two people make that
  // first change at once, one log wins and the other's record is lost (their change itself is kept).
  const created = new Y.Array<unknown>();
  entry.set('history', created);
  return created;
}

function appendHistory(entry: Y.Map<unknown>, fields: readonly string[], at: Stamp): void {
  const log = historyLog(entry);
  log.push([{ by: at.by, at: at.at, fields: [...fields] } satisfies InnovationChange]);
  if (log.length > HISTORY_LIMIT) log.delete(0, log.length - HISTORY_LIMIT);
}

/**
 * The entry's change records, newest first. Entries written before the log existed have none; the
 * UI falls back to their created/updated stamps.
 */
export function readInnovationHistory(
  ydoc: Y.Doc,
  docName: string,
  regionCode: string,
  id: string,
  report: ReportProblem,
): InnovationChange[] {
  const entry = ydoc.getMap<unknown>('innovations').get(id);
  const where = { doc: docName, key: `innovations/${id}/history` };
  if (!(entry instanceof Y.Map)) return [];
  // Like readInnovations: an entry claiming another region is not this region's to show.
  const meta = entry.get('meta');
  if (isRecord(meta) && meta.regionCode !== regionCode) return [];
  const history = entry.get('history');
  if (history === undefined) return [];
  if (!(history instanceof Y.Array)) {
    report({ ...where, problem: 'not an array' });
    return [];
  }
  const records: { change: InnovationChange; index: number }[] = [];
  history.toArray().forEach((value, index) => {
    const change = readValue(InnovationChange, value, { ...where, key: `${where.key}/${index}` }, report);
    if (change) records.push({ change, index });
  });
  // Concurrent appends land in an order Yjs picks; the time stamp is what a reader expects.
  return records
    .sort((a, b) => b.change.at.localeCompare(a.change.at) || b.index - a.index)
    .slice(0, HISTORY_LIMIT)
    .map(({ change }) => change);
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
    const innovation = validated(value, where, report);
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
  const denied = requireRegionEditor(regionCode, ctx);
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
    for (const block of BLOCK_NAMES) {
      entry.set(block, Object.fromEntries(BLOCKS[block].map((field) => [field, input.data[field]])));
    }
    entry.set('meta', { id, regionCode, created: at });
    entry.set('updated', at);
    appendHistory(entry, ['created'], at);
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
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  const entry = ydoc.getMap<unknown>('innovations').get(id);
  if (!(entry instanceof Y.Map)) return refuse('error.notFound', { id });
  const input = InnovationFields.partial().strict().safeParse(patch);
  if (!input.success) return invalidInput(input.error);
  ydoc.transact(() => {
    const touched = new Map<BlockName, Record<string, unknown>>();
    const changed: FieldName[] = [];
    for (const [field, value] of Object.entries(input.data) as [FieldName, unknown][]) {
      if (value === undefined) continue;
      const block = blockOf(field);
      const stored = entry.get(block);
      const current = touched.get(block) ?? (isRecord(stored) ? { ...stored } : {});
      // Values are plain JSON, so equal text means equal value; only real changes go on record.
      if (JSON.stringify(current[field]) !== JSON.stringify(value)) changed.push(field);
      current[field] = value;
      touched.set(block, current);
    }
    for (const [block, value] of touched) entry.set(block, value);
    const at = stamp(ctx);
    entry.set('updated', at);
    if (changed.length > 0) appendHistory(entry, changed, at);
  }, ctx);
  return ok();
}

export function deleteInnovation(
  ydoc: Y.Doc,
  regionCode: string,
  id: string,
  ctx: CommandContext,
): CommandResult {
  const denied = requireRegionEditor(regionCode, ctx);
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
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  const entry = ydoc.getMap<unknown>('innovations').get(id);
  if (!(entry instanceof Y.Map)) return refuse('error.notFound', { id });
  const input = EvidenceAnswers.safeParse(evidence);
  if (!input.success) return invalidInput(input.error);
  const problems = evidenceProblems(input.data);
  if (problems.length > 0) return refuse('error.invalidInput', { detail: problems.join('; ') });
  ydoc.transact(() => {
    const at = stamp(ctx);
    entry.set('evidence', input.data);
    entry.set('updated', at);
    appendHistory(entry, ['evidence'], at);
  }, ctx);
  return ok();
}
