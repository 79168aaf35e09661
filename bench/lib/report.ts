/** Fixed-width report: measurement tables, our/stock ratios, extra sections, and the bars as a final line. */
import type { LoadSize } from './load.js';
import type { Measurement } from './rounds.js';

/** A block of the printed report (the storage benchmark adds one). */
export interface ReportSection {
  title: string;
  lines: string[];
}

/** Event-loop utilisation above this means the load generator, not the server, may be the bottleneck. */
export const SATURATED_ELU_PCT = 90;
/** Other processes using more than this much of a core during a window make its numbers suspect. */
export const BUSY_MACHINE_PCT = 25;

const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '—';
const pct = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}%` : '—');
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(0)} MB` : '—');
const int = (value: number) => value.toLocaleString('en-US');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? (a / b).toFixed(2) : '—');

export const sizeLabel = (size: LoadSize) => `${int(size.clients)}/${int(size.rooms)} @${size.rate}/s`;

function table(header: string[], rows: string[][], widths: number[]): string[] {
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function measurementTables(measurements: Measurement[]): string[] {
  const latencyRows: string[][] = [];
  const resourceRows: string[][] = [];
  const notes: string[] = [];
  for (const m of measurements) {
    const label = sizeLabel(m.size);
    const where = `${m.server} ${label}`;
    for (const problem of m.problems) notes.push(`${where}: ${problem}`);
    const r = m.result;
    if (r === null) {
      latencyRows.push([m.server, label, 'FAILED TO RUN (see below)']);
      resourceRows.push([m.server, label, 'FAILED TO RUN (see below)']);
      continue;
    }
    const saturated = r.genEluPct >= SATURATED_ELU_PCT;
    const busy = r.otherCpuPct >= BUSY_MACHINE_PCT;
    latencyRows.push([
      m.server,
      label,
      int(r.edits),
      int(r.expected),
      int(r.received),
      r.lost > 0 ? `${int(r.lost)} !` : '0',
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      m.p99ByRound.map((v) => v.toFixed(1)).join(' / '),
    ]);
    resourceRows.push([
      m.server,
      label,
      mb(r.peakRssBytes),
      pct(r.serverCpuPct),
      pct(r.genCpuPct),
      `${pct(r.genEluPct)}${saturated ? ' !' : ''}`,
      ms(r.genLagMaxMs),
      `${pct(Math.max(0, r.otherCpuPct))}${busy ? ' !' : ''}`,
      `${(r.rampMs / 1000).toFixed(1)} s`,
      int(r.drops),
    ]);
    if (r.synced < r.size.clients) notes.push(`${where}: only ${r.synced}/${r.size.clients} clients synced`);
    if (r.refused > 0) notes.push(`${where}: ${r.refused} connections refused by the server (close 44xx)`);
    if (r.drops > 0) notes.push(`${where}: ${r.drops} connections dropped after sync (clients reconnected)`);
    if (r.outOfOrder > 0) notes.push(`${where}: ${r.outOfOrder} items out of sequence`);
    if (saturated) {
      notes.push(
        `${where}: load generator saturated (loop ${pct(r.genEluPct)} busy); latency includes its queueing`,
      );
    }
    if (busy) {
      notes.push(
        `${where}: machine not quiet: other processes used ${pct(r.otherCpuPct)} of a core; numbers suspect`,
      );
    }
  }
  const out = [
    'Delivery and edit-to-peer latency (percentiles: median over rounds; edits and deliveries: all rounds)',
    ...table(
      [
        'server',
        'clients/rooms @rate',
        'edits',
        'expected',
        'received',
        'lost',
        'p50 ms',
        'p95 ms',
        'p99 ms',
      ].concat(['max ms', 'p99 by round']),
      latencyRows,
      [6, 19, 7, 9, 9, 6, 6, 6, 6, 7, 12],
    ),
    '',
    'Resources over the write window (CPU: % of one core, median over rounds; RSS, loop, stall, other: worst)',
    ...table(
      ['server', 'clients/rooms @rate', 'peak RSS', 'srv CPU', 'gen CPU', 'gen loop', 'gen stall ms'].concat([
        'other CPU',
        'ramp-up',
        'drops',
      ]),
      resourceRows,
      [6, 19, 8, 7, 7, 8, 12, 9, 7, 5],
    ),
  ];
  if (notes.length > 0) out.push('', ...notes.map((n) => `  ! ${n}`));
  return out;
}

function find(measurements: Measurement[], server: string, clients: number): Measurement | undefined {
  return measurements.find((m) => m.server === server && m.size.clients === clients);
}

export function ratioTable(
  measurements: Measurement[],
  sizes: LoadSize[],
  ours: string,
  stock: string,
): string[] {
  const rows = sizes.map((size) => {
    const a = find(measurements, ours, size.clients)?.result;
    const b = find(measurements, stock, size.clients)?.result;
    if (!a || !b) return [sizeLabel(size), '—', '—', '—', '—'];
    return [
      sizeLabel(size),
      ratio(a.latency.p50, b.latency.p50),
      ratio(a.latency.p95, b.latency.p95),
      ratio(a.latency.p99, b.latency.p99),
      ratio(a.peakRssBytes, b.peakRssBytes),
    ];
  });
  return table(['clients/rooms @rate', 'p50', 'p95', 'p99', 'RSS'], rows, [19, 5, 5, 5, 5]);
}

export interface Bar {
  name: string;
  /** null: not evaluated (size not run). */
  pass: boolean | null;
  detail: string;
}

export function evaluateBars(
  measurements: Measurement[],
  sizes: LoadSize[],
  ours: string,
  stock: string,
): Bar[] {
  const bars: Bar[] = [];
  // 1. No update lost at any size (and every round of our node ran, fully connected, without a crash).
  const ourRuns = measurements.filter((m) => m.server === ours);
  const problems: string[] = [];
  for (const m of ourRuns) {
    const n = int(m.size.clients);
    const failed = m.rounds.filter((round) => round.result === null).length;
    if (failed > 0) problems.push(`${n}: ${failed} round(s) did not run`);
    const r = m.result;
    if (r === null) continue;
    if (r.lost > 0) problems.push(`${n}: ${int(r.lost)} lost`);
    if (r.crashed !== null) problems.push(`${n}: server died`);
    if (r.synced < r.size.clients) problems.push(`${n}: ${r.size.clients - r.synced} not synced`);
  }
  bars.push({
    name: 'no update lost',
    pass: ourRuns.length === 0 ? null : problems.length === 0,
    detail: ourRuns.length === 0 ? 'not run' : problems.length === 0 ? '0 lost' : problems.join(', '),
  });
  // 2. p99 our/stock <= 1.2 at 100 and 1,000 clients (medians over rounds).
  for (const clients of [100, 1000]) {
    const name = `p99 ≤ 1.2× stock @${int(clients)}`;
    if (!sizes.some((s) => s.clients === clients)) {
      bars.push({ name, pass: null, detail: 'not run' });
      continue;
    }
    const a = find(measurements, ours, clients)?.result;
    const b = find(measurements, stock, clients)?.result;
    if (!a || !b) {
      bars.push({ name, pass: false, detail: 'missing run' });
      continue;
    }
    const r = a.latency.p99 / b.latency.p99;
    bars.push({ name, pass: r <= 1.2, detail: `${r.toFixed(2)}×` });
  }
  // 3. 5,000 clients held on one node with p99 < 250 ms.
  const name = 'p99 < 250 ms @5,000';
  if (!sizes.some((s) => s.clients === 5000)) bars.push({ name, pass: null, detail: 'not run' });
  else {
    const m = find(measurements, ours, 5000);
    const a = m?.result;
    if (!m || !a) bars.push({ name, pass: false, detail: 'missing run' });
    else {
      const held =
        a.synced === a.size.clients &&
        a.crashed === null &&
        a.drops === 0 &&
        m.rounds.every((round) => round.result !== null);
      const worst = Math.max(...m.p99ByRound);
      bars.push({
        name,
        pass: held && a.latency.p99 < 250,
        detail: `${ms(a.latency.p99)} ms, worst round ${ms(worst)} ms${held ? '' : ', clients not all held'}`,
      });
    }
  }
  return bars;
}

export function barsLine(bars: Bar[]): string {
  const failed = bars.some((b) => b.pass === false);
  const skipped = bars.some((b) => b.pass === null);
  const verdict = failed ? 'FAIL' : skipped ? 'PASS (partial: some sizes not run)' : 'PASS';
  const parts = bars.map(
    (b) => `${b.name}: ${b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL'} (${b.detail})`,
  );
  return `BARS ${verdict} — ${parts.join(' | ')}`;
}

export function printSection(section: ReportSection): void {
  process.stdout.write(`\n${section.title}\n${'='.repeat(section.title.length)}\n`);
  for (const line of section.lines) process.stdout.write(`${line}\n`);
}
