/**
 * One Yjs document of the area, kept in sync with every endpoint (one y-websocket provider each) and,
 * in a browser, with an IndexedDB copy so a reload while offline still shows everything.
 *
 * A document may start detached: the area's first load then fills it from one snapshot of the node
 * (`seed`) before anything listens to its updates, and attaches the sockets and the IndexedDB copy
 * afterwards (`attach`). Yjs encodes every applied update again for its `update` listeners (the
 * providers and the IndexedDB copy), which cost a third of the catalog's first load.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  type ConnectionEvent,
  type ConnectionState,
  nextConnectionState,
} from '../../../shared/connection-state';
import type { ConnectQueue } from './connect-queue';
import type { Endpoint } from './endpoints';
import { PendingTracker } from './pending-tracker';

export interface DocLink {
  endpoint: Endpoint;
  provider: WebsocketProvider;
  tracker: PendingTracker;
  connection: ConnectionState;
}

export interface SyncedDocOptions {
  /** Keep an IndexedDB copy (browsers; the desktop app's own node is already on disk). */
  offlineCopy: boolean;
  /** One queue per endpoint (same order as the endpoints): connections open a few at a time. */
  queues: readonly ConnectQueue[];
  /** Wait for `attach()` before opening the sockets and the IndexedDB copy. */
  detached?: boolean;
}

/** The IndexedDB database that keeps this device's copy of a document. */
export const offlineCopyName = (docName: string): string => `rembug:${docName}`;

/** The origin of a snapshot's transaction: from the node, not a local edit; not undoable. */
export const SNAPSHOT_ORIGIN = Symbol('rembug:snapshot');

export class SyncedDoc {
  readonly doc = new Y.Doc();
  /** Empty until attached. */
  links: readonly DocLink[] = [];
  private persistence: IndexeddbPersistence | null = null;
  private attached = false;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  /** A node has sent its copy (at least once). */
  private fromNode = false;
  /** The IndexedDB copy has been read (empty or not). */
  private fromDisk = false;

  constructor(
    readonly name: string,
    private readonly endpoints: readonly Endpoint[],
    private readonly options: SyncedDocOptions,
  ) {
    if (!options.detached) this.attach();
  }

  /**
   * Applies the node's copy of the document (a snapshot's updates) before anything listens. Counts as
   * the node's copy for `loaded`; the sockets exchange whatever changed since once attached.
   */
  seed(updates: readonly Uint8Array[]): void {
    if (this.attached) throw new Error(`${this.name}: seeded after the sockets were attached`);
    const failed: unknown[] = [];
    this.doc.transact(() => {
      for (const update of updates) {
        // One bad record (the node's own load skips it too) must not cost the others.
        try {
          Y.applyUpdate(this.doc, update, SNAPSHOT_ORIGIN);
        } catch (error) {
          failed.push(error);
        }
      }
    }, SNAPSHOT_ORIGIN);
    if (failed.length > 0) {
      // Not the node's whole copy: not loaded until the socket has synced the document.
      throw new Error(`${this.name}: ${failed.length} of ${updates.length} updates could not be applied`, {
        cause: failed[0],
      });
    }
    this.fromNode = true;
    this.emit();
  }

  /**
   * Opens this device's IndexedDB copy (browsers only; once). Ahead of the sockets on a warm start: a
   * socket opened before the copy is read would ask the node for the whole document again.
   */
  openCopy(): void {
    if (this.persistence !== null || !this.options.offlineCopy) return;
    const persistence = new IndexeddbPersistence(offlineCopyName(this.name), this.doc);
    this.persistence = persistence;
    void persistence.whenSynced.then(() => {
      this.fromDisk = true;
      this.emit();
    });
  }

  /** Opens the IndexedDB copy (if not yet) and the sockets (once; a second call does nothing). */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.openCopy();
    this.links = this.endpoints.map((endpoint, index) => this.connect(endpoint, this.options.queues[index]));
    this.emit();
  }

  get isAttached(): boolean {
    return this.attached;
  }

  /** The node's copy has arrived and this device's IndexedDB copy holds it. */
  get copied(): boolean {
    return this.fromNode && this.fromDisk;
  }

  private connect(endpoint: Endpoint, queue: ConnectQueue | undefined): DocLink {
    const provider = new WebsocketProvider(endpoint.url, this.name, this.doc, {
      connect: queue === undefined,
      // BroadcastChannel would let two tabs sync behind the node's back (and its auth).
      disableBc: true,
      params: endpoint.token === '' ? {} : { token: endpoint.token },
    });
    const tracker = new PendingTracker(this.doc, provider);
    const link: DocLink = { endpoint, provider, tracker, connection: 'connecting' };
    const update = (event: ConnectionEvent) => {
      const next = nextConnectionState(link.connection, event);
      if (next === link.connection) return;
      link.connection = next;
      this.emit();
    };
    const onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) =>
      update({ type: 'status', status });
    const onLost = () => update({ type: 'connection-lost' });
    const onRefused = () => update({ type: 'refused' });
    const onSync = (synced: boolean) => {
      if (synced && !this.fromNode) {
        this.fromNode = true;
        this.emit();
      }
    };
    provider.on('status', onStatus);
    provider.on('connection-close', onLost);
    provider.on('connection-error', onLost);
    provider.on('closed', onRefused);
    provider.on('sync', onSync);
    const unsubscribe = tracker.subscribe(() => this.emit());
    queue?.add(provider);
    this.cleanups.push(() => {
      queue?.remove(provider);
      provider.off('status', onStatus);
      provider.off('connection-close', onLost);
      provider.off('connection-error', onLost);
      provider.off('closed', onRefused);
      provider.off('sync', onSync);
      unsubscribe();
    });
    return link;
  }

  /**
   * Whether the document shows what there is to show: a node's copy, or this device's copy when it
   * holds something or no node can be reached. An empty local copy on a first visit does not count:
   * "loaded" then would show an empty catalog for the second it takes the node to answer.
   */
  get loaded(): boolean {
    if (this.fromNode) return true;
    // Detached: only a seed or this device's copy (once read) can load it.
    if (!this.attached && this.persistence === null) return false;
    const localDone = this.fromDisk || this.persistence === null;
    if (!localDone) return false;
    const hasContent = this.doc.store.clients.size > 0;
    const noNode = this.links.every(
      (link) => link.connection === 'disconnected' || link.connection === 'refused',
    );
    return hasContent || noNode;
  }

  /** Sync state changes (connection, pending, loaded); document content changes come from `doc`. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
    for (const link of this.links) {
      link.provider.awareness.setLocalState(null);
      link.tracker.destroy();
      link.provider.destroy();
    }
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}
