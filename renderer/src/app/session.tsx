/**
 * The running session: who the person is (profile), the host, the area's documents, the live
 * catalog, the command context every change is made with, and undo/redo of those changes.
 * Built once per profile; changing the profile (settings) builds a new one.
 */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { RembugHost } from '../../../shared/host';
import type { CommandContext } from '../../../shared/model/identity';
import type { AreaPreset } from '../../../shared/model/presets';
import { CatalogStore } from '../data/catalog-store';
import { areaPreset, loadProfile, type Profile } from '../data/profile';
import { AreaWorkspace, catalogDocNames } from '../sync/area-workspace';
import { endpointsFor } from '../sync/endpoints';
import { startFirstLoadEarly } from '../sync/first-load';
import { CrossDocUndo } from '../sync/undo';

export interface Session {
  host: RembugHost;
  profile: Profile;
  preset: AreaPreset;
  workspace: AreaWorkspace;
  catalog: CatalogStore;
  /** The origin of every transaction this window makes: undo tracks exactly these. */
  ctx: CommandContext;
  undo: CrossDocUndo;
  /** Replaces the profile (settings, "change region"); the session is rebuilt. */
  updateProfile: (profile: Profile) => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** Region documents hold what undo should cover; the area document is the coordinators'. */
const UNDOABLE_REGION_TYPES = [
  'innovations',
  'replicationPlans',
  'replicationSupport',
  'replicationComments',
] as const;

/**
 * Asks the node for the area's documents as soon as the page's script runs, for the session that the
 * first render opens (the same rooms from the same node: see first-load.ts). Nothing without a profile.
 */
export function startAreaLoad(host: RembugHost): void {
  const profile = loadProfile();
  const preset = profile === null ? undefined : areaPreset(profile.area);
  if (profile === null || preset === undefined) return;
  const [primary] = endpointsFor(host, profile);
  if (primary === undefined) return;
  startFirstLoadEarly(primary, catalogDocNames(preset, profile.region), host.kind === 'browser');
}

function openSession(host: RembugHost, profile: Profile, updateProfile: (profile: Profile) => void): Session {
  const preset = areaPreset(profile.area);
  if (!preset) throw new Error(`profile names an unknown area ${JSON.stringify(profile.area)}`);
  const author = { name: profile.name, region: profile.region, role: profile.role };
  // A browser keeps an IndexedDB copy (and needs a snapshot only without one); the desktop app reads
  // its own node, which has the area on disk: one snapshot beats 26 sockets there too.
  const workspace = new AreaWorkspace(
    preset,
    endpointsFor(host, profile),
    author,
    host.kind === 'browser',
    'snapshot',
  );
  const ctx: CommandContext = { author, now: () => new Date() };
  const undo = new CrossDocUndo(ctx);
  const trackRegions = () => {
    for (const synced of workspace.regions.values())
      undo.track(synced.name, synced.doc, UNDOABLE_REGION_TYPES);
  };
  trackRegions();
  workspace.subscribe(trackRegions);
  const catalog = new CatalogStore(workspace);
  return { host, profile, preset, workspace, catalog, ctx, undo, updateProfile };
}

export function SessionProvider({
  host,
  profile,
  onProfileChange,
  children,
}: {
  host: RembugHost;
  profile: Profile;
  onProfileChange: (profile: Profile) => void;
  children: ReactNode;
}) {
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const opened = openSession(host, profile, onProfileChange);
    setSession(opened);
    return () => {
      opened.catalog.destroy();
      opened.undo.destroy();
      opened.workspace.destroy();
    };
  }, [host, profile, onProfileChange]);
  if (session === null) return null;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
