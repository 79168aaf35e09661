/**
 * Per room, two files under `<data>/rooms/`, named by a hash of the room name (a room name is never a
 * path): `<hash>.log`, the append-only update log, and `<hash>.snap`, the compacted state.
 * Appends are synchronous writes of one framed record — O(update), and on the OS's side of a
 * `kill -9` before the caller relays the update.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Logger } from '../logger.js';
import type { DocStore, LoadedDoc } from './doc-store.js';
import { encodeHeader, encodeRecord, LOG_MAGIC, parseFile, SNAPSHOT_MAGIC } from './log-format.js';
import type { RoomRegistry } from './room-registry.js';

interface OpenLog {
  fd: number;
  /** Current length of the log file in bytes. */
  size: number;
  /** Length of the header: a log of this size holds no updates. */
  headerSize: number;
}

export interface DiskDocStoreOptions {
  dataDir: string;
  registry: RoomRegistry;
  log: Logger;
  /** fsync every append (survives power loss, not only a killed process). */
  fsync?: boolean;
}

export function roomFileStem(room: string): string {
  return createHash('sha256').update(room, 'utf8').digest('hex').slice(0, 40);
}

export class DiskDocStore implements DocStore {
  readonly #roomsDir: string;
  readonly #registry: RoomRegistry;
  readonly #log: Logger;
  readonly #fsync: boolean;
  readonly #open = new Map<string, OpenLog>();
  /** Rooms whose compaction is running, so unload can wait for it. */
  readonly #compacting = new Map<string, Promise<void>>();

  constructor(options: DiskDocStoreOptions) {
    this.#roomsDir = path.join(options.dataDir, 'rooms');
    this.#registry = options.registry;
    this.#log = options.log;
    this.#fsync = options.fsync ?? false;
    fs.mkdirSync(this.#roomsDir, { recursive: true });
  }

  #paths(room: string): { log: string; snapshot: string } {
    const stem = path.join(this.#roomsDir, roomFileStem(room));
    return { log: `${stem}.log`, snapshot: `${stem}.snap` };
  }

  async load(room: string): Promise<LoadedDoc> {
    const paths = this.#paths(room);
    const problems: string[] = [];
    const updates: Uint8Array[] = [];

    const snapshotBytes = await readIfExists(paths.snapshot);
    if (snapshotBytes) {
      const parsed = parseFile(snapshotBytes, SNAPSHOT_MAGIC);
      const state = parsed.records[0];
      if (parsed.damage !== null || parsed.roomName !== room || state === undefined) {
        const aside = await setAside(paths.snapshot);
        problems.push(
          `snapshot unreadable (${parsed.damage ?? 'wrong room'}), moved to ${path.basename(aside)}`,
        );
      } else {
        updates.push(state);
      }
    }

    const logBytes = await readIfExists(paths.log);
    if (logBytes) {
      const parsed = parseFile(logBytes, LOG_MAGIC);
      if (parsed.roomName !== room) {
        const aside = await setAside(paths.log);
        problems.push(
          `update log header unreadable (${parsed.damage ?? 'wrong room'}), moved to ${path.basename(aside)}`,
        );
      } else {
        updates.push(...parsed.records);
        if (parsed.damage !== null) {
          // Cut the damaged tail so that appends continue after the last good record.
          await fsp.truncate(paths.log, parsed.validEnd);
          problems.push(`update log: ${parsed.damage}; cut off after ${parsed.records.length} good records`);
        }
      }
    }
    for (const problem of problems) this.#log.warn(`room ${room}: ${problem}`);
    return { updates, problems };
  }

  /**
   * Reads the log BEFORE the snapshot. Should a compaction run meanwhile (a room loaded after the
   * caller checked), it renames the new snapshot into place before it shortens the log: a log read
   * first is then covered by the snapshot read after it, whichever files each read saw, and no
   * record can fall between an older snapshot and a shortened log. A record being appended while the
   * log is read shows as a torn tail, and so as null.
   */
  async peek(room: string): Promise<Uint8Array[] | null> {
    const paths = this.#paths(room);
    const logBytes = await readIfExists(paths.log);
    const snapshotBytes = await readIfExists(paths.snapshot);
    const updates: Uint8Array[] = [];
    if (snapshotBytes) {
      const parsed = parseFile(snapshotBytes, SNAPSHOT_MAGIC);
      const state = parsed.records[0];
      if (parsed.damage !== null || parsed.roomName !== room || state === undefined) return null;
      updates.push(state);
    }
    if (logBytes) {
      const parsed = parseFile(logBytes, LOG_MAGIC);
      if (parsed.damage !== null || parsed.roomName !== room) return null;
      updates.push(...parsed.records);
    }
    return updates;
  }

  append(room: string, update: Uint8Array): void {
    const open = this.#open.get(room) ?? this.#openLog(room);
    const record = encodeRecord(update);
    writeAll(open.fd, record);
    if (this.#fsync) fs.fdatasyncSync(open.fd);
    open.size += record.length;
  }

  #openLog(room: string): OpenLog {
    const { log } = this.#paths(room);
    const header = encodeHeader(LOG_MAGIC, room);
    let size = fileSize(log);
    const fd = fs.openSync(log, 'a');
    if (size === 0) {
      writeAll(fd, header);
      size = header.length;
      this.#registry.add(room, roomFileStem(room));
    }
    const open = { fd, size, headerSize: header.length };
    this.#open.set(room, open);
    return open;
  }

  logBytes(room: string): number {
    const open = this.#open.get(room);
    if (open) return open.size - open.headerSize;
    const size = fileSize(this.#paths(room).log);
    return size === 0 ? 0 : Math.max(0, size - encodeHeader(LOG_MAGIC, room).length);
  }

  compact(room: string, state: Uint8Array): Promise<void> {
    const running = this.#compacting.get(room);
    if (running) return running;
    const work = this.#compact(room, state).finally(() => this.#compacting.delete(room));
    this.#compacting.set(room, work);
    return work;
  }

  async #compact(room: string, state: Uint8Array): Promise<void> {
    const paths = this.#paths(room);
    // Everything up to `cutoff` is contained in `state`; what is appended while the snapshot is
    // being written stays in the log.
    const cutoff = this.#open.get(room)?.size ?? fileSize(paths.log);

    const tmp = `${paths.snapshot}.tmp`;
    const handle = await fsp.open(tmp, 'w');
    try {
      await handle.writeFile(Buffer.concat([encodeHeader(SNAPSHOT_MAGIC, room), encodeRecord(state)]));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await fsp.rename(tmp, paths.snapshot);
    this.#registry.add(room, roomFileStem(room));

    // From here on synchronous: no append may land between reading the tail and swapping the file.
    // A crash before the swap leaves the old log beside the new snapshot; replaying records the
    // snapshot already holds is a no-op for Yjs, so nothing is lost either way.
    const header = encodeHeader(LOG_MAGIC, room);
    const currentSize = fileSize(paths.log);
    const tail = currentSize > cutoff ? readRange(paths.log, cutoff, currentSize) : Buffer.alloc(0);
    const logTmp = `${paths.log}.tmp`;
    fs.writeFileSync(logTmp, Buffer.concat([header, tail]));
    const previous = this.#open.get(room);
    fs.renameSync(logTmp, paths.log);
    if (previous) {
      fs.closeSync(previous.fd);
      this.#open.set(room, {
        fd: fs.openSync(paths.log, 'a'),
        size: header.length + tail.length,
        headerSize: header.length,
      });
    }
  }

  async release(room: string): Promise<void> {
    await this.#compacting.get(room);
    const open = this.#open.get(room);
    if (!open) return;
    this.#open.delete(room);
    fs.fsyncSync(open.fd);
    fs.closeSync(open.fd);
  }

  rooms(): string[] {
    return this.#registry.names();
  }

  async close(): Promise<void> {
    for (const room of [...this.#open.keys()]) await this.release(room);
    await Promise.all(this.#compacting.values());
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (error) {
    if (isNotFound(error)) return 0;
    throw error;
  }
}

function readRange(file: string, start: number, end: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const out = Buffer.alloc(end - start);
    let read = 0;
    while (read < out.length) {
      const n = fs.readSync(fd, out, read, out.length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    return out.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(file);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function setAside(file: string): Promise<string> {
  const aside = `${file}.corrupt-${Date.now()}`;
  await fsp.rename(file, aside);
  return aside;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
