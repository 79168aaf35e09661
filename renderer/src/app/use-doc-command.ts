/**
 * Runs a model command on a document this window holds (a commitment, a region's master plan) with
 * this window's identity and tells the person how it went: a refusal as a red notification with the
 * reason, a success (when it says one) as a short teal one.
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { CommandContext } from '../../../shared/model/identity';
import type { CommandResult } from '../../../shared/model/result';
import { useSession } from './session';
import { useNotifyRefusal } from './use-notify';

export interface CommandOutcome {
  /** Title of the refusal notification: what did not happen. */
  failed: string;
  /** Said when it worked; nothing when the change speaks for itself on screen. */
  done?: string;
}

/** Returns whether the command was carried out. */
export type DocCommand = (
  command: (doc: Y.Doc, ctx: CommandContext) => CommandResult<unknown>,
  outcome: CommandOutcome,
) => boolean;

export function useDocCommand(doc: Y.Doc): DocCommand {
  const { ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  return useCallback<DocCommand>(
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
