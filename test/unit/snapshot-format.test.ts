import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeSnapshot,
  encodeSnapshot,
  MAX_SNAPSHOT_ROOMS,
  type Snapshot,
  SnapshotFormatError,
  SnapshotRequest,
} from '../../shared/sync/snapshot-format';

const AREA = 'kspn-borobudur/area';
const KLATEN = 'kspn-borobudur/region/33.10';
const MAGELANG = 'kspn-borobudur/region/33.08';

function docWith(entries: Record<string, string>): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap('innovations');
  for (const [key, value] of Object.entries(entries)) map.set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

function sample(): Snapshot {
  return {
    docs: new Map([
      [AREA, docWith({ name: 'KSPN Borobudur' })],
      [KLATEN, docWith({ 'inv-1': 'Posyandu digital', 'inv-2': 'Bank sampah' })],
    ]),
    refused: [MAGELANG],
    unavailable: ['kspn-borobudur/region/33.71'],
  };
}

/** Bytes of a header claiming `count` entries, then `rest`. */
function withHeader(count: number, rest: number[]): Uint8Array {
  const bytes = new Uint8Array(9 + rest.length);
  bytes.set([0x52, 0x42, 0x53, 0x4e, 1], 0);
  new DataView(bytes.buffer).setUint32(5, count);
  bytes.set(rest, 9);
  return bytes;
}

const u32 = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe('snapshot format', () => {
  it('round-trips documents, refused and unavailable rooms, and the documents read back', () => {
    const decoded = decodeSnapshot(encodeSnapshot(sample()));
    expect([...decoded.docs.keys()]).toEqual([AREA, KLATEN]);
    expect(decoded.refused).toEqual([MAGELANG]);
    expect(decoded.unavailable).toEqual(['kspn-borobudur/region/33.71']);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoded.docs.get(KLATEN) ?? new Uint8Array());
    expect(doc.getMap('innovations').toJSON()).toEqual({
      'inv-1': 'Posyandu digital',
      'inv-2': 'Bank sampah',
    });
  });

  it('round-trips an empty snapshot and an empty document', () => {
    expect(decodeSnapshot(encodeSnapshot({ docs: new Map(), refused: [], unavailable: [] })).docs.size).toBe(
      0,
    );
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    const decoded = decodeSnapshot(
      encodeSnapshot({ docs: new Map([[AREA, empty]]), refused: [], unavailable: [] }),
    );
    expect(decoded.docs.get(AREA)).toEqual(empty);
  });

  it('decodes from a view into a larger buffer (as a fetched body may be)', () => {
    const encoded = encodeSnapshot(sample());
    const padded = new Uint8Array(encoded.byteLength + 20);
    padded.set(encoded, 10);
    expect(decodeSnapshot(padded.subarray(10, 10 + encoded.byteLength)).docs.size).toBe(2);
  });

  it('refuses to encode an invalid room name', () => {
    const bad: Snapshot = { docs: new Map([['../etc', new Uint8Array()]]), refused: [], unavailable: [] };
    expect(() => encodeSnapshot(bad)).toThrow(SnapshotFormatError);
  });

  it('reports every truncation as a format error', () => {
    const encoded = encodeSnapshot(sample());
    for (let length = 0; length < encoded.byteLength; length++) {
      expect(() => decodeSnapshot(encoded.subarray(0, length)), `cut at ${length}`).toThrow(
        SnapshotFormatError,
      );
    }
  });

  it.each([
    ['wrong magic', () => new Uint8Array([1, 2, 3, 4, 1, 0, 0, 0, 0])],
    ['unknown version', () => new Uint8Array([0x52, 0x42, 0x53, 0x4e, 9, 0, 0, 0, 0])],
    ['too many rooms', () => withHeader(MAX_SNAPSHOT_ROOMS + 1, [])],
    ['a name longer than any room name', () => withHeader(1, [2, ...u32(0xffffffff)])],
    [
      'an update longer than the body',
      () => withHeader(1, [1, ...u32(4), ...ascii('a/bc'), ...u32(1000), 0]),
    ],
    ['an invalid room name', () => withHeader(1, [2, ...u32(5), ...ascii('../x/')])],
    ['an unknown kind', () => withHeader(1, [7, ...u32(4), ...ascii('a/bc')])],
    [
      'the same room twice',
      () => withHeader(2, [2, ...u32(4), ...ascii('a/bc'), 2, ...u32(4), ...ascii('a/bc')]),
    ],
    ['bytes after the last entry', () => withHeader(0, [0])],
  ])('refuses %s', (_what, bytes) => {
    expect(() => decodeSnapshot(bytes())).toThrow(SnapshotFormatError);
  });

  it('never crashes on random bytes: a snapshot or a format error', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const encoded = encodeSnapshot(sample());
    for (let round = 0; round < 500; round++) {
      const bytes = encoded.slice();
      for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      }
      try {
        decodeSnapshot(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(SnapshotFormatError);
      }
    }
  });
});

describe('snapshot request', () => {
  it('accepts valid room names', () => {
    expect(SnapshotRequest.safeParse({ rooms: [AREA, KLATEN] }).success).toBe(true);
  });

  it.each([
    ['no rooms', { rooms: [] }],
    ['too many rooms', { rooms: Array.from({ length: MAX_SNAPSHOT_ROOMS + 1 }, (_, i) => `a/r${i}`) }],
    ['an invalid name', { rooms: [AREA, '../../etc/passwd'] }],
    ['a name that is no string', { rooms: [42] }],
    ['no rooms field', { room: AREA }],
  ])('refuses %s', (_what, body) => {
    expect(SnapshotRequest.safeParse(body).success).toBe(false);
  });
});
