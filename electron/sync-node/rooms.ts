/**
 * The rooms a node holds in memory: loaded on first use (once, however many clients arrive while it
 * loads), unloaded when nobody has used them for a while and their last write is on disk.
 */
import { CloseCode } from '../../shared/sync/protocol.js';
import { describeError, type Logger } from './logger.js';
import type { NodeMetrics } from './metrics.js';
import { Room, type RoomContext } from './room.js';
import type { DocStore } from './storage/doc-store.js';

export interface RoomsOptions {
  store: DocStore;
  metrics: NodeMetrics;
  log: Logger;
  /** How long a room without peers or pins stays in memory. */
  idleUnloadMs: number;
  compactAfterBytes: number;
  /** Called after a room is loaded (e.g. to link it upstream). */
  onLoaded?(room: Room): void;
  /** Called before a room is unloaded or dropped. */
  onUnloading?(room: Room): void;
}

export class Rooms {
  readonly #loaded = new Map<string, Room>();
  readonly #loading = new Map<string, Promise<Room>>();
  readonly #unloading = new Map<string, Promise<void>>();
  readonly #idleTimers = new Map<string, NodeJS.Timeout>();
  readonly #pins = new Map<string, number>();
  readonly #ctx: RoomContext;

  constructor(private readonly options: RoomsOptions) {
    this.#ctx = {
      store: options.store,
      metrics: options.metrics,
      log: options.log,
      compactAfterBytes: options.compactAfterBytes,
      onStorageFailure: (room) => this.#drop(room),
    };
  }

  get size(): number {
    return this.#loaded.size;
  }

  loaded(): Room[] {
    return [...this.#loaded.values()];
  }

  /** The room, loaded from disk first if needed. Concurrent callers share one load. */
  get(name: string): Promise<Room> {
    this.#cancelIdle(name);
    const room = this.#loaded.get(name);
    if (room) return Promise.resolve(room);
    const loading = this.#loading.get(name);
    if (loading) return loading;
    const load = (async () => {
      // A room that is being unloaded is reloaded only once its files are closed.
      await this.#unloading.get(name);
      const room = await Room.load(name, this.#ctx);
      this.#loaded.set(name, room);
      this.#countLoaded();
      this.options.onLoaded?.(room);
      return room;
    })().finally(() => this.#loading.delete(name));
    this.#loading.set(name, load);
    return load;
  }

  /**
   * A room that is neither loaded, loading nor unloading, read straight from its files without
   * building its document (see `DocStore.peek`). Null when the room is in memory or its files look
   * damaged: `get` it instead. Nothing is kept: the room stays unloaded.
   */
  async peekStored(name: string): Promise<Uint8Array[] | null> {
    if (this.#loaded.has(name) || this.#loading.has(name) || this.#unloading.has(name)) return null;
    return this.options.store.peek(name);
  }

  /** Keeps a room in memory regardless of peers (the upstream link holds its rooms this way). */
  pin(name: string): void {
    this.#pins.set(name, (this.#pins.get(name) ?? 0) + 1);
    this.#cancelIdle(name);
  }

  unpin(name: string): void {
    const pins = (this.#pins.get(name) ?? 0) - 1;
    if (pins > 0) this.#pins.set(name, pins);
    else this.#pins.delete(name);
    this.releaseIfIdle(name);
  }

  /** Schedules the unload of a room that has no peers and no pins left. */
  releaseIfIdle(name: string): void {
    const room = this.#loaded.get(name);
    if (!room || room.peers.size > 0 || this.#pins.has(name) || this.#idleTimers.has(name)) return;
    const timer = setTimeout(() => {
      this.#idleTimers.delete(name);
      void this.#unload(room);
    }, this.options.idleUnloadMs);
    timer.unref();
    this.#idleTimers.set(name, timer);
  }

  #cancelIdle(name: string): void {
    const timer = this.#idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.#idleTimers.delete(name);
  }

  #unload(room: Room): Promise<void> {
    if (this.#loaded.get(room.name) !== room) return this.#unloading.get(room.name) ?? Promise.resolve();
    this.#loaded.delete(room.name);
    this.options.onUnloading?.(room);
    const unload = (async () => {
      await room.compact();
      await this.options.store.release(room.name);
      room.destroy();
    })()
      .catch((error: unknown) =>
        this.options.log.error(`room ${room.name}: unload failed: ${describeError(error)}`),
      )
      .finally(() => {
        this.#unloading.delete(room.name);
        this.#countLoaded();
      });
    this.#unloading.set(room.name, unload);
    return unload;
  }

  /** A room counts as loaded until its unload has written everything and freed it. */
  #countLoaded(): void {
    this.options.metrics.roomsLoaded = this.#loaded.size + this.#unloading.size;
  }

  /** A room whose storage failed: its peers are disconnected and will resend their edits on reconnect. */
  #drop(room: Room): void {
    this.#cancelIdle(room.name);
    for (const peer of room.peers) peer.disconnect(CloseCode.roomUnavailable);
    void this.#unload(room);
  }

  async closeAll(): Promise<void> {
    for (const timer of this.#idleTimers.values()) clearTimeout(timer);
    this.#idleTimers.clear();
    await Promise.allSettled(this.#loading.values());
    await Promise.all(this.loaded().map((room) => this.#unload(room)));
    await Promise.all(this.#unloading.values());
  }
}
