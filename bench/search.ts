/**
 * Catalog search at scale: building the index over the generated area (3,000) and national (40,000)
 * catalogs, and the time of one keystroke's query. Run with `npm run bench:search`.
 */
import { CatalogSearch, catalogDocument } from '../shared/catalog/search.js';
import { generateArea } from '../shared/model/demo/index.js';
import { readInnovations } from '../shared/model/innovation.js';
import { displayName, regencyByCode } from '../shared/regions/index.js';

/** What someone types, one keystroke at a time. */
const TYPED = [
  'pos',
  'posy',
  'posyandu',
  'umkm dig',
  'parkir',
  'air min',
  'bansos non',
  'kulon',
  'sampah',
  'antrean puskes',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

for (const size of ['area', 'national'] as const) {
  const { regions } = generateArea(size);
  const documents = [...regions].flatMap(([code, ydoc]) => {
    const regency = regencyByCode(code);
    const name = regency ? displayName(regency) : code;
    return readInnovations(ydoc, code, code, () => undefined).map((innovation) =>
      catalogDocument(innovation, name),
    );
  });
  const heapBefore = process.memoryUsage().heapUsed;
  const search = new CatalogSearch();
  const start = performance.now();
  search.replaceAll(documents);
  const buildMs = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const timings: number[] = [];
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const query of TYPED) {
      for (let end = 1; end <= query.length; end++) {
        const t = performance.now();
        hits += search.search(query.slice(0, end)).length;
        timings.push(performance.now() - t);
      }
    }
  }
  timings.sort((a, b) => a - b);
  process.stdout.write(
    `${size.padEnd(9)} ${String(documents.length).padStart(6)} innovations: index built in ${buildMs.toFixed(0)} ms ` +
      `(~${heapMb.toFixed(0)} MB heap); one keystroke p50 ${percentile(timings, 50).toFixed(2)} ms, ` +
      `p95 ${percentile(timings, 95).toFixed(2)} ms, max ${(timings.at(-1) ?? 0).toFixed(2)} ms (${timings.length} queries, ${hits} hits)\n`,
  );
}
