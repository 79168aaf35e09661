/**
 * Runs a model command on a member region's document. A region this node has not opened is refused
 * the way the model refuses a non-member, so the caller handles one kind of result.
 */
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { type CommandResult, refuse } from '../../../shared/model/result';
import { regionLabel } from '../data/catalog-store';
import { useSession } from './session';

export type RegionCommand = <T>(
  regionCode: string,
  command: (doc: Y.Doc) => CommandResult<T>,
) => CommandResult<T>;

export function useRegionCommand(): RegionCommand {
  const { workspace } = useSession();
  return useCallback<RegionCommand>(
    (regionCode, command) => {
      const doc = workspace.region(regionCode)?.doc;
      return doc ? command(doc) : refuse('error.notAMember', { region: regionLabel(regionCode) });
    },
    [workspace],
  );
}
