/**
 * Everything this window holds of one area: the area document and the documents of its member
 * regions, each synced with every endpoint; the sync status per endpoint; who is present.
 *
 * Plain TypeScript with subscribe/snapshot methods, so React reads it through useSyncExternalStore
 * and tests can drive it without React.
 */

import { z } from 'zod';
import type { ConnectionState } from '../../../shared/connection-state';
import { readArea } from '../../../shared/model/area';
import { commitmentDocName } from '../../../shared/model/commitment';
import { areaDocName, regionDocName } from '../../../shared/model/demo/generate';
import { fgdDocName } from '../../../shared/model/fgd';
import { type Author, Role } from '../../../shared/model/identity';
import type { AreaPreset } from '../../../shared/model/presets';
import { markAreaCopy } from './area-snapshot';
import { ConnectQueue } from './connect-queue';
import type { Endpoint } from './endpoints';
import { firstLoadFor } from './first-load';
import { SyncedDoc } from './synced-doc';

export interface EndpointStatus {
  endpoint: Endpoint;
  connection: ConnectionState;
  /** Changes this node has not confirmed, over all documents. */
  pending: number;
  /** When the node last confirmed the documents' contents; null before the first sync. */
  lastSyncedAt: Date | null;
  /** The node accepts none of our writes to at least one document. */
  readOnly: boolean;
}

export interface PresentPerson {
  clientId: number;
  name: string;
  region: string | null;
  role: Role;
  color: string;
  self: boolean;
}

const PresenceUser = z.object({
  name: z.string().min(1).max(120),
  region: z.string().max(10).nullable(),
  role: Role,
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});

/** Calm, distinguishable colours; a person's colour follows from their name so it is stable. */
const PRESENCE_COLORS = [
  '#2f7d68',
  '#1c6fa8',
  '#9a4f96',
  '#b4541a',
  '#53702a',
  '#a33a4d',
  '#3d5a99',
  '#7a5c12',
];

export function presenceColor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? '#2f7d68';
}

/** How long a warm start waits for this device's IndexedDB copy before the sockets open anyway. */
const COPY_WAIT_MS = 3000;

/** The order the members' documents open in: the person's own region first (what they came to edit). */
function memberOrder(preset: AreaPreset, region: string | null): string[] {
  const own = region !== null && preset.members.includes(region) ? [region] : [];
  return [...own, ...preset.members.filter((code) => code !== region)];
}

/** The catalog's documents in the order a workspace opens them: the area's, then its members'. */
export function catalogDocNames(preset: AreaPreset, region: string | null): string[] {
  return [
    areaDocName(preset.id),
    ...memberOrder(preset, region).map((code) => regionDocName(preset.id, code)),
  ];
}

export class AreaWorkspace {
  readonly area: SyncedDoc;
  readonly regions = new Map<string, SyncedDoc>();
  /** Commitment and FGD documents opened so far; opened when first asked for, then kept for the session. */
  private readonly onDemand = new Map<string, SyncedDoc>();
  private readonly listeners = new Set<() => void>();
  private statusCache: EndpointStatus[] | null = null;
  private presenceCache: PresentPerson[] | null = null;
  private emitScheduled = false;
  private readonly queues: ConnectQueue[];
  private destroyed = false;
  private copyNoted = false;

  /**
   * `firstLoad: 'snapshot'` fills the area's documents from one snapshot of the first endpoint before
   * their sockets open (in a browser only when it keeps no copy of the area yet); 'sockets' syncs each
   * document over its own socket from the start.
   */
  constructor(
    readonly preset: AreaPreset,
    private readonly endpoints: readonly Endpoint[],
    private readonly user: Author,
    private readonly offlineCopy: boolean,
    firstLoad: 'snapshot' | 'sockets' = 'sockets',
  ) {
    this.queues = endpoints.map(() => new ConnectQueue());
    const detached = firstLoad === 'snapshot' && endpoints.length > 0;
    this.area = this.open(areaDocName(preset.id), detached);
    for (const code of memberOrder(preset, user.region)) this.openRegion(code, detached);
    // Members the coordinators add later get their documents opened as soon as the area doc says so.
    this.area.doc.on('update', this.onAreaUpdate);
    if (detached) void this.loadFromSnapshot();
    else this.onAreaAttached();
  }

  private onAreaAttached(): void {
    const color = presenceColor(this.user.name);
    for (const link of this.area.links) {
      link.provider.awareness.on('change', this.onPresence);
      link.provider.awareness.setLocalStateField('user', { ...this.user, color });
    }
    // Presence read before the sockets existed (nobody) is out of date now.
    this.onPresence();
  }

  private attach(doc: SyncedDoc): void {
    if (this.destroyed || doc.isAttached) return;
    doc.attach();
    if (doc === this.area) this.onAreaAttached();
  }

  /**
   * Seeds the detached documents from the first endpoint's snapshot as its rooms arrive (a load the
   * page may have started before the session: `first-load.ts`), then opens their sockets and
   * IndexedDB copies once the catalog has painted. Whatever the snapshot lacks (a refused room, a
   * failed or stalled answer) is synced over its socket as usual.
   */
  private async loadFromSnapshot(): Promise<void> {
    const detached = new Map(this.catalogDocs().map((doc) => [doc.name, doc] as const));
    const attachAll = () => {
      for (const doc of detached.values()) this.attach(doc);
    };
    try {
      await this.fillDetached(detached, attachAll);
    } catch (error) {
      // Whatever failed here, no document may stay without its sockets.
      console.error('first load of the area failed; syncing every document over its socket', error);
      attachAll();
    }
  }

  private async fillDetached(detached: ReadonlyMap<string, SyncedDoc>, attachAll: () => void): Promise<void> {
    const endpoint = this.endpoints[0];
    if (endpoint === undefined) {
      attachAll();
      return;
    }
    const waiting = new Map(detached);
    const load = firstLoadFor(endpoint, [...waiting.keys()], this.offlineCopy);
    const result = await load.consume((entry) => {
      const doc = waiting.get(entry.name);
      if (doc === undefined || this.destroyed) return;
      waiting.delete(entry.name);
      if (entry.kind !== 'document') {
        // Its socket gets the node's decision and shows it.
        this.attach(doc);
        return;
      }
      try {
        doc.seed(entry.updates);
      } catch (error) {
        // A malformed update: the socket's sync brings the document instead.
        console.warn(`snapshot of ${entry.name} not applied`, error);
        this.attach(doc);
      }
    });
    if (result.kind === 'copy-kept') {
      // This device's copy first, the sockets after it is shown: they then exchange only what changed.
      for (const doc of detached.values()) doc.openCopy();
      await this.whenLoaded([...detached.values()], COPY_WAIT_MS);
      afterNextPaint(attachAll);
      return;
    }
    if (!result.outcome.ok) {
      console.warn(`area snapshot incomplete (${result.outcome.reason}); the rest syncs over sockets`);
    }
    for (const doc of waiting.values()) this.attach(doc);
    // The sockets' sync and the IndexedDB copy each read the whole document again: after the first paint.
    afterNextPaint(attachAll);
  }

  /** Resolves once every one of `docs` is loaded, or after `timeoutMs` (an IndexedDB that never answers). */
  private whenLoaded(docs: readonly SyncedDoc[], timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!this.destroyed && !docs.every((doc) => doc.loaded)) return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const timer = setTimeout(() => {
        console.warn(`this device's copy of the area not read within ${timeoutMs} ms; syncing with the node`);
        unsubscribe();
        resolve();
      }, timeoutMs);
      const unsubscribe = this.subscribe(check);
      check();
    });
  }

  get areaId(): string {
    return this.preset.id;
  }

  private open(name: string, detached = false): SyncedDoc {
    const doc = new SyncedDoc(name, this.endpoints, {
      offlineCopy: this.offlineCopy,
      queues: this.queues,
      detached,
    });
    doc.subscribe(this.onStatus);
    return doc;
  }

  private openRegion(code: string, detached = false): SyncedDoc {
    const existing = this.regions.get(code);
    if (existing) return existing;
    const doc = this.open(regionDocName(this.preset.id, code), detached);
    this.regions.set(code, doc);
    this.onStatus();
    return doc;
  }

  private readonly onAreaUpdate = (): void => {
    // Problems in the area document are reported where it is shown (useArea); here only members count.
    const area = readArea(this.area.doc, this.area.name, () => undefined);
    for (const member of area?.members ?? []) this.openRegion(member.code);
  };

  private readonly onStatus = (): void => {
    this.statusCache = null;
    this.noteOfflineCopy();
    this.scheduleEmit();
  };

  /** Once this browser holds the whole area, later visits load it from there (see first-load.ts). */
  private noteOfflineCopy(): void {
    if (!this.offlineCopy || this.copyNoted || !this.catalogDocs().every((doc) => doc.copied)) return;
    this.copyNoted = true;
    try {
      markAreaCopy(window.localStorage, this.area.name, new Date());
    } catch (error) {
      // Blocked site data: later visits fetch a snapshot again, which costs only the download.
      console.warn('could not note the offline copy of the area', error);
    }
  }

  private readonly onPresence = (): void => {
    this.presenceCache = null;
    this.scheduleEmit();
  };

  /** Many documents report at once (connect, reconnect): one render per frame is enough. */
  private scheduleEmit(): void {
    if (this.emitScheduled) return;
    this.emitScheduled = true;
    queueMicrotask(() => {
      this.emitScheduled = false;
      for (const listener of this.listeners) listener();
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  allDocs(): SyncedDoc[] {
    return [this.area, ...this.regions.values(), ...this.onDemand.values()];
  }

  /** The documents the catalog reads: the area's and its regions'. */
  private catalogDocs(): SyncedDoc[] {
    return [this.area, ...this.regions.values()];
  }

  /**
   * The document of one commitment. Few per area and only read on their own screens, so they are not
   * opened at start (the catalog's first paint waits for nothing of theirs).
   */
  commitment(id: string): SyncedDoc {
    return this.openOnDemand(commitmentDocName(this.preset.id, id));
  }

  /** The document of one FGD session; like a commitment, opened when its screen first asks for it. */
  fgd(id: string): SyncedDoc {
    return this.openOnDemand(fgdDocName(this.preset.id, id));
  }

  private openOnDemand(name: string): SyncedDoc {
    const existing = this.onDemand.get(name);
    if (existing) return existing;
    const doc = this.open(name);
    this.onDemand.set(name, doc);
    this.onStatus();
    return doc;
  }

  /** Region document of a member; undefined for a region outside the area. */
  region(code: string): SyncedDoc | undefined {
    return this.regions.get(code);
  }

  /** True once every document has content from IndexedDB or a node (the catalog can show "empty"). */
  loaded(): boolean {
    // The catalog's documents only: a commitment opened later must not make the catalog "loading" again.
    return this.catalogDocs().every((doc) => doc.loaded);
  }

  status = (): EndpointStatus[] => {
    this.statusCache ??= this.endpoints.map((endpoint, index) => statusOf(endpoint, index, this.allDocs()));
    return this.statusCache;
  };

  presence = (): PresentPerson[] => {
    if (this.presenceCache) return this.presenceCache;
    const people = new Map<number, PresentPerson>();
    for (const link of this.area.links) {
      const awareness = link.provider.awareness;
      for (const [clientId, state] of awareness.getStates()) {
        const user = PresenceUser.safeParse((state as { user?: unknown }).user);
        if (!user.success || people.has(clientId)) continue;
        people.set(clientId, { clientId, ...user.data, self: clientId === awareness.clientID });
      }
    }
    this.presenceCache = [...people.values()].sort(
      (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'id'),
    );
    return this.presenceCache;
  };

  destroy(): void {
    this.destroyed = true;
    this.area.doc.off('update', this.onAreaUpdate);
    for (const link of this.area.links) link.provider.awareness.off('change', this.onPresence);
    for (const doc of this.allDocs()) doc.destroy();
    this.listeners.clear();
  }
}

const CONNECTION_RANK: Record<ConnectionState, number> = {
  refused: 3,
  disconnected: 2,
  connecting: 1,
  connected: 0,
};

/**
 * Runs `then` after the next frame has painted (the frame that shows what was just rendered). A
 * hidden tab paints nothing and runs no animation frames: there it runs at once, and at the latest
 * after `fallbackMs` should the tab be hidden meanwhile.
 */
function afterNextPaint(then: () => void, fallbackMs = 1000): void {
  if (document.hidden) {
    setTimeout(then, 0);
    return;
  }
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    then();
  };
  const fallback = setTimeout(run, fallbackMs);
  requestAnimationFrame(() => setTimeout(run, 0));
}

function statusOf(endpoint: Endpoint, index: number, docs: readonly SyncedDoc[]): EndpointStatus {
  let connection: ConnectionState = 'connected';
  let pending = 0;
  let readOnly = false;
  let lastSyncedAt: Date | null = null;
  let neverSynced = false;
  for (const doc of docs) {
    const link = doc.links[index];
    if (!link) {
      // Not attached yet (still being filled from a snapshot): not synced with this endpoint.
      if (CONNECTION_RANK.connecting > CONNECTION_RANK[connection]) connection = 'connecting';
      neverSynced = true;
      continue;
    }
    // The endpoint is as connected as its least connected document.
    if (CONNECTION_RANK[link.connection] > CONNECTION_RANK[connection]) connection = link.connection;
    const state = link.tracker.state();
    pending += state.pending;
    readOnly ||= state.readOnly;
    if (state.confirmedAt === null) neverSynced = true;
    else if (lastSyncedAt === null || state.confirmedAt > lastSyncedAt) lastSyncedAt = state.confirmedAt;
  }
  return { endpoint, connection, pending, readOnly, lastSyncedAt: neverSynced ? null : lastSyncedAt };
}
