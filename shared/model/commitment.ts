/**
 * A joint commitment (`<area>/commitment/<id>`): rich text (a Y.XmlFragment the editor binds to),
 * items per pillar with lead and supporting regions, a lifecycle, and named versions. Every member
 * region's editors write it; finalising and reopening are the coordinators'.
 *
 * Layout: `text` (Y.XmlFragment), `meta` (title, event, status, round), `items` (id → JSON),
 * `versions` (id → JSON with the content as it was).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import * as Y from 'yjs';
import { z } from 'zod';
import { appendHistory } from './commitment-history.js';
import { fragmentTree, TextTree } from './commitment-tree.js';
import { EntryId, RegionCode, text } from './fields.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { type CommandResult, invalidInput, ok, parseInput, type Refusal, refuse } from './result.js';
import { type ReportProblem, readEntries, readValue } from './validated-read.js';

export const COMMITMENT_TEXT = 'text';
export const commitmentDocName = (areaId: string, id: string): string => `${areaId}/commitment/${id}`;
export const CommitmentStatus = z.enum(['draft', 'review', 'final']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

const EventFields = z.object({ title: text(200), date: z.iso.date().nullable(), venue: text(200) });
export const ItemFields = z.object({
  pillarId: EntryId,
  title: text(500).min(3),
  lead: z.array(RegionCode).max(600),
  supporting: z.array(RegionCode).max(600),
  followUps: z.array(text(500).min(1)).max(30),
  order: z.number().int().min(0),
});
const StoredItem = ItemFields.extend({ id: EntryId, updated: Stamp });
export const VersionEntry = z.object({
  id: EntryId,
  name: text(120).min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  content: z.object({
    title: z.string(),
    text: z.string(),
    items: z.array(ItemFields.extend({ id: EntryId })),
    /** The text as a JSON tree, for restoring it exactly (versions saved before it existed have none). */
    tree: TextTree.optional(),
  }),
  saved: Stamp,
});
export type CommitmentVersion = z.infer<typeof VersionEntry>;

export interface Commitment {
  title: string;
  event: z.infer<typeof EventFields>;
  status: CommitmentStatus;
  /** Increases each time a final text is reopened: signatures of an earlier round are outdated. */
  round: number;
  items: z.infer<typeof StoredItem>[];
  versions: z.infer<typeof VersionEntry>[];
  /** Hash of the exact content and round a signature refers to. */
  hash: string;
}

type CanonicalItem = z.infer<typeof ItemFields> & { id: string };

function canonicalItems(ydoc: Y.Doc): CanonicalItem[] {
  const items: CanonicalItem[] = [];
  for (const [id, value] of ydoc.getMap<unknown>('items').entries()) {
    const parsed = StoredItem.safeParse(value);
    if (parsed.success && parsed.data.id === id) {
      const { updated: _updated, ...item } = parsed.data;
      items.push({ ...item, lead: [...item.lead].sort(), supporting: [...item.supporting].sort() });
    }
  }
  return items.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

function content(ydoc: Y.Doc) {
  const title = ydoc.getMap<unknown>('meta').get('title');
  return {
    title: typeof title === 'string' ? title : '',
    // XmlFragment.toString sorts attributes, so replicas with the same state give the same string.
    text: ydoc.getXmlFragment(COMMITMENT_TEXT).toString(),
    items: canonicalItems(ydoc),
  };
}

/** What a version keeps and a signature certifies (without the round): title, text as XML, items. */
export { content as commitmentContent };

/** SHA-256 over the title, text, items and round: what a signature certifies. */
export function commitmentHash(ydoc: Y.Doc): string {
  const round = ydoc.getMap<unknown>('meta').get('round');
  const payload = JSON.stringify({ ...content(ydoc), round: typeof round === 'number' ? round : 0 });
  return bytesToHex(sha256(utf8ToBytes(payload)));
}

export function readCommitment(ydoc: Y.Doc, docName: string, report: ReportProblem): Commitment | null {
  const meta = ydoc.getMap<unknown>('meta');
  const where = (key: string) => ({ doc: docName, key: `meta/${key}` });
  const title = readValue(text(200).min(1), meta.get('title'), where('title'), report);
  const status = readValue(CommitmentStatus, meta.get('status'), where('status'), report);
  const round = readValue(z.number().int().min(0), meta.get('round'), where('round'), report);
  const event = readValue(EventFields, meta.get('event'), where('event'), report);
  if (title === undefined || status === undefined || round === undefined || event === undefined) return null;
  const items = [...readEntries(ydoc, 'items', StoredItem, docName, report).values()].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
  const versions = [...readEntries(ydoc, 'versions', VersionEntry, docName, report).values()].sort(
    (a, b) => a.saved.at.localeCompare(b.saved.at) || a.id.localeCompare(b.id),
  );
  return { title, event, status, round, items, versions, hash: commitmentHash(ydoc) };
}

export function requireMemberEditor(ctx: CommandContext): Refusal | null {
  return ctx.author.role === 'coordinator' || ctx.author.role === 'regionEditor'
    ? null
    : refuse('error.notAnEditor');
}

function currentStatus(ydoc: Y.Doc): CommitmentStatus | null {
  const parsed = CommitmentStatus.safeParse(ydoc.getMap<unknown>('meta').get('status'));
  return parsed.success ? parsed.data : null;
}

/** Whether the text and items may change now (the editor binding asks this too). */
export function isEditable(ydoc: Y.Doc): boolean {
  return currentStatus(ydoc) !== 'final';
}

export const CommitmentCreateInput = z.object({ title: text(200).min(1), event: EventFields });

export function createCommitment(ydoc: Y.Doc, input: unknown, ctx: CommandContext): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  const parsed = parseInput(CommitmentCreateInput, input);
  if (!parsed.ok) return parsed;
  const meta = ydoc.getMap<unknown>('meta');
  if (meta.has('status')) return refuse('error.duplicateId', { id: parsed.value.title });
  ydoc.transact(() => {
    meta.set('title', parsed.value.title);
    meta.set('event', parsed.value.event);
    meta.set('status', 'draft');
    meta.set('round', 0);
    meta.set('created', stamp(ctx));
    appendHistory(ydoc, 'created', parsed.value.title, ctx);
  }, ctx);
  return ok();
}

/**
 * Lays out an empty text: an opening paragraph, then one heading per smart-city dimension with an
 * empty paragraph under it, so co-authors write each dimension's commitments in its own place.
 */
export function writeOutline(ydoc: Y.Doc, headings: readonly string[], ctx: CommandContext): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  if (!isEditable(ydoc)) return refuse('error.commitmentFinal');
  const fragment = ydoc.getXmlFragment(COMMITMENT_TEXT);
  if (fragment.length > 0) return ok();
  const block = (name: string, words: string, attributes: Record<string, number> = {}) => {
    const element = new Y.XmlElement(name);
    // Attribute values as the editor binding writes them: a heading's level is a number. Yjs stores any
    // JSON value; only its typings say string.
    const numeric = element as unknown as Y.XmlElement<Record<string, number>>;
    for (const [key, value] of Object.entries(attributes)) numeric.setAttribute(key, value);
    if (words !== '') element.insert(0, [new Y.XmlText(words)]);
    return element;
  };
  ydoc.transact(() => {
    fragment.insert(0, [
      block('paragraph', ''),
      ...headings.flatMap((heading) => [block('heading', heading, { level: 2 }), block('paragraph', '')]),
    ]);
  }, ctx);
  return ok();
}

/**
 * draft ⇄ review by any member editor; review → final and final → draft (reopen) by coordinators.
 * Reopening starts a new round, so every signature given so far shows as outdated.
 */
export function setCommitmentStatus(ydoc: Y.Doc, to: CommitmentStatus, ctx: CommandContext): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  const from = currentStatus(ydoc);
  if (from === null) return refuse('error.notFound', { id: 'commitment' });
  const allowed: Record<CommitmentStatus, CommitmentStatus[]> = {
    draft: ['review'],
    review: ['draft', 'final'],
    final: ['draft'],
  };
  if (!allowed[from].includes(to)) return refuse('error.statusStep');
  const coordinatorOnly = to === 'final' || from === 'final';
  if (coordinatorOnly && ctx.author.role !== 'coordinator') return refuse('error.notCoordinatorFinal');
  const meta = ydoc.getMap<unknown>('meta');
  ydoc.transact(() => {
    meta.set('status', to);
    if (from === 'final') meta.set('round', (Number(meta.get('round')) || 0) + 1);
    meta.set('statusChanged', stamp(ctx));
    appendHistory(ydoc, 'status', to, ctx);
  }, ctx);
  return ok();
}

export function setCommitmentItem(
  ydoc: Y.Doc,
  id: string,
  fields: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  if (!isEditable(ydoc)) return refuse('error.commitmentFinal');
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(ItemFields, fields);
  if (!parsed.ok) return parsed;
  ydoc.transact(() => {
    ydoc.getMap<unknown>('items').set(id, { ...parsed.value, id, updated: stamp(ctx) });
    appendHistory(ydoc, 'item', parsed.value.title, ctx);
  }, ctx);
  return ok();
}

export function removeCommitmentItem(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  if (!isEditable(ydoc)) return refuse('error.commitmentFinal');
  const items = ydoc.getMap<unknown>('items');
  if (!items.has(id)) return refuse('error.notFound', { id });
  const removed = StoredItem.safeParse(items.get(id));
  ydoc.transact(() => {
    items.delete(id);
    appendHistory(ydoc, 'itemRemoved', removed.success ? removed.data.title : id, ctx);
  }, ctx);
  return ok();
}

/**
 * Moves an item one place up or down among its dimension's items, in one change. The dimension's
 * items keep the order numbers they had between them, reassigned (and made distinct, as two people
 * adding at once can give two items the same number), so other dimensions are untouched.
 */
export function moveCommitmentItem(
  ydoc: Y.Doc,
  id: string,
  direction: 'up' | 'down',
  ctx: CommandContext,
): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  if (!isEditable(ydoc)) return refuse('error.commitmentFinal');
  const items = ydoc.getMap<unknown>('items');
  const moving = StoredItem.safeParse(items.get(id));
  if (!moving.success) return refuse('error.notFound', { id });
  const siblings = [...items.values()]
    .flatMap((value) => {
      const parsed = StoredItem.safeParse(value);
      return parsed.success && parsed.data.pillarId === moving.data.pillarId ? [parsed.data] : [];
    })
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const from = siblings.findIndex((item) => item.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  const neighbour = siblings[to];
  if (from < 0 || neighbour === undefined) return ok();
  const orders = siblings.map((item) => item.order);
  for (let index = 1; index < orders.length; index += 1) {
    orders[index] = Math.max(orders[index] ?? 0, (orders[index - 1] ?? 0) + 1);
  }
  const reordered = [...siblings];
  reordered[to] = moving.data;
  reordered[from] = neighbour;
  ydoc.transact(() => {
    reordered.forEach((item, index) => {
      const order = orders[index] ?? item.order;
      if (order !== item.order) items.set(item.id, { ...item, order, updated: stamp(ctx) });
    });
    appendHistory(ydoc, 'item', moving.data.title, ctx);
  }, ctx);
  return ok();
}

/** A version's name: "Draf 1 setelah FGD". */
export const VersionName = text(120).min(1);

/** Keeps the content as it is now under a name, with its hash, for diffs and restores. */
export function saveCommitmentVersion(
  ydoc: Y.Doc,
  id: string,
  name: unknown,
  ctx: CommandContext,
): CommandResult<string> {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(VersionName, name);
  if (!parsed.ok) return parsed;
  const versions = ydoc.getMap<unknown>('versions');
  if (versions.has(id)) return refuse('error.duplicateId', { id });
  let hash = '';
  // Read inside the transaction: reading rich text can itself open one (Yjs tidies formatting), and a
  // command is one change.
  ydoc.transact(() => {
    hash = commitmentHash(ydoc);
    const kept = { ...content(ydoc), tree: fragmentTree(ydoc.getXmlFragment(COMMITMENT_TEXT)) };
    versions.set(id, { id, name: parsed.value, hash, content: kept, saved: stamp(ctx) });
    appendHistory(ydoc, 'version', parsed.value, ctx);
  }, ctx);
  return ok(hash);
}

// Signatures live in the signing region's document (`<area>/region/<code>`), map `signatures`.

export const SignatureFields = z.object({ official: text(200).min(3), position: text(200).min(3) });
const StoredSignature = SignatureFields.extend({
  commitmentId: EntryId,
  regionCode: RegionCode,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  signed: Stamp,
});
export type Signature = z.infer<typeof StoredSignature>;

/** Signs the commitment's current final text for the signer's own region, and only that. */
export function signCommitment(
  regionDoc: Y.Doc,
  regionCode: string,
  commitmentId: string,
  commitmentDoc: Y.Doc,
  fields: unknown,
  ctx: CommandContext,
): CommandResult<string> {
  if (ctx.author.role !== 'regionEditor' || ctx.author.region !== regionCode) {
    return refuse('error.signOwnRegionOnly');
  }
  if (currentStatus(commitmentDoc) !== 'final') return refuse('error.signFinalOnly');
  const parsed = parseInput(SignatureFields, fields);
  if (!parsed.ok) return parsed;
  const hash = commitmentHash(commitmentDoc);
  const signature = { ...parsed.value, commitmentId, regionCode, hash, signed: stamp(ctx) };
  regionDoc.transact(() => regionDoc.getMap<unknown>('signatures').set(commitmentId, signature), ctx);
  return ok(hash);
}

export function readSignature(
  regionDoc: Y.Doc,
  docName: string,
  regionCode: string,
  commitmentId: string,
  report: ReportProblem,
): Signature | null {
  const where = { doc: docName, key: `signatures/${commitmentId}` };
  const value = regionDoc.getMap<unknown>('signatures').get(commitmentId);
  if (value === undefined) return null;
  const signature = readValue(StoredSignature, value, where, report);
  if (!signature) return null;
  if (signature.regionCode !== regionCode || signature.commitmentId !== commitmentId) {
    report({ ...where, problem: 'signature filed under the wrong region or commitment' });
    return null;
  }
  return signature;
}

export type SignatureState = 'signed' | 'outdated' | 'pending';

/** Signed only while the signature's hash is the commitment's current one. */
export function signatureState(
  signature: Signature | null,
  commitment: Pick<Commitment, 'hash'>,
): SignatureState {
  if (!signature) return 'pending';
  return signature.hash === commitment.hash ? 'signed' : 'outdated';
}

export interface SigningBoard {
  /** Member regions in signing order, each with its state. */
  regions: { code: string; state: SignatureState; signature: Signature | null }[];
  signed: number;
  /** The lifecycle's last step: final, and every member region's signature is on the current text. */
  complete: boolean;
}

/** The signing board of a commitment across the area's members (signatures read from their region docs). */
export function signingBoard(
  commitment: Pick<Commitment, 'hash' | 'status'>,
  members: readonly string[],
  signatureOf: (regionCode: string) => Signature | null,
): SigningBoard {
  const regions = members.map((code) => {
    const signature = signatureOf(code);
    return { code, signature, state: signatureState(signature, commitment) };
  });
  const signed = regions.filter((region) => region.state === 'signed').length;
  return {
    regions,
    signed,
    complete: commitment.status === 'final' && signed === members.length && members.length > 0,
  };
}
