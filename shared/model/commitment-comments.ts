/**
 * Comments on a commitment's text: threads anchored to a range of the text, with replies, resolved and
 * reopened by member editors. They live in the commitment document's `comments` map, beside (not in)
 * the text fragment, so commenting never changes the text's hash and never invalidates a signature.
 *
 * One flat map, one entry per fact, so concurrent writers never overwrite each other:
 * - `<thread id>` → the thread's first comment, with its anchor;
 * - `<thread id>/<reply id>` → a reply (two people replying at once both survive);
 * - `<thread id>/state` → whether the thread is resolved, with who set it when (last writer wins).
 *
 * An anchor is two Yjs relative positions in the text fragment (encoded, base64) and the words that were
 * selected: the positions follow the words through everyone's edits; the quote says what was meant
 * once they are gone.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { z } from 'zod';
import { EntryId, RegionCode, text } from './fields.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { type CommandResult, invalidInput, ok, type Refusal, refuse } from './result.js';
import type { ReportProblem } from './validated-read.js';

export const COMMITMENT_COMMENTS = 'comments';
/** The longest comment or reply body, in characters. */
export const COMMENT_BODY_MAX = 2000;
/** The longest quote kept with an anchor; a longer selection is kept shortened. */
export const COMMENT_QUOTE_MAX = 500;
const STATE_KEY = 'state';

/** Encodes a relative position for storing in an anchor. */
export function encodeAnchorPosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/**
 * The relative position an anchor stored, or null when it is not one (a peer wrote garbage): the
 * thread is then shown as having lost its place in the text rather than breaking the page.
 */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return null;
  try {
    const position = Y.decodeRelativePosition(fromBase64(encoded));
    return position.type !== null || position.tname !== null || position.item !== null ? position : null;
  } catch (error) {
    // lib0's decoder throws on truncated input; that is exactly "not a position", nothing to report.
    if (error instanceof Error) return null;
    throw error;
  }
}

const EncodedPosition = z
  .string()
  .max(1000)
  .refine((value) => decodeAnchorPosition(value) !== null, 'not an encoded relative position');

export const CommentAnchor = z.object({
  start: EncodedPosition,
  end: EncodedPosition,
  quote: z.string().trim().min(1).max(COMMENT_QUOTE_MAX),
});
export type CommentAnchor = z.infer<typeof CommentAnchor>;

const Mentions = z.array(RegionCode).max(60);
const Body = z.string().trim();

const StoredThread = z.object({
  kind: z.literal('thread'),
  id: EntryId,
  anchor: CommentAnchor,
  body: text(COMMENT_BODY_MAX).min(1),
  mentions: Mentions,
  created: Stamp,
});
const StoredReply = z.object({
  kind: z.literal('reply'),
  id: EntryId,
  threadId: EntryId,
  body: text(COMMENT_BODY_MAX).min(1),
  mentions: Mentions,
  created: Stamp,
});
const StoredState = z.object({
  kind: z.literal('state'),
  threadId: EntryId,
  resolved: z.boolean(),
  changed: Stamp,
});
const StoredEntry = z.discriminatedUnion('kind', [StoredThread, StoredReply, StoredState]);

export type CommentReply = Omit<z.infer<typeof StoredReply>, 'kind'>;

export interface CommentThread {
  id: string;
  anchor: CommentAnchor;
  body: string;
  mentions: string[];
  created: Stamp;
  /** Oldest first. */
  replies: CommentReply[];
  resolved: boolean;
  /** Who last resolved or reopened the thread, and when; null while nobody has. */
  stateChanged: Stamp | null;
}

/** What a person writes: the words, and the member regions they mention in them (region codes). */
export const CommentInput = z.object({ body: Body, mentions: Mentions.default([]) });
export const NewThreadInput = CommentInput.extend({ anchor: CommentAnchor });

function requireMemberEditor(ctx: CommandContext): Refusal | null {
  return ctx.author.role === 'coordinator' || ctx.author.role === 'regionEditor'
    ? null
    : refuse('error.commentNotAllowed');
}

/** The body's own refusals, in words a person can act on (the schema's would be technical). */
function checkBody(body: string): Refusal | null {
  if (body === '') return refuse('error.commentEmpty');
  if (body.length > COMMENT_BODY_MAX) return refuse('error.commentTooLong', { max: COMMENT_BODY_MAX });
  return null;
}

function parseComment<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | Refusal {
  const body = z.object({ body: z.string() }).safeParse(input);
  if (body.success) {
    const problem = checkBody(body.data.body.trim());
    if (problem) return problem;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return { ok: true, value: parsed.data };
}

const unique = (codes: readonly string[]) => [...new Set(codes)].sort();

/** Starts a thread on a range of the text. Allowed in every status: review comments on a final text too. */
export function addCommentThread(
  ydoc: Y.Doc,
  id: string,
  input: unknown,
  ctx: CommandContext,
): CommandResult<string> {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseComment(NewThreadInput, input);
  if (!parsed.ok) return parsed;
  const comments = ydoc.getMap<unknown>(COMMITMENT_COMMENTS);
  if (comments.has(id)) return refuse('error.duplicateId', { id });
  const { body, mentions, anchor } = parsed.value;
  ydoc.transact(() => {
    comments.set(id, {
      kind: 'thread',
      id,
      anchor,
      body,
      mentions: unique(mentions),
      created: stamp(ctx),
    } satisfies z.infer<typeof StoredThread>);
  }, ctx);
  return ok(id);
}

function threadExists(comments: Y.Map<unknown>, threadId: string): boolean {
  return StoredThread.safeParse(comments.get(threadId)).success;
}

/** Adds a reply to a thread; each reply is its own entry, so simultaneous replies all stay. */
export function replyToComment(
  ydoc: Y.Doc,
  threadId: string,
  id: string,
  input: unknown,
  ctx: CommandContext,
): CommandResult<string> {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseComment(CommentInput, input);
  if (!parsed.ok) return parsed;
  const comments = ydoc.getMap<unknown>(COMMITMENT_COMMENTS);
  if (!threadExists(comments, threadId)) return refuse('error.commentThreadNotFound');
  const key = `${threadId}/${id}`;
  if (comments.has(key) || id === STATE_KEY) return refuse('error.duplicateId', { id });
  const { body, mentions } = parsed.value;
  ydoc.transact(() => {
    comments.set(key, {
      kind: 'reply',
      id,
      threadId,
      body,
      mentions: unique(mentions),
      created: stamp(ctx),
    } satisfies z.infer<typeof StoredReply>);
  }, ctx);
  return ok(id);
}

/** Marks a thread resolved ("Selesai") or open again; the last one to decide wins. */
export function setCommentResolved(
  ydoc: Y.Doc,
  threadId: string,
  resolved: boolean,
  ctx: CommandContext,
): CommandResult {
  const denied = requireMemberEditor(ctx);
  if (denied) return denied;
  const comments = ydoc.getMap<unknown>(COMMITMENT_COMMENTS);
  if (!threadExists(comments, threadId)) return refuse('error.commentThreadNotFound');
  ydoc.transact(() => {
    comments.set(`${threadId}/${STATE_KEY}`, {
      kind: 'state',
      threadId,
      resolved,
      changed: stamp(ctx),
    } satisfies z.infer<typeof StoredState>);
  }, ctx);
  return ok();
}

const byCreated = (a: { created: Stamp; id: string }, b: { created: Stamp; id: string }) =>
  a.created.at.localeCompare(b.created.at) || a.id.localeCompare(b.id);

/**
 * Every valid thread with its replies and state, oldest thread first (the editor orders them by their
 * place in the text). Entries that fail validation, or sit under a key that does not match what they
 * say they are, are reported and skipped.
 */
export function readCommentThreads(ydoc: Y.Doc, docName: string, report: ReportProblem): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  const replies: z.infer<typeof StoredReply>[] = [];
  const states: z.infer<typeof StoredState>[] = [];
  for (const [key, value] of ydoc.getMap<unknown>(COMMITMENT_COMMENTS).entries()) {
    const where = { doc: docName, key: `${COMMITMENT_COMMENTS}/${key}` };
    const parsed = StoredEntry.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      report({
        ...where,
        problem: issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : 'invalid',
      });
      continue;
    }
    const entry = parsed.data;
    const expectedKey =
      entry.kind === 'thread'
        ? entry.id
        : entry.kind === 'reply'
          ? `${entry.threadId}/${entry.id}`
          : `${entry.threadId}/${STATE_KEY}`;
    if (expectedKey !== key) {
      report({ ...where, problem: `key does not match the ${entry.kind} it holds` });
      continue;
    }
    if (entry.kind === 'thread') {
      const { kind: _kind, ...thread } = entry;
      threads.set(entry.id, { ...thread, replies: [], resolved: false, stateChanged: null });
    } else if (entry.kind === 'reply') replies.push(entry);
    else states.push(entry);
  }
  // A reply or state whose thread is missing is skipped without a report: from another peer it can
  // arrive before the thread it belongs to, and shows up as soon as the thread does.
  for (const { kind: _kind, ...reply } of replies) threads.get(reply.threadId)?.replies.push(reply);
  for (const state of states) {
    const thread = threads.get(state.threadId);
    if (thread) {
      thread.resolved = state.resolved;
      thread.stateChanged = state.changed;
    }
  }
  const list = [...threads.values()].sort(byCreated);
  for (const thread of list) thread.replies.sort(byCreated);
  return list;
}

/** Whether a region is mentioned in an open thread (its first comment or any reply). */
export function mentionsRegion(thread: CommentThread, regionCode: string): boolean {
  if (thread.resolved) return false;
  return (
    thread.mentions.includes(regionCode) ||
    thread.replies.some((reply) => reply.mentions.includes(regionCode))
  );
}
