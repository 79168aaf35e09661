/**
 * The live view of one FGD session for the person at this window (facilitator console, projector,
 * minutes): the validated session as they may see it, and what they may do with it.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { Participant } from '../../../shared/model/fgd';
import { type FgdSession, readSession } from '../../../shared/model/fgd-view';
import type { CommandContext } from '../../../shared/model/identity';
import type { CommandResult } from '../../../shared/model/result';
import { useDocVersion } from '../app/hooks';
import { useSession } from '../app/session';
import { useNotifyRefusal } from '../app/use-notify';
import type { SyncedDoc } from '../sync/synced-doc';
import { reportSkippedFgdData as report } from './report-skipped';

export interface FgdView {
  id: string;
  synced: SyncedDoc;
  /** Null while the document has not arrived, or when it holds no session. */
  session: FgdSession | null;
  /** The document has arrived from a node or this device's copy: null now means "no such session". */
  loaded: boolean;
  /** Facilitators and area coordinators run the session: agenda, steps, reveal, clusters, decisions. */
  isFacilitator: boolean;
  /** This window's person as an FGD participant (facilitators may add cards and vote too). */
  me: Participant;
}

/**
 * The app's own person in a session: a stable id from their name and region, so the same person in
 * two windows holds one ballot, not two.
 */
export function appParticipant(name: string, region: string | null): Participant {
  let hash = 0x811c9dc5;
  for (const char of `${name}|${region ?? ''}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return { id: `app-${hash.toString(36)}`, name, region };
}

export function useFgdView(id: string): FgdView {
  const { workspace, profile } = useSession();
  const synced = workspace.fgd(id);
  const version = useDocVersion(synced.doc);
  const loaded = useSyncExternalStore(
    useCallback((listener: () => void) => synced.subscribe(listener), [synced]),
    () => synced.loaded,
  );
  const isFacilitator = profile.role === 'facilitator' || profile.role === 'coordinator';
  const me = useMemo(() => appParticipant(profile.name, profile.region), [profile.name, profile.region]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of the doc.
  const session = useMemo(
    () => readSession(synced.doc, synced.name, { participantId: me.id, facilitator: isFacilitator }, report),
    [synced, version, me.id, isFacilitator],
  );
  return { id, synced, session, loaded, isFacilitator, me };
}

/** Runs a model command on the session's document; a refusal is shown with its reason. */
export type FgdCommand = (
  command: (doc: Y.Doc, ctx: CommandContext) => CommandResult<unknown>,
  failed: string,
) => boolean;

export function useFgdCommand(view: FgdView): FgdCommand {
  const { ctx } = useSession();
  const notifyRefusal = useNotifyRefusal();
  const doc = view.synced.doc;
  return useCallback<FgdCommand>(
    (command, failed) => {
      const result = command(doc, ctx);
      if (!result.ok) notifyRefusal(failed, result.error);
      return result.ok;
    },
    [doc, ctx, notifyRefusal],
  );
}
