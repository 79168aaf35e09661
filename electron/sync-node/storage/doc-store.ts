/** Where a node keeps its documents: on disk in production, in memory for tests of room logic. */
export interface LoadedDoc {
  /** Snapshot first (if any), then logged updates in the order they were appended. */
  updates: Uint8Array[];
  /** Damage found and repaired while loading (torn tail cut off, corrupt snapshot set aside). */
  problems: string[];
}

export interface DocStore {
  /** Reads a room's stored updates. Must complete before the first `append` to that room. */
  load(room: string): Promise<LoadedDoc>;
  /**
   * The room's stored updates as `load` would give them, read without repairing, logging or opening
   * anything (a room nobody holds in memory, answered without building its document). Null when
   * anything looks damaged: the caller then `load`s the room, which repairs and reports.
   */
  peek(room: string): Promise<Uint8Array[] | null>;
  /**
   * Stores one update. Returns only once the bytes are handed to the OS (or fsynced when the store
   * is configured to), so a caller may relay the update right after. Throws on I/O failure.
   */
  append(room: string, update: Uint8Array): void;
  /** Bytes appended to the room's log since its last compaction. */
  logBytes(room: string): number;
  /** Replaces the room's snapshot by `state` and drops the log records that `state` covers. */
  compact(room: string, state: Uint8Array): Promise<void>;
  /** Closes what the store holds open for a room (the room is being unloaded). */
  release(room: string): Promise<void>;
  /** Every room the store holds data for. */
  rooms(): string[];
  close(): Promise<void>;
}

export class MemoryDocStore implements DocStore {
  readonly #snapshots = new Map<string, Uint8Array>();
  readonly #logs = new Map<string, Uint8Array[]>();

  async load(room: string): Promise<LoadedDoc> {
    const snapshot = this.#snapshots.get(room);
    const log = this.#logs.get(room) ?? [];
    return { updates: snapshot ? [snapshot, ...log] : [...log], problems: [] };
  }

  async peek(room: string): Promise<Uint8Array[]> {
    return (await this.load(room)).updates;
  }

  append(room: string, update: Uint8Array): void {
    const log = this.#logs.get(room) ?? [];
    log.push(update.slice());
    this.#logs.set(room, log);
  }

  logBytes(room: string): number {
    return (this.#logs.get(room) ?? []).reduce((sum, update) => sum + update.length, 0);
  }

  async compact(room: string, state: Uint8Array): Promise<void> {
    this.#snapshots.set(room, state.slice());
    this.#logs.set(room, []);
  }

  async release(): Promise<void> {
    // Nothing is held open in memory.
  }

  rooms(): string[] {
    return [...new Set([...this.#snapshots.keys(), ...this.#logs.keys()])];
  }

  async close(): Promise<void> {
    // Nothing is held open in memory.
  }
}
