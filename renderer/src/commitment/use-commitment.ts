/**
 * The live view of one commitment for the current person: its validated content, the signing board
 * (signatures read from every member region's document) and what this person may do with it.
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import {
  type Commitment,
  readCommitment,
  readSignature,
  type Signature,
  type SigningBoard,
  signingBoard,
} from '../../../shared/model/commitment';
import type { Role } from '../../../shared/model/identity';
import { useArea, useDocVersion } from '../app/hooks';
import { useSession } from '../app/session';
import type { SyncedDoc } from '../sync/synced-doc';

export interface CommitmentView {
  id: string;
  synced: SyncedDoc;
  /** Null while the document has not arrived, or when it holds no commitment. */
  commitment: Commitment | null;
  /** The document has arrived from a node or this device's copy: null now means "no such commitment". */
  loaded: boolean;
  board: SigningBoard;
  /** The text and items may be changed by this person now (a member editor, and not final). */
  canEdit: boolean;
  /** Coordinators finalise and reopen. */
  isCoordinator: boolean;
  /** A member editor (coordinator or region editor): may comment, save versions, move draft ⇄ review. */
  isMemberEditor: boolean;
  /** The region this person signs for, when they are a region editor of a member region. */
  signingRegion: string | null;
}

const reportOnce = new Set<string>();
function report(problem: { doc: string; key: string; problem: string }): void {
  const key = `${problem.doc}|${problem.key}`;
  if (reportOnce.has(key)) return;
  reportOnce.add(key);
  console.warn(`skipped invalid commitment data at ${problem.doc} ${problem.key}: ${problem.problem}`);
}

export function isMemberEditorRole(role: Role): boolean {
  return role === 'coordinator' || role === 'regionEditor';
}

export function useCommitmentView(id: string): CommitmentView {
  const { workspace, profile } = useSession();
  const area = useArea();
  const synced = workspace.commitment(id);
  const version = useDocVersion(synced.doc);
  const loaded = useSyncExternalStore(
    useCallback((listener: () => void) => synced.subscribe(listener), [synced]),
    () => synced.loaded,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of the doc.
  const commitment = useMemo(
    () => (synced.doc.getMap('meta').has('status') ? readCommitment(synced.doc, synced.name, report) : null),
    [synced, version],
  );
  const signatures = useSignatures(id);
  const members = useMemo(() => area.members.map((member) => member.code), [area.members]);
  const board = useMemo(
    () =>
      signingBoard(
        commitment ?? { hash: '', status: 'draft' },
        members,
        (code) => signatures.get(code) ?? null,
      ),
    [commitment, members, signatures],
  );
  const isMemberEditor = isMemberEditorRole(profile.role);
  const signingRegion =
    profile.role === 'regionEditor' && profile.region !== null && members.includes(profile.region)
      ? profile.region
      : null;
  return {
    id,
    synced,
    commitment,
    loaded,
    board,
    canEdit: isMemberEditor && commitment !== null && commitment.status !== 'final',
    isCoordinator: profile.role === 'coordinator',
    isMemberEditor,
    signingRegion,
  };
}

/** Every member region's signature of this commitment, live (region code → signature). */
export function useSignatures(commitmentId: string): ReadonlyMap<string, Signature> {
  const { workspace } = useSession();
  const cache = useRef<{ id: string; version: number; value: Map<string, Signature> } | null>(null);
  const versionRef = useRef(0);
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops: (() => void)[] = [];
      const watch = () => {
        for (const stop of stops.splice(0)) stop();
        for (const synced of workspace.regions.values()) {
          const map = synced.doc.getMap<unknown>('signatures');
          const onChange = () => {
            versionRef.current += 1;
            listener();
          };
          map.observe(onChange);
          stops.push(() => map.unobserve(onChange));
        }
      };
      watch();
      // A signature that arrived between the render that read them and this subscription fired no
      // observer here: read them once more now.
      versionRef.current += 1;
      listener();
      // Members added later bring their documents (and signatures) with them.
      let regionCount = workspace.regions.size;
      const stopWorkspace = workspace.subscribe(() => {
        if (workspace.regions.size === regionCount) return;
        regionCount = workspace.regions.size;
        watch();
        versionRef.current += 1;
        listener();
      });
      return () => {
        stopWorkspace();
        for (const stop of stops) stop();
      };
    },
    [workspace],
  );
  const version = useSyncExternalStore(subscribe, () => versionRef.current);
  if (cache.current?.version !== version || cache.current.id !== commitmentId) {
    const value = new Map<string, Signature>();
    for (const [code, synced] of workspace.regions) {
      const signature = readSignature(synced.doc, synced.name, code, commitmentId, report);
      if (signature) value.set(code, signature);
    }
    cache.current = { id: commitmentId, version, value };
  }
  return cache.current.value;
}
