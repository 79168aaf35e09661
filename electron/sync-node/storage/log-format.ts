/**
 * On-disk framing of a room's files.
 *
 * Both files start with a header that names the room, so the registry can be rebuilt from the files
 * alone. After the header come records: `u32le length | u32le crc32(payload) | payload`.
 * The update log holds one record per Yjs update, appended as they arrive; the snapshot holds one
 * record, the whole document state. A record whose length runs past the end of the file or whose
 * checksum does not match marks a torn or corrupt tail: everything from there on is discarded.
 */
import { crc32 } from 'node:zlib';

export const LOG_MAGIC = 'RMBLOG1\n';
export const SNAPSHOT_MAGIC = 'RMBSNP1\n';
const MAGIC_BYTES = 8;
const RECORD_HEADER_BYTES = 8;
/** A record longer than this is taken as a corrupt length field, not a real update. */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function encodeRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  record.writeUInt32LE(payload.length, 0);
  record.writeUInt32LE(crc32(payload), 4);
  record.set(payload, RECORD_HEADER_BYTES);
  return record;
}

export function encodeHeader(magic: string, roomName: string): Buffer {
  return Buffer.concat([Buffer.from(magic, 'latin1'), encodeRecord(Buffer.from(roomName, 'utf8'))]);
}

export interface ParsedFile {
  /** Room name from the header, or null when the header itself is unreadable. */
  roomName: string | null;
  records: Uint8Array[];
  /** Byte offset just past the last valid record: where appends continue. */
  validEnd: number;
  /** Why parsing stopped before the end of the file, if it did. */
  damage: string | null;
}

export function parseFile(bytes: Uint8Array, magic: string): ParsedFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC_BYTES || buf.toString('latin1', 0, MAGIC_BYTES) !== magic) {
    return { roomName: null, records: [], validEnd: 0, damage: 'missing or unknown file header' };
  }
  const header = readRecord(buf, MAGIC_BYTES);
  if (!header.ok) {
    return { roomName: null, records: [], validEnd: 0, damage: `room name header: ${header.error}` };
  }
  const roomName = Buffer.from(header.payload).toString('utf8');
  const records: Uint8Array[] = [];
  let offset = header.next;
  while (offset < buf.length) {
    const record = readRecord(buf, offset);
    if (!record.ok) {
      return {
        roomName,
        records,
        validEnd: offset,
        damage: `${record.error} at byte ${offset} (${buf.length - offset} bytes dropped)`,
      };
    }
    records.push(record.payload);
    offset = record.next;
  }
  return { roomName, records, validEnd: offset, damage: null };
}

type RecordRead = { ok: true; payload: Uint8Array; next: number } | { ok: false; error: string };

function readRecord(buf: Buffer, offset: number): RecordRead {
  if (offset + RECORD_HEADER_BYTES > buf.length) return { ok: false, error: 'torn record header' };
  const length = buf.readUInt32LE(offset);
  const checksum = buf.readUInt32LE(offset + 4);
  const start = offset + RECORD_HEADER_BYTES;
  if (length > MAX_RECORD_BYTES) return { ok: false, error: `implausible record length ${length}` };
  if (start + length > buf.length) return { ok: false, error: 'torn record' };
  const payload = buf.subarray(start, start + length);
  if (crc32(payload) !== checksum) return { ok: false, error: 'checksum mismatch' };
  return { ok: true, payload, next: start + length };
}
