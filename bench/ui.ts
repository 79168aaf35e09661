/**
 * `npm run bench:ui` — the catalog screen in real Chromium against a real hub holding the data
 * (issue bars: catalog visible < 1.5 s and keystroke-to-results p95 < 50 ms with the area set of 3,000
 * innovations; < 4 s and < 150 ms with a large area of 15,000; both over the 25 KSPN Borobudur regions).
 *
 * Per dataset: generate it, push it into a fresh hub over y-websocket, stop the hub. Then, per run, start
 * the hub again on that folder (a morning start: it reads from disk), open a fresh browser context (no
 * IndexedDB copy: the cold case) with a seeded profile and measure in the page: navigation start to the
 * full count painted; renderer heap after a forced GC; frame times while scrolling the list; in the
 * first runs, keydown to results painted for typed queries, and the page closed and opened again with
 * its IndexedDB copy (the warm case).
 *
 * Environment:
 *   REMBUG_WEB_DIR=out/renderer   the built web client the hub serves (npm run bench:ui builds it)
 *   REMBUG_HUB_BUNDLE=out/hub/index.js   the hub bundle (e.g. a private build)
 *   BENCH_UI_SIZES=area,large     datasets (also: demo, for a quick look; it has no bars)
 *   BENCH_UI_RUNS=3               cold runs per dataset (median and max are reported)
 *   BENCH_UI_QUIET_WAIT=30        seconds to wait before a dataset for other processes to calm down
 *   CHROMIUM_PATH=/usr/bin/chromium
 *   BENCH_VERBOSE=1               echo the hub's output and the page's console errors
 *   BENCH_TRACE=1                 print every keystroke's timings on stderr
 *
 * Prints the report on stdout (progress on stderr). Exits 0 when it measured, whatever the bars say;
 * non-zero only when the benchmark itself could not run.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { type DatasetSize, generateArea, regionDocName } from '../shared/model/demo/index.js';
// Aliased: it is no React hook, whatever its name says to the linter.
import { KLATEN_EDITOR, useProfile as seedProfile } from '../test/e2e/profile.js';
import { pushDoc } from '../test/e2e/seed.js';
import { cleanupAll, installCleanupHandlers, removeTempDir, trackTempDir } from './lib/cleanup.js';
import { OtherCpu } from './lib/process-tree.js';
import { BUSY_MACHINE_PCT } from './lib/report.js';
import { LatencyRecorder, type LatencySummary } from './lib/stats.js';
import { type Hub, startHub } from './lib/ui-hub.js';
import {
  armKey,
  CATALOG,
  installProbe,
  type KeySample,
  keyResult,
  type LoadTimes,
  lateKeyResult,
  NAME_SHIM,
  scrollFrames,
  waitVisible,
} from './lib/ui-probe.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HUB_ENTRY = path.resolve(ROOT, process.env.REMBUG_HUB_BUNDLE ?? 'out/hub/index.js');
const WEB_DIR = path.resolve(ROOT, process.env.REMBUG_WEB_DIR ?? 'out/renderer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1366, height: 768 };

type MeasuredSize = Extract<DatasetSize, 'demo' | 'area' | 'large'>;
const BARS: Record<MeasuredSize, { visibleMs: number; keyP95Ms: number } | null> = {
  demo: null,
  area: { visibleMs: 1500, keyP95Ms: 50 },
  large: { visibleMs: 4000, keyP95Ms: 150 },
};

/** What someone looks for: a service, a two-word theme, regions, a programme. */
const QUERIES = ['perizinan', 'posyandu digital', 'kulon progo', 'bank sampah', 'kota magelang'];
/** Beyond this the catalog is not "visible" and the run counts as failed. */
const LOAD_TIMEOUT_MS = 60_000;
/**
 * A keystroke whose results did not change once the page went idle (or within this long, if it never
 * does) is counted apart, not timed.
 */
const KEY_TIMEOUT_MS = 1000;
/** Between keystrokes, after the results of the last one: a quick typist's rhythm. */
const KEY_PAUSE_MS = 120;
/** After a keystroke that changed nothing: time for a late (e.g. debounced) answer to show up. */
const UNCHANGED_PAUSE_MS = 300;
/** Region documents pushed at once while seeding: all 25 at once can starve a busy machine. */
const PUSH_CONCURRENCY = 4;
/** After the catalog is visible: let background work (the IndexedDB copy, the index) finish first. */
const SETTLE_MS = 2000;
const SCROLL = { durationMs: 3000, stepPx: 60 };
/** Runs that type the queries (≥ 40 keystrokes that change the results) and that reopen the page warm. */
const TYPING_RUNS = 2;
const WARM_RUNS = 1;
const DROPPED_FRAME_MS = 50;

const log = (line: string) => process.stderr.write(`bench:ui: ${line}\n`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, got "${raw}"`);
  return value;
}

function parseSizes(raw: string | undefined): MeasuredSize[] {
  const names = (raw ?? 'area,large').split(',').map((part) => part.trim());
  return names.map((name) => {
    if (name === 'demo' || name === 'area' || name === 'large') return name;
    throw new Error(`BENCH_UI_SIZES: "${name}" is not demo, area or large`);
  });
}

/** Thrown when the benchmark cannot measure (as opposed to measuring a slow page). */
class BenchBroke extends Error {}

// ---------------------------------------------------------------------------------------------- seed

interface Seeded {
  dataDir: string;
  innovations: number;
  documents: number;
  stateBytes: number;
  generateMs: number;
  pushMs: number;
  stopMs: number;
  diskBytes: number;
}

async function seed(size: MeasuredSize, parent: string): Promise<Seeded> {
  let started = performance.now();
  const generated = generateArea(size);
  const generateMs = performance.now() - started;
  const docs: [string, Y.Doc][] = [
    [generated.areaDocName, generated.area],
    ...[...generated.regions].map(([code, doc]): [string, Y.Doc] => [
      regionDocName(generated.preset.id, code),
      doc,
    ]),
  ];
  let innovations = 0;
  let stateBytes = 0;
  for (const [, doc] of docs) {
    innovations += doc.getMap('innovations').size;
    stateBytes += Y.encodeStateAsUpdate(doc).byteLength;
  }
  const dataDir = path.join(parent, `data-${size}`);
  started = performance.now();
  const hub = await startHub(HUB_ENTRY, dataDir, WEB_DIR);
  // Each y-websocket provider (and its read-back probe) listens for the process's exit: 2 per document.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 2 * PUSH_CONCURRENCY + 10));
  try {
    const queue = [...docs];
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const [name, doc] = next;
        // Once more on a timeout: on a machine shared with test runs one push can miss its 10 s.
        await pushDoc(hub.wsUrl, name, doc).catch((error: unknown) => {
          log(`pushing ${name} failed (${error instanceof Error ? error.message : String(error)}); retrying`);
          return pushDoc(hub.wsUrl, name, doc);
        });
      }
    };
    await Promise.all(Array.from({ length: PUSH_CONCURRENCY }, worker));
  } catch (error) {
    await hub.stop();
    throw error;
  }
  const pushMs = performance.now() - started;
  started = performance.now();
  const how = await hub.stop();
  const stopMs = performance.now() - started;
  if (how !== 'clean') throw new BenchBroke(`seeding hub did not stop cleanly: ${how}`);
  for (const doc of [generated.area, ...generated.regions.values(), generated.commitment, generated.fgd]) {
    doc.destroy();
  }
  return {
    dataDir,
    innovations,
    documents: docs.length,
    stateBytes,
    generateMs,
    pushMs,
    stopMs,
    diskBytes: folderBytes(dataDir),
  };
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

// ---------------------------------------------------------------------------------------------- runs

interface RunResult {
  cold: LoadTimes;
  warm: LoadTimes | null;
  heapBytes: number;
  domNodes: number;
  keys: KeySample[];
  frames: number[];
  pageErrors: string[];
}

async function measureHeap(page: Page): Promise<{ heapBytes: number; domNodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection can leave objects with finalizers for the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    let heapBytes = metric('JSHeapUsedSize');
    if (!Number.isFinite(heapBytes)) heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    return { heapBytes, domNodes: metric('Nodes') };
  } finally {
    await cdp.detach();
  }
}

async function clearSearch(page: Page, expected: number): Promise<void> {
  await page.locator(CATALOG.search).fill('');
  await page.waitForFunction(
    ([selector, count]) => document.querySelector(selector)?.getAttribute('data-count') === count,
    [CATALOG.count, String(expected)] as const,
    { polling: 50, timeout: 30_000 },
  );
}

async function typeQueries(page: Page, expected: number): Promise<KeySample[]> {
  const samples: KeySample[] = [];
  const takeLate = async () => {
    const late = await page.evaluate(lateKeyResult);
    if (late !== null && samples.length > 0) samples[samples.length - 1] = late;
  };
  await page.locator(CATALOG.search).focus();
  for (const query of QUERIES) {
    await clearSearch(page, expected);
    await sleep(300);
    for (const char of query) {
      await page.evaluate(armKey);
      await page.keyboard.type(char);
      const sample = await page.evaluate(keyResult);
      if (sample === null) throw new BenchBroke(`the probe saw no keydown for "${char}" in the search box`);
      samples.push(sample);
      if (sample.resultsMs === null) {
        await sleep(UNCHANGED_PAUSE_MS);
        await takeLate();
      } else {
        await sleep(KEY_PAUSE_MS);
      }
    }
  }
  await clearSearch(page, expected);
  return samples;
}

function describeMissing(load: LoadTimes, expected: number): string {
  if (load.lastCount === null) return 'no catalog-count element appeared';
  return `count stayed at ${load.lastCount} (expected ${expected})`;
}

async function openCatalog(context: BrowserContext, url: string, pageErrors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && process.env.BENCH_VERBOSE) log(`page console error: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

async function loadCatalog(page: Page, expected: number): Promise<LoadTimes> {
  const load = await page.evaluate(waitVisible, LOAD_TIMEOUT_MS);
  if (load.visible === null && load.lastCount === null) {
    throw new BenchBroke(
      `catalog not shown within ${LOAD_TIMEOUT_MS / 1000} s: ${describeMissing(load, expected)} — ` +
        `is the catalog page built (data-testid="catalog-count" data-count)?`,
    );
  }
  return load;
}

/** What a run measures besides its cold start; typing and the warm reopen are the slow parts. */
interface RunPlan {
  typing: boolean;
  warm: boolean;
}

async function coldRun(
  browser: Browser,
  dataDir: string,
  expected: number,
  plan: RunPlan,
): Promise<RunResult> {
  const hub: Hub = await startHub(HUB_ENTRY, dataDir, WEB_DIR);
  const context = await browser.newContext({ viewport: VIEWPORT });
  const pageErrors: string[] = [];
  try {
    await seedProfile(context, KLATEN_EDITOR);
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbe, {
      expected,
      selectors: CATALOG,
      keyTimeoutMs: KEY_TIMEOUT_MS,
    });
    const url = `${hub.httpUrl}#/katalog`;
    const page = await openCatalog(context, url, pageErrors);
    const cold = await loadCatalog(page, expected);
    if (cold.visible === null) {
      return {
        cold,
        warm: null,
        heapBytes: Number.NaN,
        domNodes: Number.NaN,
        keys: [],
        frames: [],
        pageErrors,
      };
    }
    await sleep(SETTLE_MS);
    const { heapBytes, domNodes } = await measureHeap(page);
    const frames = await page.evaluate(scrollFrames, { selector: CATALOG.scroll, ...SCROLL });
    const keys = plan.typing ? await typeQueries(page, expected) : [];
    let warm: LoadTimes | null = null;
    if (plan.warm) {
      // Closed and opened again, as a person reopens the app: the same catalog URL (not the last
      // search, which the page keeps in its URL), with this context's IndexedDB copy.
      await page.close();
      warm = await loadCatalog(await openCatalog(context, url, pageErrors), expected);
    }
    return { cold, warm, heapBytes, domNodes, keys, frames, pageErrors };
  } finally {
    await context.close();
    const how = await hub.stop();
    if (how !== 'clean') log(`hub did not stop cleanly: ${how}`);
  }
}

/** Waits (up to BENCH_UI_QUIET_WAIT s) until other processes use less than a quarter of a core. */
async function waitForQuietMachine(): Promise<void> {
  const limitMs = envNumber('BENCH_UI_QUIET_WAIT', 30) * 1000;
  const started = performance.now();
  const other = new OtherCpu();
  let warned = false;
  for (;;) {
    other.reset();
    await sleep(1000);
    const pct = other.read();
    if (!Number.isFinite(pct) || pct < BUSY_MACHINE_PCT) return;
    if (performance.now() - started >= limitMs) {
      log(`machine still busy (${Math.round(pct)}% of a core used by other processes); measuring anyway`);
      return;
    }
    if (!warned) log(`machine busy (${Math.round(pct)}% of a core used by other processes); waiting…`);
    warned = true;
  }
}

// -------------------------------------------------------------------------------------------- report

interface DatasetResult {
  size: MeasuredSize;
  seeded: Seeded;
  runs: RunResult[];
  otherCpuPct: number;
  wallMs: number;
}

interface BarResult {
  name: string;
  pass: boolean;
  detail: string;
}

const int = (value: number) => Math.round(value).toLocaleString('en-US');
const msText = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '—';
const mbText = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1048576).toFixed(1) : '—');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** "run 1 types", "runs 1–2 type". */
const runsText = (n: number, of: number, one: string, many: string) =>
  Math.min(n, of) === 1 ? `run 1 ${one}` : `runs 1–${Math.min(n, of)} ${many}`;

function summarise(values: number[]): LatencySummary {
  const recorder = new LatencyRecorder(values.length);
  for (const value of values) if (Number.isFinite(value)) recorder.add(value);
  return recorder.summary();
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function verdict(pass: boolean | null): string {
  return pass === null ? '' : pass ? 'PASS' : 'FAIL';
}

function report(result: DatasetResult): { lines: string[]; bars: BarResult[] } {
  const { size, seeded, runs } = result;
  const bar = BARS[size];
  const bars: BarResult[] = [];
  const failedLoads = runs.filter((run) => run.cold.visible === null);
  const cold = summarise(runs.map((run) => run.cold.visible ?? Number.NaN));
  const firstRow = summarise(runs.map((run) => run.cold.firstRow ?? Number.NaN));
  const warmRuns = runs.flatMap((run) => (run.warm === null ? [] : [run.warm]));
  const warm = summarise(warmRuns.map((load) => load.visible ?? Number.NaN));
  const warmFirstRow = summarise(warmRuns.map((load) => load.firstRow ?? Number.NaN));
  const keySamples = runs.flatMap((run) => run.keys);
  const timedKeys = keySamples.flatMap((sample) => (sample.resultsMs === null ? [] : [sample.resultsMs]));
  const unchanged = keySamples.length - timedKeys.length;
  const late = keySamples.filter((sample) => sample.late).length;
  const echo = summarise(keySamples.map((sample) => sample.echoMs ?? Number.NaN));
  const keys = summarise(timedKeys);
  const frameTimes = runs.flatMap((run) => run.frames);
  const frames = summarise(frameTimes);
  const dropped = frameTimes.filter((ms) => ms > DROPPED_FRAME_MS).length;
  const heap = summarise(runs.map((run) => run.heapBytes));
  const nodes = summarise(runs.map((run) => run.domNodes));

  const visiblePass = bar === null ? null : failedLoads.length === 0 && cold.p50 < bar.visibleMs;
  const keyPass = bar === null ? null : keys.count > 0 && keys.p95 < bar.keyP95Ms;
  const rows: string[][] = [
    [
      'catalog visible, cold (ms)',
      `${cold.count}/${runs.length}`,
      msText(cold.p50),
      '',
      msText(cold.max),
      bar === null ? '' : `median < ${int(bar.visibleMs)}`,
      verdict(visiblePass),
    ],
    [
      '  first row in DOM (ms)',
      String(firstRow.count),
      msText(firstRow.p50),
      '',
      msText(firstRow.max),
      '',
      '',
    ],
    ['catalog visible, warm reopen (ms)', String(warm.count), msText(warm.p50), '', msText(warm.max), '', ''],
    [
      '  first row in DOM (ms)',
      String(warmFirstRow.count),
      msText(warmFirstRow.p50),
      '',
      msText(warmFirstRow.max),
    ],
    [
      'keystroke to results (ms)',
      String(keys.count),
      msText(keys.p50),
      msText(keys.p95),
      msText(keys.max),
      bar === null ? '' : `p95 < ${int(bar.keyP95Ms)}`,
      verdict(keyPass),
    ],
    ['  keys that changed nothing on screen', String(unchanged), '', '', '', '', ''],
    ['  keys answered after the page went idle', String(late), '', '', '', '', ''],
    [
      'keystroke to echo in the box (ms)',
      String(echo.count),
      msText(echo.p50),
      msText(echo.p95),
      msText(echo.max),
    ],
    [
      'scroll frame time (ms)',
      String(frames.count),
      msText(frames.p50),
      msText(frames.p95),
      msText(frames.max),
    ],
    [`  dropped frames (> ${DROPPED_FRAME_MS} ms)`, String(dropped), '', '', '', '', ''],
    ['renderer JS heap after GC (MB)', String(heap.count), mbText(heap.p50), '', mbText(heap.max), '', ''],
    [
      '  DOM nodes',
      String(nodes.count),
      int(nodes.p50),
      '',
      Number.isFinite(nodes.max) ? int(nodes.max) : '—',
    ],
  ];
  const title = `${size} — ${int(seeded.innovations)} innovations over ${seeded.documents - 1} regions`;
  const lines = [
    title,
    '='.repeat(title.length),
    `seed: generated in ${int(seeded.generateMs)} ms; pushed ${mbText(seeded.stateBytes)} MB over ` +
      `${seeded.documents} documents to a fresh hub in ${seconds(seeded.pushMs)} (start to last confirmation); ` +
      `stored and stopped in ${int(seeded.stopMs)} ms; ${mbText(seeded.diskBytes)} MB on disk`,
    `runs: ${runs.length} cold start${runs.length === 1 ? '' : 's'} (hub restarted from disk, fresh browser context: no IndexedDB copy); ` +
      `every run scrolls, ${runsText(TYPING_RUNS, runs.length, 'types', 'type')} the queries, ` +
      `${runsText(WARM_RUNS, runs.length, 'reopens', 'reopen')} the page warm (IndexedDB copy present); ` +
      `${seconds(result.wallMs)} in all`,
    '',
    ...table(['metric', 'n', 'median/p50', 'p95', 'max', 'bar', 'result'], rows),
  ];
  const warnings: string[] = [];
  const notes: string[] = [];
  for (const run of failedLoads) {
    warnings.push(`a cold run never showed the full count: ${describeMissing(run.cold, seeded.innovations)}`);
  }
  for (const load of warmRuns.filter((warmLoad) => warmLoad.visible === null)) {
    warnings.push(`a warm reopen never showed the full count: ${describeMissing(load, seeded.innovations)}`);
  }
  if (unchanged > 0) {
    // Their answer cannot be timed from the screen; the echo row still covers them.
    notes.push(
      `${unchanged} of ${keySamples.length} keystrokes left count and rows as they were (e.g. the first ` +
        'letter, or a word already narrowed down): not in the keystroke-to-results row',
    );
  }
  const errors = [...new Set(runs.flatMap((run) => run.pageErrors))];
  for (const error of errors.slice(0, 5)) warnings.push(`page error: ${error}`);
  const otherPct = Math.round(result.otherCpuPct);
  if (result.otherCpuPct >= BUSY_MACHINE_PCT) {
    warnings.push(
      `machine not quiet: other processes used ${otherPct}% of a core meanwhile; numbers suspect`,
    );
  } else {
    notes.push(`other processes used ${otherPct}% of a core meanwhile`);
  }
  lines.push('', ...warnings.map((line) => `  ! ${line}`), ...notes.map((line) => `  ${line}`));
  if (bar !== null && visiblePass !== null && keyPass !== null) {
    bars.push({
      name: `${size} visible < ${seconds(bar.visibleMs)}`,
      pass: visiblePass,
      detail: `median ${int(cold.p50)} ms, max ${int(cold.max)} ms${failedLoads.length > 0 ? ', a run failed' : ''}`,
    });
    bars.push({
      name: `${size} keystroke p95 < ${bar.keyP95Ms} ms`,
      pass: keyPass,
      detail: `${msText(keys.p95)} ms over ${keys.count} keys`,
    });
  }
  return { lines, bars };
}

/** Seeds one dataset, then measures `runCount` cold starts (some with typing and a warm reopen) against it. */
async function measureDataset(
  browser: Browser,
  size: MeasuredSize,
  tempDir: string,
  runCount: number,
): Promise<DatasetResult> {
  log(`${size}: generating and seeding…`);
  const seeded = await seed(size, tempDir);
  log(`${size}: ${seeded.innovations} innovations seeded in ${seconds(seeded.pushMs)}`);
  try {
    await waitForQuietMachine();
    const other = new OtherCpu();
    const wallStart = performance.now();
    const runs: RunResult[] = [];
    for (let run = 1; run <= runCount; run++) {
      const plan = { typing: run <= TYPING_RUNS, warm: run <= WARM_RUNS };
      const result = await coldRun(browser, seeded.dataDir, seeded.innovations, plan);
      log(
        `${size} run ${run}/${runCount}: cold ${msText(result.cold.visible ?? Number.NaN)} ms, ` +
          `warm ${msText(result.warm?.visible ?? Number.NaN)} ms, ${result.keys.length} keys, ` +
          `${result.frames.length} frames`,
      );
      if (process.env.BENCH_TRACE) {
        const text = (ms: number | null) => (ms === null ? '-' : ms.toFixed(0));
        log(
          `keys (key results/echo ms): ${result.keys.map((k) => `${k.key} ${text(k.resultsMs)}/${text(k.echoMs)}${k.late ? ' late' : ''}`).join(', ')}`,
        );
      }
      runs.push(result);
    }
    return { size, seeded, runs, otherCpuPct: other.read(), wallMs: performance.now() - wallStart };
  } finally {
    removeTempDir(seeded.dataDir);
  }
}

// ---------------------------------------------------------------------------------------------- main

async function main(): Promise<number> {
  installCleanupHandlers();
  for (const [file, hint] of [
    [HUB_ENTRY, 'npm run build:hub'],
    [path.join(WEB_DIR, 'index.html'), 'npm run build:app, or set REMBUG_WEB_DIR'],
    [CHROMIUM, 'apt-get install chromium, or set CHROMIUM_PATH'],
  ] as const) {
    if (!fs.existsSync(file)) throw new BenchBroke(`${file} is missing: ${hint}`);
  }
  const sizes = parseSizes(process.env.BENCH_UI_SIZES);
  const runCount = Math.max(1, Math.round(envNumber('BENCH_UI_RUNS', 3)));
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-bench-ui-'));
  trackTempDir(tempDir);
  const started = performance.now();
  log(
    `web client ${path.relative(ROOT, WEB_DIR) || WEB_DIR}, chromium ${CHROMIUM}, ${runCount} runs per dataset`,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const results: DatasetResult[] = [];
  const broken: string[] = [];
  try {
    for (const size of sizes) {
      try {
        results.push(await measureDataset(browser, size, tempDir, runCount));
      } catch (error) {
        // The other datasets may still measure; the exit code says this one could not.
        const message =
          error instanceof BenchBroke ? error.message : error instanceof Error ? error.stack : error;
        broken.push(`${size}: ${String(message)}`);
        log(`${size}: could not measure: ${String(message)}`);
      }
    }
  } finally {
    await browser.close();
  }

  const allBars: BarResult[] = [];
  process.stdout.write(
    `Catalog screen in Chromium (${VIEWPORT.width}×${VIEWPORT.height}, ${os.cpus().length} cores), ` +
      `profile: regionEditor Kab. Klaten, queries typed: ${QUERIES.map((q) => `"${q}"`).join(', ')}\n` +
      'Times in ms from navigation start (loads) or keydown (keys) to the end of the frame that paints the change, ' +
      'measured in the page.\n',
  );
  for (const result of results) {
    const { lines, bars } = report(result);
    process.stdout.write(`\n${lines.join('\n')}\n`);
    allBars.push(...bars);
  }
  for (const line of broken) process.stdout.write(`\nCOULD NOT MEASURE ${line}\n`);
  const failed = allBars.some((bar) => !bar.pass);
  const parts = allBars.map((bar) => `${bar.name}: ${bar.pass ? 'PASS' : 'FAIL'} (${bar.detail})`);
  process.stdout.write(
    `\nBARS ${allBars.length === 0 ? 'n/a' : failed ? 'FAIL' : 'PASS'} — ${parts.join(' | ')}\n` +
      `(total ${seconds(performance.now() - started)})\n`,
  );
  return broken.length > 0 ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanupAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    const message =
      error instanceof BenchBroke ? error.message : error instanceof Error ? error.stack : error;
    process.stderr.write(`bench:ui: could not measure: ${String(message)}\n`);
    await cleanupAll();
    process.exit(1);
  });
