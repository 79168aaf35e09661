/**
 * Named versions of a commitment: restoring one (the text, items and title as they were, as a new
 * change that keeps every version and the history), and a readable comparison of any two contents —
 * block by block, then word by word inside a changed block, plus the items added, removed or changed.
 */
import { diffArrays, diffWords } from 'diff';
import type * as Y from 'yjs';
import {
  COMMITMENT_TEXT,
  type CommitmentVersion,
  commitmentContent,
  isEditable,
  requireMemberEditor,
  VersionEntry,
} from './commitment.js';
import { appendHistory } from './commitment-history.js';
import {
  type BlockKind,
  fragmentTree,
  replaceFragment,
  type TextBlock,
  treeBlocks,
  treeFromXml,
} from './commitment-tree.js';
import { type CommandContext, stamp } from './identity.js';
import { type CommandResult, ok, refuse } from './result.js';

export type VersionItem = CommitmentVersion['content']['items'][number];

/**
 * Puts the version's text, items and title back, in one transaction: a new change on top of the
 * present one, so other people's replicas merge it like any edit, and the versions and history stay.
 * With the same round, the commitment's hash is then the version's.
 */
export function restoreCommitmentVersion(ydoc: Y.Doc, versionId: string, ctx: CommandContext): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  if (!isEditable(ydoc)) return refuse('error.commitmentFinal');
  const parsed = VersionEntry.safeParse(ydoc.getMap<unknown>('versions').get(versionId));
  if (!parsed.success || parsed.data.id !== versionId) return refuse('error.notFound', { id: versionId });
  const version = parsed.data;
  const tree = version.content.tree;
  if (tree === undefined) return refuse('error.versionWithoutTree', { name: version.name });
  const meta = ydoc.getMap<unknown>('meta');
  const items = ydoc.getMap<unknown>('items');
  ydoc.transact(() => {
    if (meta.get('title') !== version.content.title) meta.set('title', version.content.title);
    replaceFragment(ydoc.getXmlFragment(COMMITMENT_TEXT), tree);
    const kept = new Set(version.content.items.map((item) => item.id));
    for (const id of [...items.keys()]) if (!kept.has(id)) items.delete(id);
    for (const item of version.content.items) items.set(item.id, { ...item, updated: stamp(ctx) });
    appendHistory(ydoc, 'restored', version.name, ctx);
  }, ctx);
  return ok();
}

// --- Comparing ---

/** One side of a comparison: a saved version, or the text as it is now. */
export interface ComparableContent {
  title: string;
  blocks: TextBlock[];
  items: VersionItem[];
}

export function versionContent(version: CommitmentVersion): ComparableContent {
  const tree = version.content.tree ?? treeFromXml(version.content.text);
  return { title: version.content.title, blocks: treeBlocks(tree), items: version.content.items };
}

export function currentContent(ydoc: Y.Doc): ComparableContent {
  const { title, items } = commitmentContent(ydoc);
  return { title, blocks: treeBlocks(fragmentTree(ydoc.getXmlFragment(COMMITMENT_TEXT))), items };
}

export type WordChange = 'same' | 'added' | 'removed';
export interface WordPart {
  text: string;
  change: WordChange;
}

export type BlockChange =
  | { change: 'same'; block: TextBlock }
  | { change: 'added' | 'removed'; block: TextBlock }
  | { change: 'changed'; kind: BlockKind; before: string; after: string; words: WordPart[] };

export type ItemField = 'pillarId' | 'title' | 'lead' | 'supporting' | 'followUps' | 'order';
export type ItemChange =
  | { change: 'added' | 'removed'; item: VersionItem }
  | { change: 'changed'; before: VersionItem; after: VersionItem; fields: ItemField[] };

export interface CommitmentDiff {
  title: { before: string; after: string } | null;
  blocks: BlockChange[];
  items: ItemChange[];
  /** Whether anything differs at all. */
  changed: boolean;
}

function wordParts(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** Share of the longer text's characters (spaces aside) that the two have in common, 0…1. */
function similarity(parts: readonly WordPart[], before: string, after: string): number {
  const length = (words: string) => words.replace(/\s/g, '').length;
  const longest = Math.max(length(before), length(after));
  if (longest === 0) return 1;
  const same = parts
    .filter((part) => part.change === 'same')
    .reduce((sum, part) => sum + length(part.text), 0);
  return same / longest;
}

/** Below this, a removed and an added block read as two different blocks rather than one edited. */
const SAME_BLOCK = 0.4;

/**
 * Within a stretch where `removed` blocks gave way to `added` ones, pairs each removed block with the
 * next added block of the same kind that is similar enough (in order, so the pairs never cross) and
 * reports those as changed; the rest as removed or added, in reading order.
 */
function alignStretch(removed: readonly TextBlock[], added: readonly TextBlock[]): BlockChange[] {
  const out: BlockChange[] = [];
  let nextAdded = 0;
  for (const before of removed) {
    let pairedAt = -1;
    let words: WordPart[] = [];
    for (let at = nextAdded; at < added.length; at += 1) {
      const after = added[at];
      if (!after || after.kind !== before.kind) continue;
      const parts = wordParts(before.text, after.text);
      if (similarity(parts, before.text, after.text) >= SAME_BLOCK) {
        pairedAt = at;
        words = parts;
        break;
      }
    }
    if (pairedAt < 0) {
      out.push({ change: 'removed', block: before });
      continue;
    }
    for (const block of added.slice(nextAdded, pairedAt)) out.push({ change: 'added', block });
    const after = added[pairedAt];
    if (after)
      out.push({ change: 'changed', kind: before.kind, before: before.text, after: after.text, words });
    nextAdded = pairedAt + 1;
  }
  for (const block of added.slice(nextAdded)) out.push({ change: 'added', block });
  return out;
}

function blockChanges(before: readonly TextBlock[], after: readonly TextBlock[]): BlockChange[] {
  // Blocks compare by kind and words; diffArrays compares with ===, so compare keys and map back.
  const key = (block: TextBlock) => `${block.kind}\u0000${block.text}`;
  const beforeKeys = before.map(key);
  const afterKeys = after.map(key);
  const out: BlockChange[] = [];
  let beforeAt = 0;
  let afterAt = 0;
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  const flush = () => {
    out.push(...alignStretch(removed, added));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(beforeKeys, afterKeys)) {
    const count = part.value.length;
    if (part.removed) {
      removed.push(...before.slice(beforeAt, beforeAt + count));
      beforeAt += count;
    } else if (part.added) {
      added.push(...after.slice(afterAt, afterAt + count));
      afterAt += count;
    } else {
      flush();
      for (const block of after.slice(afterAt, afterAt + count)) out.push({ change: 'same', block });
      beforeAt += count;
      afterAt += count;
    }
  }
  flush();
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);
const sorted = (values: readonly string[]) => [...values].sort();

function changedFields(before: VersionItem, after: VersionItem): ItemField[] {
  const fields: ItemField[] = [];
  if (before.pillarId !== after.pillarId) fields.push('pillarId');
  if (before.title !== after.title) fields.push('title');
  if (!sameList(sorted(before.lead), sorted(after.lead))) fields.push('lead');
  if (!sameList(sorted(before.supporting), sorted(after.supporting))) fields.push('supporting');
  if (!sameList(before.followUps, after.followUps)) fields.push('followUps');
  if (before.order !== after.order) fields.push('order');
  return fields;
}

function itemChanges(before: readonly VersionItem[], after: readonly VersionItem[]): ItemChange[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const out: ItemChange[] = [];
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) {
      out.push({ change: 'added', item });
      continue;
    }
    const fields = changedFields(old, item);
    if (fields.length > 0) out.push({ change: 'changed', before: old, after: item, fields });
  }
  for (const item of before) if (!afterIds.has(item.id)) out.push({ change: 'removed', item });
  return out;
}

/** What changed from `before` to `after`: title, text blocks (with words) and items. */
export function compareContents(before: ComparableContent, after: ComparableContent): CommitmentDiff {
  const title = before.title === after.title ? null : { before: before.title, after: after.title };
  const blocks = blockChanges(before.blocks, after.blocks);
  const items = itemChanges(before.items, after.items);
  return {
    title,
    blocks,
    items,
    changed: title !== null || items.length > 0 || blocks.some((block) => block.change !== 'same'),
  };
}
