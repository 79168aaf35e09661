/**
 * Runs a model command on the commitment's document with this window's identity and tells the person
 * how it went: a refusal as a red notification with the reason, a success (when it says one) as a
 * short teal one.
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { CommandContext } from '../../../../shared/model/identity';
import type { CommandResult } from '../../../../shared/model/result';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import type { CommitmentView } from '../use-commitment';

export interface CommitmentCommandOutcome {
  /** Title of the refusal notification: what did not happen. */
  failed: string;
  /** Said when it worked; nothing when the change speaks for itself on screen. */
  done?: string;
}

/** Returns whether the command was carried out. */
export type CommitmentCommand = (
  command: (doc: Y.Doc, ctx: CommandContext) => CommandResult<unknown>,
  outcome: CommitmentCommandOutcome,
) => boolean;

export function useCommitmentCommand(view: CommitmentView): CommitmentCommand {
  const { ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  const doc = view.synced.doc;
  return useCallback<CommitmentCommand>(
    (command, outcome) => {
      const result = command(doc, ctx);
      if (!result.ok) {
        notifyRefusal(outcome.failed, result.error);
        return false;
      }
      if (outcome.done !== undefined) notifications.show({ color: 'teal', message: outcome.done });
      return true;
    },
    [doc, ctx, notifyRefusal],
  );
}
