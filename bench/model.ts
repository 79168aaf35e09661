/**
 * Cost of the model layer at scale (issue #3): for the area (3,000 innovations, 25 regions) and the
 * national set (40,000, 514 regions), the bytes the node's snapshots hold, the time to load one region
 * doc and the whole area from those bytes, the time for a full read of the catalog, and the heap used
 * with everything loaded. Run with `npm run bench:model`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Y from 'yjs';
import { readArea } from '../shared/model/area.js';
import { type DatasetSize, generateArea, regionDocName } from '../shared/model/demo/index.js';
import { readInnovations } from '../shared/model/innovation.js';
import type { ReadProblem } from '../shared/model/validated-read.js';

const BARS: Record<'area' | 'national', { ms: number; heapMB: number | null }> = {
  area: { ms: 300, heapMB: null },
  national: { ms: 3000, heapMB: 500 },
};

/**
 * A real collection when possible, so "heap used" is live data rather than leftover garbage from
 * generating the set. tsx gives no way to pass --expose-gc, but V8 accepts the flag at run time and
 * a fresh context then exposes `gc`.
 */
function findGc(): (() => void) | null {
  const existing: unknown = Reflect.get(globalThis, 'gc');
  if (typeof existing === 'function') return () => existing();
  setFlagsFromString('--expose-gc');
  const fresh: unknown = runInNewContext('gc');
  return typeof fresh === 'function' ? () => fresh() : null;
}
const gc = findGc();

function settle(): void {
  // Two rounds: the first can leave objects with finalizers for the second.
  gc?.();
  gc?.();
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

interface Snapshot {
  areaId: string;
  areaDoc: string;
  area: Uint8Array;
  /** Region code → encoded state. */
  regions: Map<string, Uint8Array>;
  innovations: number;
}

/** What the node's snapshots hold: one `encodeStateAsUpdate` per document. */
function snapshotOf(size: DatasetSize): Snapshot {
  const generated = generateArea(size);
  const regions = new Map<string, Uint8Array>();
  let innovations = 0;
  for (const [code, doc] of generated.regions) {
    regions.set(code, Y.encodeStateAsUpdate(doc));
    innovations += doc.getMap('innovations').size;
    doc.destroy();
  }
  const area = Y.encodeStateAsUpdate(generated.area);
  generated.area.destroy();
  return { areaId: generated.preset.id, areaDoc: generated.areaDocName, area, regions, innovations };
}

function load(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

interface Loaded {
  area: Y.Doc;
  regions: Map<string, Y.Doc>;
}

function loadAll(snapshot: Snapshot): Loaded {
  const regions = new Map<string, Y.Doc>();
  for (const [code, state] of snapshot.regions) regions.set(code, load(state));
  return { area: load(snapshot.area), regions };
}

/** Everything the catalog page shows: the area and every region's innovations, validated. */
function readCatalog(snapshot: Snapshot, loaded: Loaded): { innovations: number; problems: number } {
  let problems = 0;
  const count = (_: ReadProblem) => {
    problems++;
  };
  readArea(loaded.area, snapshot.areaDoc, count);
  let innovations = 0;
  for (const [code, doc] of loaded.regions) {
    innovations += readInnovations(doc, regionDocName(snapshot.areaId, code), code, count).length;
  }
  return { innovations, problems };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const row = (label: string, value: string, note = ''): string =>
  `  ${label.padEnd(38)} ${value.padStart(12)}  ${note}`.trimEnd();

function measure(size: 'area' | 'national'): { lines: string[]; pass: boolean } {
  const generating = time(() => snapshotOf(size));
  const snapshot = generating.value;
  settle();
  const states = [snapshot.area, ...snapshot.regions.values()];
  const diskBytes = states.reduce((sum, state) => sum + state.length, 0);
  const [largestCode, largest] = [...snapshot.regions].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  const heapBefore = process.memoryUsage().heapUsed;

  // Cold: the first load and read in this process for this set, as on an app start.
  const loading = time(() => loadAll(snapshot));
  const reading = time(() => readCatalog(snapshot, loading.value));
  const oneRegion = Array.from({ length: 5 }, () => time(() => load(largest)).ms).sort((a, b) => a - b);
  settle();
  const heapLoaded = process.memoryUsage().heapUsed;
  // Warm: again, with the code paths optimised, to show how much of the cold time is start-up.
  const warmLoad = time(() => loadAll(snapshot));
  const warmRead = time(() => readCatalog(snapshot, warmLoad.value));

  const total = loading.ms + reading.ms;
  const bar = BARS[size];
  const heapMB = heapLoaded / 1e6;
  const timePass = total < bar.ms;
  const heapPass = bar.heapMB === null || heapMB < bar.heapMB;
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  const { innovations, problems } = reading.value;
  const lines = [
    `${size} — ${snapshot.innovations.toLocaleString('en')} innovations in ${snapshot.regions.size} regions (generated in ${ms(generating.ms)})`,
    row(
      'size on disk (all snapshots)',
      mb(diskBytes),
      `${states.length} docs, largest region ${largestCode} ${mb(largest.length)}`,
    ),
    row('load largest region doc', ms(oneRegion[2] ?? Number.NaN), 'median of 5'),
    row('load whole area (all docs), cold', ms(loading.ms), `warm ${ms(warmLoad.ms)}`),
    row(
      'full catalog read, cold',
      ms(reading.ms),
      `warm ${ms(warmRead.ms)}; ${innovations} read, ${problems} problems`,
    ),
    row(
      'heap used, all docs loaded',
      mb(heapLoaded),
      `${gc ? 'after forced GC' : 'no GC available: includes garbage'}; ${mb(heapLoaded - heapBefore)} over baseline`,
    ),
    row(`bar: load + read < ${bar.ms} ms`, ms(total), verdict(timePass)),
  ];
  if (bar.heapMB !== null) lines.push(row(`bar: heap < ${bar.heapMB} MB`, mb(heapLoaded), verdict(heapPass)));
  for (const doc of [loading.value.area, ...loading.value.regions.values()]) doc.destroy();
  for (const doc of [warmLoad.value.area, ...warmLoad.value.regions.values()]) doc.destroy();
  return { lines, pass: timePass && heapPass && problems === 0 };
}

const results = [measure('area'), measure('national')];
process.stdout.write(
  `Model layer (node ${process.version})\n\n${results.map((r) => r.lines.join('\n')).join('\n\n')}\n`,
);
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
