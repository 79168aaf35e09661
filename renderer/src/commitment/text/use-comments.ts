/** The commitment's comment threads, live, and the comment commands run as this person. */
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { type CommentThread, readCommentThreads } from '../../../../shared/model/commitment-comments';
import type { CommandContext } from '../../../../shared/model/identity';
import type { CommandResult } from '../../../../shared/model/result';
import { useDocVersion } from '../../app/hooks';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import type { CommitmentView } from '../use-commitment';

const reported = new Set<string>();
function report(problem: { doc: string; key: string; problem: string }): void {
  const key = `${problem.doc}|${problem.key}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`skipped invalid comment data at ${problem.doc} ${problem.key}: ${problem.problem}`);
}

export function useCommentThreads(view: CommitmentView): CommentThread[] {
  const doc = view.synced.doc;
  const version = useDocVersion(doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of the doc.
  return useMemo(() => readCommentThreads(doc, view.synced.name, report), [doc, view.synced.name, version]);
}

/** Runs a comment command; a refusal is shown with `failed` as its title. Returns whether it was done. */
export type CommentCommand = (
  command: (doc: Y.Doc, ctx: CommandContext) => CommandResult<unknown>,
  failed: string,
) => boolean;

export function useCommentCommand(view: CommitmentView): CommentCommand {
  const { ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  const doc = view.synced.doc;
  return useCallback<CommentCommand>(
    (command, failed) => {
      const result = command(doc, ctx);
      if (!result.ok) notifyRefusal(failed, result.error);
      return result.ok;
    },
    [doc, ctx, notifyRefusal],
  );
}

/** `<prefix>-<8 random base-36 characters>`: unique without asking anyone. */
export function newCommentEntryId(
  prefix: 'komentar' | 'balasan',
  random: () => number = Math.random,
): string {
  let suffix = '';
  for (let index = 0; index < 8; index += 1) suffix += Math.floor(random() * 36).toString(36);
  return `${prefix}-${suffix}`;
}
