import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  decodeSnapshot,
  encodeSnapshot,
  encodeSnapshotHeader,
  MAX_SNAPSHOT_ROOMS,
  type SnapshotEntry,
  SnapshotFormatError,
  SnapshotReader,
  SnapshotRequest,
} from '../../shared/sync/snapshot-format';
import { AREA, KLATEN, MAGELANG, storedRoomUpdates } from './snapshot-fixtures';

function docWith(entries: Record<string, string>): Uint8Array {
  const doc = new Y.Doc();
  const map = doc.getMap('innovations');
  for (const [key, value] of Object.entries(entries)) map.set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

function sample(): SnapshotEntry[] {
  return [
    { kind: 'document', name: AREA, updates: [docWith({ name: 'KSPN Borobudur' })] },
    { kind: 'document', name: KLATEN, updates: storedRoomUpdates() },
    { kind: 'refused', name: MAGELANG },
    { kind: 'unavailable', name: 'kspn-borobudur/region/33.71' },
  ];
}

function applied(entry: SnapshotEntry | undefined): Record<string, unknown> {
  const doc = new Y.Doc();
  if (entry?.kind === 'document') for (const update of entry.updates) Y.applyUpdate(doc, update);
  return doc.getMap('innovations').toJSON();
}

/** The same bytes cut into pieces of the given sizes (the last piece takes the rest). */
function chunked(bytes: Uint8Array, sizes: () => number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.byteLength; ) {
    const size = Math.max(1, sizes());
    chunks.push(bytes.slice(at, at + size));
    at += size;
  }
  return chunks;
}

/** Bytes of a header claiming `count` entries, then `rest`. */
function withHeader(count: number, rest: number[]): Uint8Array {
  const bytes = new Uint8Array(9 + rest.length);
  bytes.set([0x52, 0x42, 0x53, 0x4e, 2], 0);
  new DataView(bytes.buffer).setUint32(5, count);
  bytes.set(rest, 9);
  return bytes;
}

const u32 = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe('snapshot format', () => {
  it('round-trips documents (with several updates), refused and unavailable rooms', () => {
    const decoded = decodeSnapshot(encodeSnapshot(sample()));
    expect(decoded.map((entry) => [entry.kind, entry.name])).toEqual([
      ['document', AREA],
      ['document', KLATEN],
      ['refused', MAGELANG],
      ['unavailable', 'kspn-borobudur/region/33.71'],
    ]);
    expect(applied(decoded[1])).toEqual({ 'inv-1': 'Posyandu digital', 'inv-2': 'Bank sampah' });
  });

  it('round-trips an empty snapshot, a document without updates and an empty update', () => {
    expect(decodeSnapshot(encodeSnapshot([]))).toEqual([]);
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    const decoded = decodeSnapshot(
      encodeSnapshot([
        { kind: 'document', name: AREA, updates: [empty] },
        { kind: 'document', name: KLATEN, updates: [] },
      ]),
    );
    expect(decoded).toEqual([
      { kind: 'document', name: AREA, updates: [empty] },
      { kind: 'document', name: KLATEN, updates: [] },
    ]);
  });

  it('reads an answer in any chunking, handing out each room as soon as its last byte is in', () => {
    const encoded = encodeSnapshot(sample());
    const whole = decodeSnapshot(encoded);
    let seed = 3;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const chunkings = [
      chunked(encoded, () => 1),
      chunked(encoded, () => 7),
      ...Array.from({ length: 20 }, () => chunked(encoded, () => Math.floor(random() * 200))),
    ];
    for (const chunks of chunkings) {
      const reader = new SnapshotReader();
      const entries: SnapshotEntry[] = [];
      let fed = 0;
      for (const chunk of chunks) {
        const done = reader.push(chunk);
        fed += chunk.byteLength;
        for (const entry of done) {
          // Not before its bytes: the entry's end lies in this chunk.
          expect(encodeSnapshot([...entries, entry]).byteLength).toBeGreaterThan(fed - chunk.byteLength);
          entries.push(entry);
        }
      }
      reader.finish();
      expect(entries).toEqual(whole);
    }
  });

  it('hands out the first room before the rest has arrived', () => {
    // One sample for both: each new document gets a random client id, whose encoding varies in length.
    const entries = sample();
    const encoded = encodeSnapshot(entries);
    const firstEnd = encodeSnapshot(entries.slice(0, 1)).byteLength;
    const reader = new SnapshotReader();
    expect(reader.push(encoded.subarray(0, firstEnd - 1))).toEqual([]);
    expect(reader.push(encoded.subarray(firstEnd - 1, firstEnd)).map((entry) => entry.name)).toEqual([AREA]);
    expect(() => reader.finish()).toThrow(/after 1 of 4 rooms/);
  });

  it('decodes from a view into a larger buffer (as a fetched body may be)', () => {
    const encoded = encodeSnapshot(sample());
    const padded = new Uint8Array(encoded.byteLength + 20);
    padded.set(encoded, 10);
    expect(decodeSnapshot(padded.subarray(10, 10 + encoded.byteLength))).toHaveLength(4);
  });

  it('refuses to encode an invalid room name or too many rooms', () => {
    expect(() => encodeSnapshot([{ kind: 'refused', name: '../etc' }])).toThrow(SnapshotFormatError);
    expect(() => encodeSnapshotHeader(MAX_SNAPSHOT_ROOMS + 1)).toThrow(SnapshotFormatError);
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
      () => withHeader(1, [1, ...u32(4), ...ascii('a/bc'), ...u32(1), ...u32(1000), 0]),
    ],
    [
      'more updates than a room can have',
      () => withHeader(1, [1, ...u32(4), ...ascii('a/bc'), ...u32(2_000_000)]),
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
