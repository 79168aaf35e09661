/**
 * One document held in memory: its Y.Doc, its awareness, the peers connected to it, and the rule
 * that every update is stored before anyone else sees it.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CloseCode } from '../../shared/sync/protocol.js';
import { describeError, type Logger } from './logger.js';
import { awarenessMessage, updateMessage } from './messages.js';
import type { NodeMetrics } from './metrics.js';
import type { DocStore } from './storage/doc-store.js';

/** A connected client, as far as a room is concerned. */
export interface Peer {
  send(message: Uint8Array): void;
  /** Ends the connection with a close code from shared/sync/protocol. */
  disconnect(code: CloseCode): void;
  /** Awareness client ids this peer has announced, removed when it leaves. */
  readonly awarenessClients: Set<number>;
}

export interface RoomContext {
  store: DocStore;
  metrics: NodeMetrics;
  log: Logger;
  /** Log bytes after which a compaction is scheduled. */
  compactAfterBytes: number;
  /** Called when an update could not be stored: the room must be dropped and its peers resync later. */
  onStorageFailure(room: Room): void;
}

export class Room {
  readonly peers = new Set<Peer>();
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  #compactionScheduled = false;
  #failed = false;

  private constructor(
    readonly name: string,
    doc: Y.Doc,
    private readonly ctx: RoomContext,
  ) {
    this.doc = doc;
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The node itself is not a participant.
    this.awareness.setLocalState(null);
    doc.on('update', this.#onUpdate);
    this.awareness.on('update', this.#onAwarenessUpdate);
  }

  static async load(name: string, ctx: RoomContext): Promise<Room> {
    const loaded = await ctx.store.load(name);
    const doc = new Y.Doc({ gc: true });
    doc.transact(() => {
      for (const [index, update] of loaded.updates.entries()) {
        try {
          Y.applyUpdate(doc, update);
        } catch (error) {
          // A record with a valid checksum that Yjs rejects was written by a buggy node; skip it.
          ctx.log.error(`room ${name}: stored update #${index} rejected by Yjs: ${describeError(error)}`);
        }
      }
    });
    return new Room(name, doc, ctx);
  }

  get failed(): boolean {
    return this.#failed;
  }

  readonly #onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.#failed) return;
    try {
      this.ctx.store.append(this.name, update);
    } catch (error) {
      this.#failed = true;
      this.ctx.metrics.storageErrors += 1;
      this.ctx.log.error(
        `room ${this.name}: storing an update failed, dropping the room: ${describeError(error)}`,
      );
      this.ctx.onStorageFailure(this);
      return;
    }
    this.ctx.metrics.updatesStored += 1;
    const message = updateMessage(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
    this.#maybeScheduleCompaction();
  };

  readonly #onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    // Only a peer is ever passed as the origin of an awareness change (or null for removals).
    const from = this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
    if (from) {
      for (const id of [...added, ...updated]) from.awarenessClients.add(id);
      for (const id of removed) from.awarenessClients.delete(id);
    }
    // Echo to the sender too: a lone client relies on its own renewals coming back to know the
    // connection is alive (y-websocket closes a socket that stays silent for 30 s).
    const message = awarenessMessage(this.awareness, changed);
    for (const peer of this.peers) peer.send(message);
  };

  removePeer(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], null);
    }
  }

  #maybeScheduleCompaction(): void {
    if (this.#compactionScheduled || this.ctx.store.logBytes(this.name) < this.ctx.compactAfterBytes) return;
    this.#compactionScheduled = true;
    setImmediate(() => {
      this.#compactionScheduled = false;
      void this.compact();
    });
  }

  /** Writes the current state as the snapshot; safe to call at any time. */
  async compact(): Promise<void> {
    if (this.#failed || this.ctx.store.logBytes(this.name) === 0) return;
    try {
      await this.ctx.store.compact(this.name, Y.encodeStateAsUpdate(this.doc));
    } catch (error) {
      this.ctx.metrics.storageErrors += 1;
      this.ctx.log.error(
        `room ${this.name}: compaction failed (the log still holds everything): ${describeError(error)}`,
      );
    }
  }

  destroy(): void {
    this.doc.off('update', this.#onUpdate);
    this.awareness.off('update', this.#onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
