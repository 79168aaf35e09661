/**
 * Runs a model command on the plan's adopting region's document and tells the person how it went:
 * a refusal as a red notification with the reason, a success (when it says one) as a short teal one.
 */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { CommandContext } from '../../../../shared/model/identity';
import type { CommandResult } from '../../../../shared/model/result';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { useRegionCommand } from '../../app/use-region-command';

export interface PlanCommandOutcome {
  /** Title of the refusal notification: what did not happen. */
  failed: string;
  /** Said when it worked; nothing when the change speaks for itself on screen. */
  done?: string;
}

/** Returns whether the command was carried out. */
export type PlanCommand = (
  command: (doc: Y.Doc, ctx: CommandContext) => CommandResult,
  outcome: PlanCommandOutcome,
) => boolean;

export function usePlanCommand(adopterCode: string): PlanCommand {
  const inRegion = useRegionCommand();
  const notifyRefusal = useNotifyRefusal();
  const { ctx } = useSession();
  return useCallback<PlanCommand>(
    (command, outcome) => {
      const result = inRegion(adopterCode, (doc) => command(doc, ctx));
      if (!result.ok) {
        notifyRefusal(outcome.failed, result.error);
        return false;
      }
      if (outcome.done !== undefined) notifications.show({ color: 'teal', message: outcome.done });
      return true;
    },
    [inRegion, notifyRefusal, ctx, adopterCode],
  );
}
