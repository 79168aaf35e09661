/**
 * Whether a region's document holds what there is to know yet: a node has synced it, or it was read
 * from this device and no node is still being reached. Until then a missing innovation may simply not
 * have arrived, and "not found" would be said too early.
 */
import { useSyncExternalStore } from 'react';
import { useSession } from '../app/session';
import type { SyncedDoc } from '../sync/synced-doc';

function settled(doc: SyncedDoc | undefined): boolean {
  if (doc === undefined) return true;
  if (doc.links.some((link) => link.provider.synced)) return true;
  return doc.loaded && !doc.links.some((link) => link.connection === 'connecting');
}

export function useRegionSettled(regionCode: string): boolean {
  const { workspace } = useSession();
  return useSyncExternalStore(workspace.subscribe, () => settled(workspace.region(regionCode)));
}

/** Whether every one of these regions' documents has settled (a commitment's signatures live in all). */
export function useRegionsSettled(regionCodes: readonly string[]): boolean {
  const { workspace } = useSession();
  return useSyncExternalStore(workspace.subscribe, () =>
    regionCodes.every((code) => settled(workspace.region(code))),
  );
}
