import { describe, expect, it } from 'vitest';
import {
  encodeHeader,
  encodeRecord,
  LOG_MAGIC,
  parseFile,
  SNAPSHOT_MAGIC,
} from '../../electron/sync-node/storage/log-format.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

function logOf(room: string, records: Uint8Array[]): Buffer {
  return Buffer.concat([encodeHeader(LOG_MAGIC, room), ...records.map((record) => encodeRecord(record))]);
}

describe('update log format', () => {
  it('reads back the room name and every record in order', () => {
    const records = [bytes(1, 2, 3), bytes(), bytes(...new Array(1000).fill(7))];
    const file = logOf('kspn-borobudur/region/33.10', records);
    const parsed = parseFile(file, LOG_MAGIC);
    expect(parsed.roomName).toBe('kspn-borobudur/region/33.10');
    expect(parsed.records.map((record) => [...record])).toEqual(records.map((record) => [...record]));
    expect(parsed.validEnd).toBe(file.length);
    expect(parsed.damage).toBeNull();
  });

  it('frames a record as length, crc32, payload', () => {
    const record = encodeRecord(bytes(9, 9));
    expect(record.length).toBe(10);
    expect(record.readUInt32LE(0)).toBe(2);
  });

  it('cuts a torn tail at the last complete record', () => {
    const full = logOf('a/b', [bytes(1), bytes(2, 2), bytes(3, 3, 3)]);
    for (let cut = 1; cut < encodeRecord(bytes(3, 3, 3)).length; cut++) {
      const parsed = parseFile(full.subarray(0, full.length - cut), LOG_MAGIC);
      expect(parsed.records).toHaveLength(2);
      expect(parsed.validEnd).toBe(full.length - encodeRecord(bytes(3, 3, 3)).length);
      expect(parsed.damage).toMatch(/torn/);
    }
  });

  it('stops at a record whose checksum does not match', () => {
    const full = logOf('a/b', [bytes(1), bytes(2, 2), bytes(3, 3, 3)]);
    const damaged = Buffer.from(full);
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 2) ^ 0xff, damaged.length - 2);
    const parsed = parseFile(damaged, LOG_MAGIC);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.damage).toMatch(/checksum mismatch/);
  });

  it('treats garbage appended after good records as damage, keeping the good ones', () => {
    const full = Buffer.concat([logOf('a/b', [bytes(1), bytes(2)]), Buffer.from('garbage!garbage!')]);
    const parsed = parseFile(full, LOG_MAGIC);
    expect(parsed.records).toHaveLength(2);
    expect(parsed.damage).not.toBeNull();
  });

  it('rejects a file of the other kind or without a header', () => {
    const snapshot = Buffer.concat([encodeHeader(SNAPSHOT_MAGIC, 'a/b'), encodeRecord(bytes(1))]);
    expect(parseFile(snapshot, LOG_MAGIC).roomName).toBeNull();
    expect(parseFile(bytes(), LOG_MAGIC).damage).toMatch(/header/);
  });

  it('refuses an implausibly long length field instead of allocating for it', () => {
    const header = encodeHeader(LOG_MAGIC, 'a/b');
    const bogus = Buffer.alloc(8);
    bogus.writeUInt32LE(0xffffffff, 0);
    const parsed = parseFile(Buffer.concat([header, bogus]), LOG_MAGIC);
    expect(parsed.damage).toMatch(/implausible record length/);
    expect(parsed.validEnd).toBe(header.length);
  });
});
