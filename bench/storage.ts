/**
 * Storage costs of the sync node: one append to a room's update log (with and without fsync), and
 * the time to load a room of 3,000 innovation records from disk — from a long log, and from a
 * snapshot after compaction. Run alone with `npm run bench:storage`, or as part of `bench:sync`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import type { Logger } from '../electron/sync-node/logger.js';
import { NodeMetrics } from '../electron/sync-node/metrics.js';
import { Room } from '../electron/sync-node/room.js';
import { DiskDocStore } from '../electron/sync-node/storage/disk-doc-store.js';
import { RoomRegistry } from '../electron/sync-node/storage/room-registry.js';

const RECORDS = 3000;
const quietLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function openStore(dataDir: string, fsync: boolean): Promise<DiskDocStore> {
  return new DiskDocStore({
    dataDir,
    registry: await RoomRegistry.open(dataDir, quietLog),
    log: quietLog,
    fsync,
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Appends `count` small single-edit updates (what one keystroke or checkbox produces). */
async function appendCost(fsync: boolean, count: number): Promise<{ mean: number; p99: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-bench-append-'));
  try {
    const store = await openStore(dataDir, fsync);
    const room = 'bench/region/33.10';
    await store.load(room);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < count; i++) doc.getText('notes').insert(0, 'x');
    const timings: number[] = [];
    for (const update of updates) {
      const start = process.hrtime.bigint();
      store.append(room, update);
      timings.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    await store.close();
    timings.sort((a, b) => a - b);
    return { mean: timings.reduce((s, t) => s + t, 0) / timings.length, p99: percentile(timings, 99) };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** An innovation record as the catalog stores it: a dozen short fields and a ~1 KB description. */
function addInnovation(doc: Y.Doc, i: number): void {
  const record = new Y.Map<unknown>();
  doc.getMap('innovations').set(`inv-${i}`, record);
  const fields: Record<string, string> = {
    name: `Inovasi layanan ${i}`,
    regionCode: `33.${String(10 + (i % 25)).padStart(2, '0')}`,
    opd: 'Dinas Komunikasi dan Informatika',
    dimension:
      ['governance', 'branding', 'economy', 'living', 'society', 'environment'][i % 6] ?? 'governance',
    stage: ['inisiatif', 'uji coba', 'penerapan'][i % 3] ?? 'inisiatif',
    form: 'digital',
    urusan: 'komunikasi dan informatika',
    status: 'berlanjut',
    startYear: String(2015 + (i % 9)),
    contact: `opd${i}@example.go.id`,
    tags: 'pelayanan publik, aplikasi',
    link: `https://inovasi.example.go.id/${i}`,
  };
  for (const [key, value] of Object.entries(fields)) record.set(key, value);
  const summary = new Y.Text();
  record.set('summary', summary);
  summary.insert(0, `Ringkasan inovasi ${i}: `.padEnd(1024, 'meningkatkan layanan publik berbasis data. '));
}

interface LoadTiming {
  files: string;
  ms: number;
}

async function loadRoom(dataDir: string, room: string): Promise<number> {
  const store = await openStore(dataDir, false);
  const start = performance.now();
  const loaded = await Room.load(room, {
    store,
    metrics: new NodeMetrics(),
    log: quietLog,
    compactAfterBytes: Number.POSITIVE_INFINITY,
    onStorageFailure: () => undefined,
  });
  const ms = performance.now() - start;
  const count = loaded.doc.getMap('innovations').size;
  loaded.destroy();
  await store.close();
  if (count !== RECORDS) throw new Error(`loaded ${count} records, expected ${RECORDS}`);
  return ms;
}

async function loadCosts(): Promise<{ timings: LoadTiming[]; stateBytes: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-bench-load-'));
  const room = 'bench/region/33.10';
  try {
    const store = await openStore(dataDir, false);
    await store.load(room);
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => store.append(room, update));
    // One update per record, as they arrive when regions enter them one by one.
    for (let i = 0; i < RECORDS; i++) addInnovation(doc, i);
    const logBytes = store.logBytes(room);
    await store.close();
    const fromLog = await loadRoom(dataDir, room);

    const compacting = await openStore(dataDir, false);
    await compacting.load(room);
    const state = Y.encodeStateAsUpdate(doc);
    await compacting.compact(room, state);
    await compacting.close();
    const fromSnapshot = await loadRoom(dataDir, room);
    return {
      stateBytes: state.length,
      timings: [
        { files: `log of ${RECORDS} updates (${(logBytes / 1e6).toFixed(1)} MB)`, ms: fromLog },
        { files: `snapshot (${(state.length / 1e6).toFixed(1)} MB)`, ms: fromSnapshot },
      ],
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function storageSection(): Promise<{ title: string; lines: string[] }> {
  const plain = await appendCost(false, 20_000);
  const synced = await appendCost(true, 1_000);
  const load = await loadCosts();
  const lines = [
    'one append (a single small edit, ~30 B):',
    `  without fsync   mean ${plain.mean.toFixed(1).padStart(7)} µs   p99 ${plain.p99.toFixed(1).padStart(7)} µs   (20,000 appends)`,
    `  with fsync      mean ${synced.mean.toFixed(1).padStart(7)} µs   p99 ${synced.p99.toFixed(1).padStart(7)} µs   (1,000 appends)`,
    `load a room of ${RECORDS.toLocaleString('en')} innovation records (12 fields + 1 KB text each) from disk:`,
    ...load.timings.map((t) => `  from ${t.files.padEnd(34)} ${t.ms.toFixed(0).padStart(6)} ms`),
  ];
  return { title: 'Storage', lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await storageSection();
  process.stdout.write(`${section.title}\n${section.lines.join('\n')}\n`);
}
