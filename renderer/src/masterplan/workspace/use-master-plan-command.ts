/**
 * Runs a master plan command on the region's document with this window's identity; a refusal shows
 * as a red notification with the reason, a success (when it says one) as a short teal one.
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { CommandContext } from '../../../../shared/model/identity';
import type { CommandResult } from '../../../../shared/model/result';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';

export interface CommandOutcome {
  /** Title of the refusal notification: what did not happen. */
  failed: string;
  /** Said when it worked; nothing when the change speaks for itself on screen. */
  done?: string;
}

/** Returns whether the command was carried out. */
export type MasterPlanCommand = (
  command: (doc: Y.Doc, ctx: CommandContext) => CommandResult<unknown>,
  outcome: CommandOutcome,
) => boolean;

export function useMasterPlanCommand(doc: Y.Doc): MasterPlanCommand {
  const { ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  return useCallback<MasterPlanCommand>(
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
