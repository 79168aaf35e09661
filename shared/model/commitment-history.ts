/**
 * Who changed what in a commitment: a Y.Array `history` in the commitment document. The model's
 * commands append their entry inside their own transaction, so an entry exists exactly when its change
 * does; text edits (typed in the editor, which writes the fragment directly) are recorded by the
 * renderer at most once per person per TEXT_EDIT_INTERVAL_MS so a paragraph is not a hundred entries.
 *
 * An array rather than a map: concurrent appends from several regions all survive, in one order every
 * replica agrees on. Signing is recorded in the signing region's own document, not here.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { text } from './fields.js';
import { Author, type CommandContext, stamp } from './identity.js';
import { type CommandResult, ok, refuse } from './result.js';
import type { ReportProblem } from './validated-read.js';

export const COMMITMENT_HISTORY = 'history';
export const HistoryKind = z.enum([
  'created',
  'status',
  'item',
  'itemRemoved',
  'version',
  'restored',
  'text',
]);
export type HistoryKind = z.infer<typeof HistoryKind>;

const HistoryEntry = z.object({
  kind: HistoryKind,
  /** What it concerned, in the document's own words: a title, an item's title, a status, a version's name. */
  detail: text(500),
  by: Author,
  at: z.iso.datetime(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A person's text edits within this span count as one change. */
export const TEXT_EDIT_INTERVAL_MS = 5 * 60 * 1000;

function historyArray(ydoc: Y.Doc): Y.Array<unknown> {
  return ydoc.getArray<unknown>(COMMITMENT_HISTORY);
}

/**
 * Appends an entry; call it inside the command's transaction. `detail` is cut to the schema's length
 * so a long item title never makes the entry unreadable.
 */
export function appendHistory(ydoc: Y.Doc, kind: HistoryKind, detail: string, ctx: CommandContext): void {
  const { by, at } = stamp(ctx);
  historyArray(ydoc).push([{ kind, detail: detail.trim().slice(0, 500), by, at }]);
}

/** An entry as read, with its place in the document's array (the same on every replica). */
export type RecordedEntry = HistoryEntry & { seq: number };

/** Every valid entry in the document's order (oldest first); invalid ones are reported and skipped. */
export function readHistory(ydoc: Y.Doc, docName: string, report: ReportProblem): RecordedEntry[] {
  const out: RecordedEntry[] = [];
  historyArray(ydoc)
    .toArray()
    .forEach((value, index) => {
      const parsed = HistoryEntry.safeParse(value);
      if (parsed.success) out.push({ ...parsed.data, seq: index });
      else {
        const issue = parsed.error.issues[0];
        report({
          doc: docName,
          key: `${COMMITMENT_HISTORY}/${index}`,
          problem: issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : 'invalid',
        });
      }
    });
  return out;
}

/** Newest first; entries stamped at the same moment keep the document's order, later-appended first. */
export function newestFirst<E extends RecordedEntry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.seq - a.seq);
}

const samePerson = (a: Pick<Author, 'name' | 'region'>, b: Pick<Author, 'name' | 'region'>) =>
  a.name === b.name && a.region === b.region;

/**
 * Whether a text edit by `author` at `now` gets its own entry: only when the same person (name and
 * region) has no 'text' entry in the last TEXT_EDIT_INTERVAL_MS. An entry stamped in the future (a
 * peer with a fast clock) also counts as recent, so a skewed clock cannot cause an entry per keystroke.
 */
export function shouldRecordTextEdit(
  entries: readonly HistoryEntry[],
  author: Pick<Author, 'name' | 'region'>,
  now: Date,
): boolean {
  let latest = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.kind !== 'text' || !samePerson(entry.by, author)) continue;
    latest = Math.max(latest, Date.parse(entry.at));
  }
  return now.getTime() - latest >= TEXT_EDIT_INTERVAL_MS;
}

/**
 * Records that the author changed the text, unless they already did recently (see
 * shouldRecordTextEdit). Returns whether an entry was added. Refused for people who may not edit.
 */
export function recordTextEdit(ydoc: Y.Doc, ctx: CommandContext): CommandResult<boolean> {
  if (ctx.author.role !== 'coordinator' && ctx.author.role !== 'regionEditor') {
    return refuse('error.notAnEditor');
  }
  // Only the throttle reads here: a malformed entry is reported where the history is shown.
  const entries = readHistory(ydoc, '', () => undefined);
  if (!shouldRecordTextEdit(entries, ctx.author, ctx.now())) return ok(false);
  ydoc.transact(() => appendHistory(ydoc, 'text', '', ctx), ctx);
  return ok(true);
}

/**
 * Calls `onEdit` after each change this replica makes to the text fragment `textName` — not for
 * changes from other replicas, and not for model commands that write their own history entry (a
 * restore) — and returns the function that stops watching.
 */
export function observeLocalTextEdits(ydoc: Y.Doc, textName: string, onEdit: () => void): () => void {
  const fragment = ydoc.getXmlFragment(textName);
  const history = historyArray(ydoc);
  const observer = (_events: unknown, transaction: Y.Transaction) => {
    if (!transaction.local || transaction.changed.has(history)) return;
    onEdit();
  };
  fragment.observeDeep(observer);
  return () => fragment.unobserveDeep(observer);
}
