/**
 * `POST /snapshot`: a browser's first visit fetches every document of its area in one request instead
 * of one socket each (shared by the node's route and the web client).
 *
 * Request: JSON `{ "rooms": [name, …] }` (1–600 valid room names, at most 64 KiB), the token as
 * `Authorization: Bearer`. Response (`application/octet-stream`), all integers unsigned big-endian:
 *
 * ```
 * magic  "RBSN" (4 bytes) · version u8 (= 1) · entry count u32
 * entry  kind u8 · name length u32 · name (ASCII: room names allow no other characters)
 *        kind 1 (document) only: update length u32 · update (Y.encodeStateAsUpdate of the room)
 * ```
 * Kind 2 is a room the token may not read, kind 3 a room the node could not load; both carry no
 * update, and the client syncs them over their socket as before.
 */
import { z } from 'zod';
import { checkRoomName, MAX_ROOM_NAME_LENGTH } from './room-name.js';

export const SNAPSHOT_PATH = '/snapshot';
export const MAX_SNAPSHOT_ROOMS = 600;
export const MAX_SNAPSHOT_REQUEST_BYTES = 64 * 1024;
export const SNAPSHOT_CONTENT_TYPE = 'application/octet-stream';

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

export interface Snapshot {
  /** Room name → the room's whole state as one Yjs update. */
  docs: Map<string, Uint8Array>;
  /** Rooms the token may not read. */
  refused: string[];
  /** Rooms the node could not load (e.g. a storage failure). */
  unavailable: string[];
}

const MAGIC = [0x52, 0x42, 0x53, 0x4e]; // "RBSN"
const VERSION = 1;
const HEADER_BYTES = MAGIC.length + 1 + 4;
const Kind = { document: 1, refused: 2, unavailable: 3 } as const;

export class SnapshotFormatError extends Error {}

export function encodeSnapshot(snapshot: Snapshot): Uint8Array {
  const entries: { kind: number; name: string; update: Uint8Array | null }[] = [
    ...[...snapshot.docs].map(([name, update]) => ({ kind: Kind.document, name, update })),
    ...snapshot.refused.map((name) => ({ kind: Kind.refused, name, update: null })),
    ...snapshot.unavailable.map((name) => ({ kind: Kind.unavailable, name, update: null })),
  ];
  let size = HEADER_BYTES;
  for (const entry of entries) {
    const check = checkRoomName(entry.name);
    if (!check.ok) throw new SnapshotFormatError(`cannot encode room: ${check.error}`);
    size += 1 + 4 + entry.name.length + (entry.update === null ? 0 : 4 + entry.update.byteLength);
  }
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint8(MAGIC.length, VERSION);
  view.setUint32(MAGIC.length + 1, entries.length);
  let at = HEADER_BYTES;
  for (const entry of entries) {
    view.setUint8(at, entry.kind);
    view.setUint32(at + 1, entry.name.length);
    at += 5;
    // Checked above: room names are ASCII, one byte per character.
    for (let i = 0; i < entry.name.length; i++) bytes[at + i] = entry.name.charCodeAt(i);
    at += entry.name.length;
    if (entry.update !== null) {
      view.setUint32(at, entry.update.byteLength);
      bytes.set(entry.update, at + 4);
      at += 4 + entry.update.byteLength;
    }
  }
  return bytes;
}

/** Throws `SnapshotFormatError` on anything malformed; the updates are views into `bytes`, not copies. */
export function decodeSnapshot(bytes: Uint8Array): Snapshot {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const need = (count: number, what: string) => {
    if (count > bytes.byteLength - at) throw new SnapshotFormatError(`snapshot ends inside ${what}`);
  };
  need(HEADER_BYTES, 'the header');
  if (MAGIC.some((byte, i) => bytes[i] !== byte)) throw new SnapshotFormatError('not a snapshot');
  const version = view.getUint8(MAGIC.length);
  if (version !== VERSION) throw new SnapshotFormatError(`unknown snapshot version ${version}`);
  const count = view.getUint32(MAGIC.length + 1);
  if (count > MAX_SNAPSHOT_ROOMS) throw new SnapshotFormatError(`${count} rooms in one snapshot`);
  at = HEADER_BYTES;
  const snapshot: Snapshot = { docs: new Map(), refused: [], unavailable: [] };
  const seen = new Set<string>();
  for (let index = 0; index < count; index++) {
    need(5, `entry ${index}`);
    const kind = view.getUint8(at);
    const nameLength = view.getUint32(at + 1);
    at += 5;
    if (nameLength > MAX_ROOM_NAME_LENGTH) throw new SnapshotFormatError(`entry ${index}: name too long`);
    need(nameLength, `the name of entry ${index}`);
    const name = String.fromCharCode(...bytes.subarray(at, at + nameLength));
    at += nameLength;
    const check = checkRoomName(name);
    if (!check.ok) throw new SnapshotFormatError(`entry ${index}: ${check.error}`);
    if (seen.has(name)) throw new SnapshotFormatError(`room ${name} twice in one snapshot`);
    seen.add(name);
    if (kind === Kind.document) {
      need(4, `the update length of ${name}`);
      const updateLength = view.getUint32(at);
      at += 4;
      need(updateLength, `the update of ${name}`);
      snapshot.docs.set(name, bytes.subarray(at, at + updateLength));
      at += updateLength;
    } else if (kind === Kind.refused) {
      snapshot.refused.push(name);
    } else if (kind === Kind.unavailable) {
      snapshot.unavailable.push(name);
    } else {
      throw new SnapshotFormatError(`entry ${index}: unknown kind ${kind}`);
    }
  }
  if (at !== bytes.byteLength) throw new SnapshotFormatError('bytes left after the last entry');
  return snapshot;
}
