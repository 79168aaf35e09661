/**
 * `npm run bench:sync` — our sync node (persistence + auth on) against the stock y-websocket server
 * (@y/websocket-server), same load from stock y-websocket clients, one fresh server process per run.
 *
 * Environment:
 *   BENCH_SECONDS=10         measured write window per run
 *   BENCH_ROUNDS=3           runs per server and size, interleaved; percentiles are medians over rounds
 *   BENCH_SIZES=100,1000,5000  sizes by client count (100, 1000, 5000), or custom `clients/rooms@rate`
 *   BENCH_RAMP_SECONDS=10    spread the connections of a run over this long
 *   BENCH_SETTLE_MS=5000     longest wait for deliveries after the writers stop
 *   BENCH_THREADS=2          load-generator threads (default: min(2, cores))
 *   BENCH_WARMUP=3           seconds of unmeasured load before each window (0: none)
 *   BENCH_OURS=stock         run the stock server in the "ours" slot (an A/A check of the harness)
 *   BENCH_STORAGE=0          skip the storage section (bench/storage.ts)
 *   BENCH_QUIET_WAIT=120     seconds to wait before each run for other processes to leave the CPUs alone
 *   BENCH_BUSY_RETRIES=2     re-runs of a run during which other processes used ≥ 25% of a core
 *   BENCH_TRACE=1            print per-run timelines (worst latency, write-timer gaps) on stderr
 *   BENCH_VERBOSE=1          echo the servers' output
 *
 * Prints a fixed-width report on stdout (progress on stderr) and always exits 0 unless aborted.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { cleanupAll, installCleanupHandlers } from './lib/cleanup.js';
import { type LoadSize, type RunOptions, runLoad } from './lib/load.js';
import { machineBusyMs } from './lib/procfs.js';
import {
  BUSY_MACHINE_PCT,
  barsLine,
  evaluateBars,
  measurementTables,
  printSection,
  type ReportSection,
  ratioTable,
  sizeLabel,
} from './lib/report.js';
import { combine, type Measurement, type RunOutcome } from './lib/rounds.js';
import { BENCH_TOKEN, type ServerHandle, startOurNode, startStockServer } from './lib/servers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUR_ENTRY = path.join(ROOT, 'out/hub/index.js');
const STOCK_ENTRY = path.join(ROOT, 'node_modules/@y/websocket-server/src/server.js');
const OURS = 'ours';
const STOCK = 'stock';
/** BENCH_OURS=stock: the stock server also fills the "ours" slot, to see the harness's own noise. */
const AA_CHECK = process.env.BENCH_OURS === 'stock';

const STANDARD_SIZES: LoadSize[] = [
  { clients: 100, rooms: 25, rate: 10 },
  { clients: 1000, rooms: 100, rate: 10 },
  { clients: 5000, rooms: 500, rate: 2 },
];

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function envNumber(name: string, fallback: number, allowZero = false): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
    throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${raw}"`);
  }
  return value;
}

function parseSizes(raw: string | undefined): LoadSize[] {
  if (raw === undefined || raw.trim() === '') return STANDARD_SIZES;
  return raw.split(',').map((part) => {
    const text = part.trim().replaceAll('_', '');
    const standard = STANDARD_SIZES.find((s) => String(s.clients) === text);
    if (standard) return standard;
    const custom = /^(\d+)\/(\d+)@(\d+(?:\.\d+)?)$/.exec(text);
    if (custom?.[1] && custom[2] && custom[3]) {
      const size = { clients: Number(custom[1]), rooms: Number(custom[2]), rate: Number(custom[3]) };
      if (size.rooms > 0 && size.clients >= 2 * size.rooms && size.clients % size.rooms === 0) return size;
    }
    throw new Error(
      `BENCH_SIZES: "${part}" is neither 100, 1000 nor 5000, nor clients/rooms@rate with ≥ 2 clients per room`,
    );
  });
}

/** `global.gc` without --expose-gc on the command line (the npm script runs plain tsx). */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  const gc: unknown = vm.runInNewContext('gc');
  return typeof gc === 'function' ? () => gc() : () => undefined;
}

function startServer(which: string): Promise<ServerHandle> {
  if (which === OURS) {
    return AA_CHECK ? startStockServer(STOCK_ENTRY, OURS) : startOurNode(OUR_ENTRY);
  }
  return startStockServer(STOCK_ENTRY, STOCK);
}

/**
 * Waits (up to BENCH_QUIET_WAIT seconds, default 120) until other processes use less than a quarter of a
 * core, so that a run is not measured while e.g. a test suite shares the two cores. Returns the last reading.
 */
async function waitForQuietMachine(): Promise<number> {
  const limitMs = envNumber('BENCH_QUIET_WAIT', 120, true) * 1000;
  const started = Date.now();
  let warned = false;
  for (;;) {
    const machine0 = machineBusyMs();
    const own0 = process.cpuUsage();
    await sleep(1000);
    const own = process.cpuUsage(own0);
    const otherPct = (machineBusyMs() - machine0 - (own.user + own.system) / 1000) / 10;
    if (!Number.isFinite(otherPct) || otherPct < BUSY_MACHINE_PCT) return otherPct;
    if (Date.now() - started >= limitMs) {
      log(
        `machine still busy (${Math.round(otherPct)}% of a core used by other processes); measuring anyway`,
      );
      return otherPct;
    }
    if (!warned) {
      log(
        `machine busy (${Math.round(otherPct)}% of a core used by other processes); waiting for it to calm down…`,
      );
      warned = true;
    }
  }
}

let roomCounter = 0;

async function runOne(which: string, size: LoadSize, options: Omit<RunOptions, 'roomPrefix' | 'log'>) {
  const outcome: RunOutcome = {
    server: which,
    size,
    result: null,
    error: null,
    stopStatus: 'not started',
    expectCleanExit: which === OURS && !AA_CHECK,
  };
  const tag = `${which} ${sizeLabel(size)}`;
  let server: ServerHandle | null = null;
  try {
    await waitForQuietMachine();
    server = await startServer(which);
    log(`${tag}: server pid ${server.pid} at ${server.url}, connecting…`);
    outcome.result = await runLoad(server, size, {
      ...options,
      roomPrefix: `bench-${roomCounter++}`,
      log: (line) => log(`${tag}: ${line}`),
    });
    const r = outcome.result;
    log(
      `${tag}: ${r.edits} edits, ${r.received}/${r.expected} delivered, p99 ${r.latency.p99.toFixed(2)} ms` +
        (r.crashed ? `, SERVER DIED (${r.crashed})` : ''),
    );
  } catch (error) {
    outcome.error = error instanceof Error ? error.message : String(error);
    log(`${tag}: ${outcome.error}`);
  }
  if (server !== null) {
    outcome.stopStatus = await server.stop();
    if (outcome.result?.crashed || (outcome.expectCleanExit && outcome.stopStatus !== 'exit 0')) {
      log(`${tag}: last server output:\n    ${server.recentOutput().join('\n    ')}`);
    }
  }
  options.gc();
  await sleep(1000);
  return outcome;
}

/**
 * Runs once; if other processes took a real share of the CPUs during the window (this machine is
 * shared), runs again, up to BENCH_BUSY_RETRIES (default 2) more times, and keeps the quietest run.
 * A run that failed, lost updates or saw the server die is never discarded.
 */
async function runMeasured(
  which: string,
  size: LoadSize,
  options: Omit<RunOptions, 'roomPrefix' | 'log'>,
): Promise<RunOutcome> {
  const retries = Math.floor(envNumber('BENCH_BUSY_RETRIES', 2, true));
  const bad = (o: RunOutcome) => o.result === null || o.result.lost > 0 || o.result.crashed !== null;
  const busy = (o: RunOutcome) => (o.result?.otherCpuPct ?? 0) >= BUSY_MACHINE_PCT;
  const attempts = [await runOne(which, size, options)];
  for (let last = attempts[0]; last && !bad(last) && busy(last) && attempts.length <= retries; ) {
    log(`${which} ${sizeLabel(size)}: other processes used ${pct(last)} of a core; running it again`);
    last = await runOne(which, size, options);
    attempts.push(last);
  }
  const chosen =
    attempts.find(bad) ??
    attempts.reduce((a, b) => ((b.result?.otherCpuPct ?? 0) < (a.result?.otherCpuPct ?? 0) ? b : a));
  if (attempts.length > 1) {
    const kept = bad(chosen) ? 'the failing one' : 'the quietest';
    chosen.result?.notes.push(`${attempts.length} attempts (machine busy), kept ${kept}`);
  }
  return chosen;
}

const pct = (o: RunOutcome) => `${Math.round(o.result?.otherCpuPct ?? 0)}%`;

/**
 * bench/storage.ts (optional) contributes a report section: it exports
 * `storageSection(): Promise<{ title: string; lines: string[] }>`.
 */
async function storageSection(): Promise<ReportSection | null> {
  const file = path.join(ROOT, 'bench/storage.ts');
  if (process.env.BENCH_STORAGE === '0' || !fs.existsSync(file)) return null;
  const mod: { storageSection?: unknown } = await import(pathToFileURL(file).href);
  if (typeof mod.storageSection !== 'function') {
    return { title: 'Storage', lines: ['bench/storage.ts does not export storageSection()'] };
  }
  return (await mod.storageSection()) as ReportSection;
}

async function main(): Promise<void> {
  installCleanupHandlers();
  const gc = exposeGc();
  const sizes = parseSizes(process.env.BENCH_SIZES);
  const seconds = envNumber('BENCH_SECONDS', 10);
  const options = {
    seconds,
    settleMs: envNumber('BENCH_SETTLE_MS', 5000),
    token: BENCH_TOKEN,
    rampConcurrency: 200,
    rampSeconds: envNumber('BENCH_RAMP_SECONDS', 10, true),
    warmupSeconds: envNumber('BENCH_WARMUP', 3, true),
    threads: Math.max(1, Math.floor(envNumber('BENCH_THREADS', Math.min(2, os.cpus().length)))),
    gc,
  };
  const oursLabel = AA_CHECK
    ? 'A/A CHECK: the stock server again, in the "ours" slot'
    : `${path.relative(ROOT, OUR_ENTRY)} (persistence + auth on)`;

  // Rounds alternate which server goes first (A B, B A, A B, …) so that drift favours neither.
  const rounds = Math.max(1, Math.floor(envNumber('BENCH_ROUNDS', 3)));
  const measurements: Measurement[] = [];
  for (const size of sizes) {
    const runs = new Map<string, RunOutcome[]>([
      [STOCK, []],
      [OURS, []],
    ]);
    for (let round = 0; round < rounds; round++) {
      log(`${sizeLabel(size)}: round ${round + 1} of ${rounds}`);
      const order = round % 2 === 0 ? [STOCK, OURS] : [OURS, STOCK];
      for (const which of order) runs.get(which)?.push(await runMeasured(which, size, options));
    }
    for (const which of [STOCK, OURS]) measurements.push(combine(which, size, runs.get(which) ?? []));
  }

  const cpu = os.cpus();
  const title = 'Sync benchmark: our node vs stock y-websocket server';
  printSection({
    title,
    lines: [
      `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}, clients and servers on the same cores`,
      `ours:    ${oursLabel}`,
      'stock:   @y/websocket-server 0.1.1 (no persistence)',
      'load:    stock y-websocket clients (disableBc, awareness on), 1 writer per room adding [seq, timestamp],',
      `         the others read, spread over ${options.threads} generator thread(s) in this process; per run: a fresh`,
      `         server, connections spread over ${options.rampSeconds} s, ${options.warmupSeconds} s unmeasured load, ${seconds} s measured, deliveries settle ≤ ${options.settleMs / 1000} s;`,
      `         ${rounds} round(s) per server and size, alternating which server goes first`,
      'columns: expected = edits × readers of the room; lost = expected − received; peak RSS = server VmHWM;',
      "         gen = this load generator (all threads); loop = busiest generator thread's event-loop use (! ≥ 90%:",
      '         saturated), stall = its longest event-loop delay;',
      '         other = CPU used by other processes on the machine (should be ~0); drops = reconnects after sync',
      '',
      ...measurementTables(measurements),
      '',
      'our/stock ratios (lower is better)',
      ...ratioTable(measurements, sizes, OURS, STOCK),
    ],
  });

  let storage: ReportSection | null = null;
  try {
    storage = await storageSection();
  } catch (error) {
    storage = {
      title: 'Storage',
      lines: [`storage benchmark failed: ${error instanceof Error ? error.stack : error}`],
    };
  }
  if (storage) printSection(storage);

  process.stdout.write(`\n${barsLine(evaluateBars(measurements, sizes, OURS, STOCK))}\n`);
  await cleanupAll();
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    process.stderr.write(`bench: failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    await cleanupAll();
    process.exit(1);
  },
);
