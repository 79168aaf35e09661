import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Logger } from '../../electron/sync-node/logger.js';
import { DiskDocStore, roomFileStem } from '../../electron/sync-node/storage/disk-doc-store.js';
import { MemoryDocStore } from '../../electron/sync-node/storage/doc-store.js';
import {
  encodeHeader,
  encodeRecord,
  parseFile,
  SNAPSHOT_MAGIC,
} from '../../electron/sync-node/storage/log-format.js';
import { RoomRegistry } from '../../electron/sync-node/storage/room-registry.js';

const ROOM = 'kspn-borobudur/region/33.10';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

/** A doc whose every change is appended to the store, like a room does. */
function editedDoc(store: DiskDocStore, room = ROOM): Y.Doc {
  const doc = new Y.Doc();
  doc.on('update', (update: Uint8Array) => store.append(room, update));
  return doc;
}

function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('DiskDocStore', () => {
  let dataDir: string;
  let log: ReturnType<typeof recordingLogger>;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-store-'));
    log = recordingLogger();
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function openStore(): Promise<DiskDocStore> {
    return new DiskDocStore({ dataDir, registry: await RoomRegistry.open(dataDir, log), log });
  }

  it('stores appended updates under a hashed file name and loads them back in order', async () => {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    for (let i = 0; i < 50; i++) doc.getArray<number>('items').push([i]);
    await store.close();

    const files = fs.readdirSync(path.join(dataDir, 'rooms'));
    expect(files).toEqual([`${roomFileStem(ROOM)}.log`]);
    const reopened = await openStore();
    const loaded = await reopened.load(ROOM);
    expect(loaded.updates).toHaveLength(50);
    expect(docFrom(loaded.updates).getArray('items').toArray()).toEqual([...Array(50).keys()]);
    expect(reopened.rooms()).toEqual([ROOM]);
  });

  it('compaction writes a snapshot, empties the log, and keeps what was appended meanwhile', async () => {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    for (let i = 0; i < 100; i++) doc.getText('t').insert(0, `edit ${i} `);
    expect(store.logBytes(ROOM)).toBeGreaterThan(1000);

    const compaction = store.compact(ROOM, Y.encodeStateAsUpdate(doc));
    // These land while the snapshot is being written: they must stay in the log.
    doc.getText('t').insert(0, 'late-1 ');
    doc.getText('t').insert(0, 'late-2 ');
    await compaction;
    expect(store.logBytes(ROOM)).toBeGreaterThan(0);
    expect(store.logBytes(ROOM)).toBeLessThan(200);
    doc.getText('t').insert(0, 'after ');
    await store.close();

    const loaded = await (await openStore()).load(ROOM);
    expect(loaded.updates).toHaveLength(1 + 3);
    expect(docFrom(loaded.updates).getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('loses nothing when a crash leaves the old log beside the new snapshot', async () => {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i);
    const logFile = path.join(dataDir, 'rooms', `${roomFileStem(ROOM)}.log`);
    const oldLog = fs.readFileSync(logFile);
    await store.compact(ROOM, Y.encodeStateAsUpdate(doc));
    await store.close();
    // Simulate the crash window: the snapshot was renamed into place, the log swap never happened.
    fs.writeFileSync(logFile, oldLog);

    const loaded = await (await openStore()).load(ROOM);
    const restored = docFrom(loaded.updates);
    expect(restored.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
    expect(loaded.problems).toEqual([]);
  });

  it('cuts a torn log tail, reports it, and appends after the last good record', async () => {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    for (let i = 0; i < 10; i++) doc.getArray<number>('a').push([i]);
    await store.close();
    const logFile = path.join(dataDir, 'rooms', `${roomFileStem(ROOM)}.log`);
    fs.truncateSync(logFile, fs.statSync(logFile).size - 3);

    const reopened = await openStore();
    const loaded = await reopened.load(ROOM);
    expect(loaded.updates).toHaveLength(9);
    expect(loaded.problems.join()).toMatch(/torn record/);
    expect(log.lines.some((line) => line.startsWith('warn') && line.includes('cut off'))).toBe(true);

    const restored = docFrom(loaded.updates);
    restored.on('update', (update: Uint8Array) => reopened.append(ROOM, update));
    restored.getArray<number>('a').push([99]);
    await reopened.close();
    const again = await (await openStore()).load(ROOM);
    expect(again.problems).toEqual([]);
    expect(docFrom(again.updates).getArray('a').toArray()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 99]);
  });

  it('sets a corrupt snapshot aside instead of loading or deleting it', async () => {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    doc.getMap('m').set('a', 1);
    await store.compact(ROOM, Y.encodeStateAsUpdate(doc));
    doc.getMap('m').set('b', 2);
    await store.close();
    const snapshot = path.join(dataDir, 'rooms', `${roomFileStem(ROOM)}.snap`);
    const bytes = fs.readFileSync(snapshot);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(snapshot, bytes);

    const loaded = await (await openStore()).load(ROOM);
    expect(loaded.problems.join()).toMatch(/snapshot unreadable/);
    // The log alone cannot show `b`: Yjs holds it back until the history it builds on arrives.
    expect(docFrom(loaded.updates).getMap('m').toJSON()).toEqual({});
    const aside = fs.readdirSync(path.join(dataDir, 'rooms')).filter((f) => f.includes('.snap.corrupt-'));
    expect(aside).toHaveLength(1);
    // Nothing was destroyed: the bytes set aside are exactly the damaged snapshot, for repair by hand.
    expect(fs.readFileSync(path.join(dataDir, 'rooms', aside[0] ?? ''))).toEqual(bytes);
  });

  it('rebuilds a corrupt registry from the room files', async () => {
    const store = await openStore();
    await store.load(ROOM);
    editedDoc(store).getMap('m').set('a', 1);
    await store.load('kspn-borobudur/area');
    editedDoc(store, 'kspn-borobudur/area').getMap('m').set('a', 1);
    await store.close();
    fs.writeFileSync(path.join(dataDir, 'node.json'), '{"format": 1, "rooms": [tru');

    const reopened = await openStore();
    expect(reopened.rooms().sort()).toEqual(['kspn-borobudur/area', ROOM]);
    expect(log.lines.some((line) => line.includes('node.json unreadable'))).toBe(true);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('node.json.corrupt-'))).toBe(true);
  });

  /** Every file under the data folder with its bytes: what a side-effect-free read must leave alone. */
  function filesOnDisk(): Map<string, Buffer> {
    const files = new Map<string, Buffer>();
    for (const entry of fs.readdirSync(dataDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dataDir, file), fs.readFileSync(file));
    }
    return files;
  }

  /** A room with a compacted snapshot and two log records written after it, its store closed. */
  async function roomWithSnapshotAndLog(): Promise<Y.Doc> {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    for (let i = 0; i < 30; i++) doc.getMap('m').set(`k${i}`, i);
    await store.compact(ROOM, Y.encodeStateAsUpdate(doc));
    doc.getMap('m').set('after-1', 1);
    doc.getMap('m').delete('k0');
    await store.close();
    return doc;
  }

  it('peek gives exactly what load gives, without touching any file or logging', async () => {
    const doc = await roomWithSnapshotAndLog();
    const before = filesOnDisk();
    const store = await openStore();

    const peeked = await store.peek(ROOM);
    expect(peeked).toHaveLength(1 + 2);
    expect(filesOnDisk()).toEqual(before);
    expect(log.lines).toEqual([]);
    expect(
      docFrom(peeked ?? [])
        .getMap('m')
        .toJSON(),
    ).toEqual(doc.getMap('m').toJSON());
    expect(peeked).toEqual((await store.load(ROOM)).updates);
  });

  it('peek of a room never written gives no updates and creates nothing', async () => {
    const store = await openStore();
    const before = filesOnDisk();
    expect(await store.peek('kspn-borobudur/region/33.99')).toEqual([]);
    expect(filesOnDisk()).toEqual(before);
    expect(store.rooms()).toEqual([]);
  });

  it('peek sees what a loaded room appended and compacted, like a reload would', async () => {
    const store = await openStore();
    await store.load(ROOM);
    const doc = editedDoc(store);
    doc.getText('t').insert(0, 'before ');
    expect(
      docFrom((await store.peek(ROOM)) ?? [])
        .getText('t')
        .toString(),
    ).toBe('before ');
    await store.compact(ROOM, Y.encodeStateAsUpdate(doc));
    doc.getText('t').insert(0, 'after ');
    const peeked = (await store.peek(ROOM)) ?? [];
    expect(peeked).toHaveLength(2);
    expect(docFrom(peeked).getText('t').toString()).toBe('after before ');
    await store.close();
  });

  for (const [damage, spoil] of [
    [
      'a corrupt snapshot',
      (files: RoomFiles) => {
        const bytes = fs.readFileSync(files.snapshot);
        bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
        fs.writeFileSync(files.snapshot, bytes);
      },
    ],
    ['a torn log tail', (files: RoomFiles) => fs.truncateSync(files.log, fs.statSync(files.log).size - 3)],
    ['a log without its header', (files: RoomFiles) => fs.writeFileSync(files.log, '')],
    [
      'a snapshot whose header names another room',
      (files: RoomFiles) => {
        const parsed = parseFile(fs.readFileSync(files.snapshot), SNAPSHOT_MAGIC);
        const state = parsed.records[0] ?? new Uint8Array();
        fs.writeFileSync(
          files.snapshot,
          Buffer.concat([encodeHeader(SNAPSHOT_MAGIC, 'kspn-borobudur/area'), encodeRecord(state)]),
        );
      },
    ],
  ] as const) {
    it(`peek answers null for ${damage} and repairs nothing (load still does)`, async () => {
      await roomWithSnapshotAndLog();
      spoil(roomFilesOf(ROOM));
      // Opened first: the registry may note the files' room names in node.json as it opens.
      const store = await openStore();
      const before = filesOnDisk();
      const registryLines = log.lines.length;

      expect(await store.peek(ROOM)).toBeNull();
      expect(filesOnDisk()).toEqual(before);
      expect(log.lines.length).toBe(registryLines);
      expect((await store.load(ROOM)).problems).not.toEqual([]);
    });
  }

  interface RoomFiles {
    snapshot: string;
    log: string;
  }

  function roomFilesOf(room: string): RoomFiles {
    const stem = path.join(dataDir, 'rooms', roomFileStem(room));
    return { snapshot: `${stem}.snap`, log: `${stem}.log` };
  }
});

describe('MemoryDocStore', () => {
  it('peek gives what load gives: the snapshot, then the updates logged since', async () => {
    const store = new MemoryDocStore();
    expect(await store.peek(ROOM)).toEqual([]);
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => store.append(ROOM, update));
    doc.getMap('m').set('a', 1);
    await store.compact(ROOM, Y.encodeStateAsUpdate(doc));
    doc.getMap('m').set('b', 2);
    const peeked = await store.peek(ROOM);
    expect(peeked).toEqual((await store.load(ROOM)).updates);
    expect(peeked).toHaveLength(2);
    expect(docFrom(peeked).getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
  });
});
