/**
 * `npm run bench:desktop` — the desktop shell's sync node and backup (issue 8), for the area set (3,000
 * innovations) and the large set (15,000), both over the 25 KSPN Borobudur regions.
 *
 * Per dataset: generate it and push every document over y-websocket into a real node (the child entry
 * electron/node-process/entry.ts, bundled with esbuild as the app build does, forked under
 * NodeSupervisor), so the data folder is what the app itself writes. Then measure:
 *   - pausedFor round trip with no work (stop: flush and exit; start again on the same port);
 *   - createBackup inside pausedFor, the backup's size against the data folder's; inspectBackup;
 *     restoreBackup over a copy of the folder;
 *   - on the restored folder: cold start to the ready handshake, the first read of the largest region
 *     (checked against the generated one), and kill -9 to ready again on the same port (the supervisor's
 *     own backoff of 500 ms before a first restart included; "relaunch" is spawn to ready).
 *
 * Environment:
 *   BENCH_DESKTOP_SIZES=area,large   datasets (also: demo, for a quick look)
 *   BENCH_DESKTOP_RUNS=5             repetitions of each timed step (median, min, max are printed)
 *   BENCH_VERBOSE=1                  echo the node's output
 *
 * The issue sets no bars for these numbers: the report only prints them. Exits 0 when it measured.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createBackup, inspectBackup, restoreBackup } from '../electron/main/backup.js';
import { type NodeState, NodeSupervisor } from '../electron/main/node-supervisor.js';
import { spawnForkNode } from '../electron/main/spawn-fork.js';
import { type DatasetSize, generateArea, regionDocName } from '../shared/model/demo/index.js';
import { pushDoc } from '../test/e2e/seed.js';
import { bundleNodeProcess } from '../test/integration/node-process-bundle.js';
import { cleanupAll, installCleanupHandlers, removeTempDir, trackTempDir } from './lib/cleanup.js';
import { OtherCpu } from './lib/process-tree.js';

type MeasuredSize = Extract<DatasetSize, 'demo' | 'area' | 'large'>;

/** Documents pushed at once while seeding: all at once can starve a busy machine. */
const PUSH_CONCURRENCY = 4;
const READ_TIMEOUT_MS = 30_000;
const KEPT_OUTPUT_CHARS = 4000;
const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

const log = (line: string) => process.stderr.write(`bench:desktop: ${line}\n`);

function parseSizes(raw: string | undefined): MeasuredSize[] {
  return (raw ?? 'area,large').split(',').map((part) => {
    const name = part.trim();
    if (name === 'demo' || name === 'area' || name === 'large') return name;
    throw new Error(`BENCH_DESKTOP_SIZES: "${name}" is not demo, area or large`);
  });
}

function envRuns(): number {
  const value = Number(process.env.BENCH_DESKTOP_RUNS ?? '5');
  if (!Number.isInteger(value) || value < 1) throw new Error('BENCH_DESKTOP_RUNS must be a whole number ≥ 1');
  return value;
}

/** A supervisor with what the bench watches: child pids, when each was spawned, every state. */
interface Supervised {
  supervisor: NodeSupervisor;
  pids: number[];
  spawnedAt: number[];
  /** Resolves with the time of the next `ready` state. */
  nextReady(): Promise<number>;
}

const nodeOutput = { text: '' };
/** Stopped on the way out after a failure (a child also stops by itself when its parent goes). */
const live = new Set<NodeSupervisor>();

async function supervise(entry: string, dataDir: string): Promise<Supervised> {
  const pids: number[] = [];
  const spawnedAt: number[] = [];
  const fork = spawnForkNode(entry, {
    onOutput: (chunk) => {
      if (process.env.BENCH_VERBOSE) process.stderr.write(`  [node] ${chunk}`);
      nodeOutput.text = (nodeOutput.text + chunk).slice(-KEPT_OUTPUT_CHARS);
    },
    onSpawn: (pid) => pids.push(pid),
  });
  const supervisor = await NodeSupervisor.start({
    dataDir,
    log: quietLog,
    spawn: () => {
      spawnedAt.push(performance.now());
      return fork();
    },
  });
  live.add(supervisor);
  const nextReady = () =>
    new Promise<number>((resolve, reject) => {
      const off = supervisor.onState((state: NodeState) => {
        if (state.status === 'ready') {
          off();
          resolve(performance.now());
        } else if (state.status === 'failed') {
          off();
          reject(new Error(`the node failed: ${state.error}\n${nodeOutput.text}`));
        }
      });
    });
  return { supervisor, pids, spawnedAt, nextReady };
}

/** A fresh client's copy of `room`, once the node says it is synced. */
async function readDoc(url: string, room: string, token: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no sync of ${room} within ${READ_TIMEOUT_MS} ms`)),
        READ_TIMEOUT_MS,
      );
      provider.once('sync', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return doc;
  } finally {
    provider.destroy();
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

// ---------------------------------------------------------------------------------------------- measure

interface Row {
  what: string;
  samples: number[];
  unit: 'ms' | 'MB';
  note?: string;
}

interface SizeResult {
  size: MeasuredSize;
  innovations: number;
  documents: number;
  seedMs: number;
  rows: Row[];
  checks: string[];
  otherCpuPct: number;
}

/** The largest region: its innovation count and state vector, to check what a restored node serves. */
interface Probe {
  room: string;
  innovations: number;
  stateVector: Uint8Array;
}

async function seed(
  entry: string,
  size: MeasuredSize,
  dataDir: string,
): Promise<{ probe: Probe; innovations: number; documents: number; seedMs: number }> {
  const generated = generateArea(size);
  const docs: [string, Y.Doc][] = [
    [generated.areaDocName, generated.area],
    ...[...generated.regions].map(([code, doc]): [string, Y.Doc] => [
      regionDocName(generated.preset.id, code),
      doc,
    ]),
    [`${generated.preset.id}/commitment/${generated.commitmentId}`, generated.commitment],
    ...[...generated.fgds].map(([id, doc]): [string, Y.Doc] => [`${generated.preset.id}/fgd/${id}`, doc]),
  ];
  let innovations = 0;
  let probe: Probe | null = null;
  for (const [code, doc] of generated.regions) {
    const count = doc.getMap('innovations').size;
    innovations += count;
    if (probe === null || count > probe.innovations) {
      const room = regionDocName(generated.preset.id, code);
      probe = { room, innovations: count, stateVector: Y.encodeStateVector(doc) };
    }
  }
  if (probe === null) throw new Error(`${size}: the generated area has no regions`);
  const node = await supervise(entry, dataDir);
  const { url, token } = node.supervisor.link;
  // Each provider (and its read-back probe) listens for the process's exit: 2 per document pushed.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 2 * PUSH_CONCURRENCY + 10));
  const start = performance.now();
  try {
    const queue = [...docs];
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift())
        await pushDoc(url, next[0], next[1], token);
    };
    await Promise.all(Array.from({ length: PUSH_CONCURRENCY }, worker));
  } finally {
    await node.supervisor.stop();
  }
  const seedMs = performance.now() - start;
  for (const [, doc] of docs) doc.destroy();
  return { probe, innovations, documents: docs.length, seedMs };
}

async function measureSize(
  entry: string,
  size: MeasuredSize,
  runs: number,
  parent: string,
): Promise<SizeResult> {
  const dataDir = path.join(parent, `data-${size}`);
  log(`${size}: generating and pushing into a fresh node…`);
  const seeded = await seed(entry, size, dataDir);
  log(
    `${size}: ${seeded.innovations} innovations in ${seeded.documents} documents, pushed in ${Math.round(seeded.seedMs)} ms`,
  );
  const other = new OtherCpu();
  const rows: Row[] = [];
  const checks: string[] = [];

  // Backup the way the app takes it: inside pausedFor, the node stopped and the folder unlocked.
  const node = await supervise(entry, dataDir);
  const link = node.supervisor.link;
  const pauses: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A room open in the node, as when a window is on the catalog: the stop has something to flush.
    (await readDoc(link.url, seeded.probe.room, link.token)).destroy();
    pauses.push((await timed(() => node.supervisor.pausedFor(async () => undefined))).ms);
  }
  const backupFile = path.join(parent, `${size}.rembug-backup`);
  const backups: number[] = [];
  let pausedBackupMs = 0;
  for (let i = 0; i < runs; i++) {
    const paused = await timed(() =>
      node.supervisor.pausedFor(
        async () => (await timed(() => createBackup(dataDir, backupFile, '0.1.0'))).ms,
      ),
    );
    backups.push(paused.value);
    pausedBackupMs = Math.max(pausedBackupMs, paused.ms);
  }
  if (node.supervisor.link.url !== link.url)
    checks.push(`pausedFor changed the URL: ${node.supervisor.link.url}`);
  await node.supervisor.stop();
  const dataBytes = folderBytes(dataDir);
  const backupBytes = fs.statSync(backupFile).size;
  rows.push({
    what: 'pausedFor round trip, no work (stop + start)',
    note: 'largest region loaded',
    samples: pauses,
    unit: 'ms',
  });
  rows.push({
    what: 'createBackup',
    samples: backups,
    unit: 'ms',
    note: `pausedFor + backup ≤ ${Math.round(pausedBackupMs)} ms`,
  });
  rows.push({ what: 'data folder size', samples: [dataBytes / 1e6], unit: 'MB' });
  rows.push({
    what: 'backup file size',
    samples: [backupBytes / 1e6],
    unit: 'MB',
    note: `${((100 * backupBytes) / dataBytes).toFixed(0)}% of the folder`,
  });

  const inspections: number[] = [];
  for (let i = 0; i < runs; i++) inspections.push((await timed(() => inspectBackup(backupFile))).ms);
  rows.push({ what: 'inspectBackup', samples: inspections, unit: 'ms' });

  const copyDir = path.join(parent, `restored-${size}`);
  const restores: number[] = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(copyDir, { recursive: true, force: true });
    fs.cpSync(dataDir, copyDir, { recursive: true });
    const restored = await timed(() => restoreBackup(backupFile, copyDir));
    restores.push(restored.ms);
    if (restored.value.previous !== null)
      fs.rmSync(restored.value.previous, { recursive: true, force: true });
  }
  rows.push({ what: 'restoreBackup (over a copy of the folder)', samples: restores, unit: 'ms' });

  // On the restored folder: cold start, first read (checked), kill -9 and back on the same port.
  const cold: number[] = [];
  const reads: number[] = [];
  const restarts: number[] = [];
  const relaunches: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = await timed(() => supervise(entry, copyDir));
    cold.push(started.ms);
    const { supervisor, pids, spawnedAt, nextReady } = started.value;
    const before = supervisor.link;
    const read = await timed(() => readDoc(before.url, seeded.probe.room, before.token));
    reads.push(read.ms);
    const count = read.value.getMap('innovations').size;
    const sameState = Buffer.from(Y.encodeStateVector(read.value)).equals(
      Buffer.from(seeded.probe.stateVector),
    );
    if (count !== seeded.probe.innovations || !sameState) {
      checks.push(
        `restored ${seeded.probe.room}: ${count} innovations (expected ${seeded.probe.innovations}), same state: ${sameState}`,
      );
    }
    read.value.destroy();
    const ready = nextReady();
    const killedAt = performance.now();
    process.kill(pids[0] ?? 0, 'SIGKILL');
    const readyAt = await ready;
    restarts.push(readyAt - killedAt);
    relaunches.push(readyAt - (spawnedAt.at(-1) ?? Number.NaN));
    if (supervisor.link.url !== before.url)
      checks.push(`restart moved the node: ${before.url} → ${supervisor.link.url}`);
    await supervisor.stop();
  }
  if (checks.length === 0) {
    checks.push(
      `restored ${seeded.probe.room} read ${runs}× through a node: ${seeded.probe.innovations} innovations, same state vector as generated`,
    );
    checks.push(`kill -9 restarts came back on the same URL ${runs}× of ${runs}`);
  }
  rows.unshift(
    { what: 'cold start to ready handshake', samples: cold, unit: 'ms' },
    {
      what: `first read of ${seeded.probe.room.split('/').at(-1)} after cold start`,
      samples: reads,
      unit: 'ms',
      note: `${seeded.probe.innovations} innovations`,
    },
    {
      what: 'kill -9 to ready again, same port',
      samples: restarts,
      unit: 'ms',
      note: 'incl. 500 ms backoff',
    },
    { what: '  of which relaunch (spawn to ready)', samples: relaunches, unit: 'ms' },
  );
  const otherCpuPct = other.read();
  removeTempDir(copyDir);
  return {
    size,
    innovations: seeded.innovations,
    documents: seeded.documents,
    seedMs: seeded.seedMs,
    rows,
    checks,
    otherCpuPct,
  };
}

// ---------------------------------------------------------------------------------------------- report

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function report(results: SizeResult[], runs: number): string[] {
  const num = (value: number, unit: Row['unit']) => (unit === 'MB' ? value.toFixed(2) : value.toFixed(0));
  const widths = [46, 9, 9, 9, 5];
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i] ?? 0) : i < widths.length ? cell.padStart(widths[i] ?? 0) : cell,
      )
      .join('  ')
      .trimEnd();
  const cpu = os.cpus();
  const lines = [
    'Desktop shell benchmark: the node under NodeSupervisor (fork) and the data-folder backup',
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}; ${runs} runs per timed step`,
  ];
  for (const result of results) {
    lines.push(
      '',
      `${result.size} — ${result.innovations.toLocaleString('en-US')} innovations, ${result.documents} documents ` +
        `(pushed over y-websocket in ${(result.seedMs / 1000).toFixed(1)} s); other processes used ` +
        `${Math.round(result.otherCpuPct)}% of a core meanwhile`,
      line(['measure', 'median', 'min', 'max', 'unit', 'note']),
      line(widths.map((w) => '-'.repeat(w))),
    );
    for (const row of result.rows) {
      const single = row.samples.length === 1;
      const value = (v: number) => num(v, row.unit);
      lines.push(
        line([
          row.what,
          value(median(row.samples)),
          single ? '' : value(Math.min(...row.samples)),
          single ? '' : value(Math.max(...row.samples)),
          row.unit,
          row.note ?? '',
        ]),
      );
    }
    lines.push(...result.checks.map((check) => `check: ${check}`));
  }
  lines.push('', 'No bars: issue 8 sets none for these numbers.');
  return lines;
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const sizes = parseSizes(process.env.BENCH_DESKTOP_SIZES);
  const runs = envRuns();
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-bench-desktop-'));
  trackTempDir(parent);
  const entry = await bundleNodeProcess(parent);
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measureSize(entry, size, runs, parent));
  process.stdout.write(`${report(results, runs).join('\n')}\n`);
  await cleanupAll();
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    process.stderr.write(`bench:desktop: failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    if (nodeOutput.text !== '') process.stderr.write(`last node output:\n${nodeOutput.text}\n`);
    await Promise.all([...live].map((supervisor) => supervisor.stop()));
    await cleanupAll();
    process.exit(1);
  },
);
