/** React views of the session's stores; each re-renders only when its store reports a change. */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type Area, readArea } from '../../../shared/model/area';
import { displayName, regencyByCode } from '../../../shared/regions/index';
import type { CatalogSnapshot } from '../data/catalog-store';
import type { EndpointStatus, PresentPerson } from '../sync/area-workspace';
import { useSession } from './session';

export function useSyncStatus(): EndpointStatus[] {
  const { workspace } = useSession();
  return useSyncExternalStore(workspace.subscribe, workspace.status);
}

export function usePresence(): PresentPerson[] {
  const { workspace } = useSession();
  return useSyncExternalStore(workspace.subscribe, workspace.presence);
}

export function useCatalog(): CatalogSnapshot {
  const { catalog } = useSession();
  return useSyncExternalStore(catalog.subscribe, catalog.snapshot);
}

export function useUndoState(): { canUndo: boolean; canRedo: boolean } {
  const { undo } = useSession();
  const version = useSyncExternalStore(undo.subscribe, undo.snapshotVersion);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of `undo`.
  return useMemo(() => ({ canUndo: undo.canUndo(), canRedo: undo.canRedo() }), [undo, version]);
}

const docVersions = new WeakMap<Y.Doc, number>();

/**
 * Counts a document's updates from the first render that reads it, not from the subscription after
 * it: an update landing in between (a document opened during render and filled from IndexedDB at
 * once) would otherwise leave the screen on its empty first read — a projector tab showed "not found".
 */
function countUpdates(doc: Y.Doc): void {
  if (docVersions.has(doc)) return;
  docVersions.set(doc, 0);
  doc.on('update', () => docVersions.set(doc, (docVersions.get(doc) ?? 0) + 1));
}

/** A number that changes whenever the document does: the dependency for memoised reads of it. */
export function useDocVersion(doc: Y.Doc): number {
  countUpdates(doc);
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => docVersions.get(doc) ?? 0);
}

/**
 * The area as its document says, or — before the document has synced, or in an area nobody has set
 * up yet — as the preset the profile names: the app is usable from the first second.
 */
export function useArea(): Area {
  const { workspace, preset } = useSession();
  const doc = workspace.area.doc;
  const version = useDocVersion(doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of `doc`.
  return useMemo(() => {
    // An empty document is an area nobody has set up (or not synced yet), not a broken one.
    const area =
      doc.getMap('profile').size === 0
        ? null
        : readArea(doc, workspace.area.name, (problem) =>
            console.warn(`skipped invalid area data at ${problem.key}: ${problem.problem}`),
          );
    if (area !== null && area.members.length > 0) return area;
    return {
      id: preset.id,
      name: preset.name,
      created: null,
      members: preset.members.map((code, order) => {
        const regency = regencyByCode(code);
        return {
          code,
          name: regency?.name ?? code,
          displayName: regency ? displayName(regency) : code,
          order,
        };
      }),
      groups: preset.groups.map((group) => ({ id: group.id, name: group.name, members: [...group.members] })),
      pillars: [...preset.pillars],
      coordinators: [],
      commitments: [],
      fgds: [],
    };
  }, [doc, preset, workspace, version]);
}
