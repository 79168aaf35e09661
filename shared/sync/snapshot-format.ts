/**
 * `POST /snapshot`: a browser's first visit fetches every document of its area in one request instead
 * of one socket each (shared by the node's route and the web client). The answer is streamed room by
 * room, so the browser applies the first rooms while the node still reads the last ones.
 *
 * Request: JSON `{ "rooms": [name, …] }` (1–600 valid room names, at most 64 KiB), the token as
 * `Authorization: Bearer`. Response (`application/octet-stream`), all integers unsigned big-endian:
 *
 * ```
 * magic  "RBSN" (4 bytes) · version u8 (= 2) · entry count u32
 * entry  kind u8 · name length u32 · name (ASCII: room names allow no other characters)
 *        kind 1 (document) only: update count u32 · (update length u32 · update) × count
 * ```
 * A document's updates together are the room's whole state (its stored snapshot and the log written
 * since, or one encoding of the loaded room): applied in any order they give the same document.
 * Kind 2 is a room the token may not read, kind 3 a room the node could not load; both carry no
 * update, and the client syncs them over their socket as before. Every room asked for gets exactly one
 * entry, in whatever order the node finished them.
 */
import { z } from 'zod';
import { checkRoomName, MAX_ROOM_NAME_LENGTH } from './room-name.js';

export const SNAPSHOT_PATH = '/snapshot';
export const MAX_SNAPSHOT_ROOMS = 600;
export const MAX_SNAPSHOT_REQUEST_BYTES = 64 * 1024;
export const SNAPSHOT_CONTENT_TYPE = 'application/octet-stream';
/** More records than a room's log can hold between two compactions; beyond it the stream is broken. */
const MAX_UPDATES_PER_ROOM = 1_000_000;

export const SnapshotRequest = z.object({
  rooms: z
    .array(
      z.string().superRefine((name, ctx) => {
        const check = checkRoomName(name);
        if (!check.ok) ctx.addIssue({ code: 'custom', message: check.error });
      }),
    )
    .min(1)
    .max(MAX_SNAPSHOT_ROOMS),
});
export type SnapshotRequest = z.infer<typeof SnapshotRequest>;

export type SnapshotEntry =
  | { kind: 'document'; name: string; updates: readonly Uint8Array[] }
  /** The token may not read this room. */
  | { kind: 'refused'; name: string }
  /** The node could not load this room (e.g. a storage failure). */
  | { kind: 'unavailable'; name: string };

const MAGIC = [0x52, 0x42, 0x53, 0x4e]; // "RBSN"
const VERSION = 2;
const HEADER_BYTES = MAGIC.length + 1 + 4;
const KIND_CODE = { document: 1, refused: 2, unavailable: 3 } as const;

export class SnapshotFormatError extends Error {}

export function encodeSnapshotHeader(count: number): Uint8Array {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SNAPSHOT_ROOMS) {
    throw new SnapshotFormatError(`cannot encode a snapshot of ${count} rooms`);
  }
  const bytes = new Uint8Array(HEADER_BYTES);
  bytes.set(MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint8(MAGIC.length, VERSION);
  view.setUint32(MAGIC.length + 1, count);
  return bytes;
}

export function encodeSnapshotEntry(entry: SnapshotEntry): Uint8Array {
  const check = checkRoomName(entry.name);
  if (!check.ok) throw new SnapshotFormatError(`cannot encode room: ${check.error}`);
  const updates = entry.kind === 'document' ? entry.updates : [];
  let size = 1 + 4 + entry.name.length;
  if (entry.kind === 'document') size += 4 + updates.reduce((sum, update) => sum + 4 + update.byteLength, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, KIND_CODE[entry.kind]);
  view.setUint32(1, entry.name.length);
  let at = 5;
  // Checked above: room names are ASCII, one byte per character.
  for (let i = 0; i < entry.name.length; i++) bytes[at + i] = entry.name.charCodeAt(i);
  at += entry.name.length;
  if (entry.kind === 'document') {
    view.setUint32(at, updates.length);
    at += 4;
    for (const update of updates) {
      view.setUint32(at, update.byteLength);
      bytes.set(update, at + 4);
      at += 4 + update.byteLength;
    }
  }
  return bytes;
}

/** The whole answer at once (tests, and nodes answering from memory). */
export function encodeSnapshot(entries: readonly SnapshotEntry[]): Uint8Array {
  const parts = [encodeSnapshotHeader(entries.length), ...entries.map(encodeSnapshotEntry)];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

/**
 * Decodes an answer as its chunks arrive: `push` returns the entries completed by each chunk, `finish`
 * checks that nothing is missing. Throws `SnapshotFormatError` on anything malformed, as soon as it
 * can tell. Updates are views into the pushed chunks where an update lies within one chunk.
 */
export class SnapshotReader {
  private readonly chunks: Uint8Array[] = [];
  /** Read position in `chunks[0]`. */
  private offset = 0;
  private available = 0;
  /** Entries the header announced; null until the header is read. */
  private expected: number | null = null;
  private read = 0;
  private readonly seen = new Set<string>();
  /** The entry being read and how far (an entry may span many chunks). */
  private current: {
    kind: number;
    nameLength: number;
    name: string | null;
    updateCount: number | null;
    updates: Uint8Array[];
  } | null = null;

  push(chunk: Uint8Array): SnapshotEntry[] {
    if (chunk.byteLength > 0) {
      this.chunks.push(chunk);
      this.available += chunk.byteLength;
    }
    const done: SnapshotEntry[] = [];
    if (this.expected === null) {
      const header = this.take(HEADER_BYTES);
      if (header === null) return done;
      if (MAGIC.some((byte, i) => header[i] !== byte)) throw new SnapshotFormatError('not a snapshot');
      const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
      const version = view.getUint8(MAGIC.length);
      if (version !== VERSION) throw new SnapshotFormatError(`unknown snapshot version ${version}`);
      const count = view.getUint32(MAGIC.length + 1);
      if (count > MAX_SNAPSHOT_ROOMS) throw new SnapshotFormatError(`${count} rooms in one snapshot`);
      this.expected = count;
    }
    for (let entry = this.nextEntry(); entry !== null; entry = this.nextEntry()) done.push(entry);
    return done;
  }

  /** Throws when the answer ended before its last entry, or went on after it. */
  finish(): void {
    if (this.expected === null) throw new SnapshotFormatError('snapshot ends inside the header');
    if (this.read < this.expected) {
      throw new SnapshotFormatError(`snapshot ends after ${this.read} of ${this.expected} rooms`);
    }
    if (this.available > 0) throw new SnapshotFormatError('bytes left after the last entry');
  }

  private nextEntry(): SnapshotEntry | null {
    const expected = this.expected ?? 0;
    if (this.read >= expected) {
      if (this.available > 0) throw new SnapshotFormatError('bytes left after the last entry');
      return null;
    }
    const index = this.read;
    if (this.current === null) {
      const head = this.take(5);
      if (head === null) return null;
      const view = new DataView(head.buffer, head.byteOffset, 5);
      const nameLength = view.getUint32(1);
      if (nameLength > MAX_ROOM_NAME_LENGTH) throw new SnapshotFormatError(`entry ${index}: name too long`);
      this.current = { kind: view.getUint8(0), nameLength, name: null, updateCount: null, updates: [] };
    }
    const current = this.current;
    if (current.name === null) {
      const raw = this.take(current.nameLength);
      if (raw === null) return null;
      const name = String.fromCharCode(...raw);
      const check = checkRoomName(name);
      if (!check.ok) throw new SnapshotFormatError(`entry ${index}: ${check.error}`);
      if (this.seen.has(name)) throw new SnapshotFormatError(`room ${name} twice in one snapshot`);
      this.seen.add(name);
      current.name = name;
      if (current.kind === KIND_CODE.refused || current.kind === KIND_CODE.unavailable) {
        return this.complete({ kind: current.kind === KIND_CODE.refused ? 'refused' : 'unavailable', name });
      }
      if (current.kind !== KIND_CODE.document) {
        throw new SnapshotFormatError(`entry ${index}: unknown kind ${current.kind}`);
      }
    }
    const name = current.name;
    if (current.updateCount === null) {
      const count = this.take(4);
      if (count === null) return null;
      const updateCount = new DataView(count.buffer, count.byteOffset, 4).getUint32(0);
      if (updateCount > MAX_UPDATES_PER_ROOM) {
        throw new SnapshotFormatError(`room ${name}: ${updateCount} updates`);
      }
      current.updateCount = updateCount;
    }
    while (current.updates.length < current.updateCount) {
      if (this.available < 4) return null;
      const length = this.peekUint32();
      if (this.available < 4 + length) return null;
      this.take(4);
      current.updates.push(this.take(length) as Uint8Array);
    }
    return this.complete({ kind: 'document', name, updates: current.updates });
  }

  private complete(entry: SnapshotEntry): SnapshotEntry {
    this.current = null;
    this.read += 1;
    return entry;
  }

  private peekUint32(): number {
    const bytes = this.take(4, false) as Uint8Array;
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  }

  /** `count` bytes from the read position (consumed unless `consume` is false), or null if not there yet. */
  private take(count: number, consume = true): Uint8Array | null {
    if (count > this.available) return null;
    const first = this.chunks[0];
    if (first !== undefined && first.byteLength - this.offset >= count) {
      const view = first.subarray(this.offset, this.offset + count);
      if (consume) this.consume(count);
      return view;
    }
    const bytes = new Uint8Array(count);
    let filled = 0;
    let chunkIndex = 0;
    let offset = this.offset;
    while (filled < count) {
      const chunk = this.chunks[chunkIndex] as Uint8Array;
      const part = Math.min(count - filled, chunk.byteLength - offset);
      bytes.set(chunk.subarray(offset, offset + part), filled);
      filled += part;
      chunkIndex += 1;
      offset = 0;
    }
    if (consume) this.consume(count);
    return bytes;
  }

  private consume(count: number): void {
    this.available -= count;
    let left = count;
    while (left > 0) {
      const first = this.chunks[0] as Uint8Array;
      const rest = first.byteLength - this.offset;
      if (rest > left) {
        this.offset += left;
        return;
      }
      left -= rest;
      this.chunks.shift();
      this.offset = 0;
    }
  }
}

/** The whole answer at once; throws `SnapshotFormatError` on anything malformed. */
export function decodeSnapshot(bytes: Uint8Array): SnapshotEntry[] {
  const reader = new SnapshotReader();
  const entries = reader.push(bytes);
  reader.finish();
  return entries;
}
