/** Fixed-width report: per-run table, our/stock ratios, extra sections, and the bars as a final line. */
import type { LoadSize, RunResult } from './load.js';

/** A block of the printed report (the storage benchmark adds one). */
export interface ReportSection {
  title: string;
  lines: string[];
}

/** One server × size: a result, or why there is none (e.g. the server did not start). */
export interface RunOutcome {
  server: string;
  size: LoadSize;
  result: RunResult | null;
  error: string | null;
  /** How the server process ended when stopped with SIGTERM ("exit 0", "signal SIGTERM", …). */
  stopStatus: string;
  /** Whether SIGTERM should end the server with exit 0 (our node promises it; the stock server does not). */
  expectCleanExit: boolean;
}

/** Event-loop utilisation above this means the load generator, not the server, may be the bottleneck. */
export const SATURATED_ELU_PCT = 90;

const pad = (value: string, width: number) => value.padStart(width);
const ms = (value: number) =>
  Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '—';
const pct = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}%` : '—');
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(0)} MB` : '—');
const int = (value: number) => value.toLocaleString('en-US');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b > 0 ? (a / b).toFixed(2) : '—');

export const sizeLabel = (size: LoadSize) => `${int(size.clients)}/${int(size.rooms)} @${size.rate}/s`;

function table(header: string[], rows: string[][], widths: number[]): string[] {
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : pad(cell, widths[i] ?? 0))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows) out.push(line(row));
  return out;
}

/** Other processes using more than this much of a core during a window make its numbers suspect. */
export const BUSY_MACHINE_PCT = 25;

export function runTables(outcomes: RunOutcome[]): string[] {
  const latencyRows: string[][] = [];
  const resourceRows: string[][] = [];
  const notes: string[] = [];
  for (const outcome of outcomes) {
    const r = outcome.result;
    const label = sizeLabel(outcome.size);
    if (r === null) {
      latencyRows.push([outcome.server, label, 'FAILED TO RUN (see below)']);
      resourceRows.push([outcome.server, label, 'FAILED TO RUN (see below)']);
      notes.push(`${outcome.server} ${label}: ${outcome.error ?? 'unknown error'}`);
      continue;
    }
    const saturated = r.genEluPct >= SATURATED_ELU_PCT;
    const busy = r.otherCpuPct >= BUSY_MACHINE_PCT;
    latencyRows.push([
      r.server,
      label,
      int(r.edits),
      int(r.expected),
      int(r.received),
      r.lost > 0 ? `${int(r.lost)} !` : '0',
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
    ]);
    resourceRows.push([
      r.server,
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
    const where = `${r.server} ${label}`;
    if (r.crashed !== null) notes.push(`${where}: SERVER DIED during the run (${r.crashed})`);
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
    if (outcome.expectCleanExit && outcome.stopStatus !== 'exit 0') {
      notes.push(`${where}: on SIGTERM the node ended with ${outcome.stopStatus} (expected exit 0)`);
    }
    for (const note of r.notes) notes.push(`${where}: ${note}`);
  }
  const out = [
    'Delivery and edit-to-peer latency',
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
        'max ms',
      ],
      latencyRows,
      [6, 19, 6, 9, 9, 6, 6, 6, 6, 7],
    ),
    '',
    'Resources over the write window (CPU as % of one core)',
    ...table(
      [
        'server',
        'clients/rooms @rate',
        'peak RSS',
        'srv CPU',
        'gen CPU',
        'gen loop',
        'gen stall ms',
        'other CPU',
        'ramp-up',
        'drops',
      ],
      resourceRows,
      [6, 19, 8, 7, 7, 8, 12, 9, 7, 5],
    ),
  ];
  if (notes.length > 0) out.push('', ...notes.map((n) => `  ! ${n}`));
  return out;
}

function find(outcomes: RunOutcome[], server: string, clients: number): RunResult | undefined {
  for (const o of outcomes)
    if (o.result && o.server === server && o.size.clients === clients) return o.result;
  return undefined;
}

export function ratioTable(outcomes: RunOutcome[], sizes: LoadSize[], ours: string, stock: string): string[] {
  const rows: string[][] = [];
  for (const size of sizes) {
    const a = find(outcomes, ours, size.clients);
    const b = find(outcomes, stock, size.clients);
    if (!a || !b) {
      rows.push([sizeLabel(size), '—', '—', '—', '—']);
      continue;
    }
    rows.push([
      sizeLabel(size),
      ratio(a.latency.p50, b.latency.p50),
      ratio(a.latency.p95, b.latency.p95),
      ratio(a.latency.p99, b.latency.p99),
      ratio(a.peakRssBytes, b.peakRssBytes),
    ]);
  }
  return table(['clients/rooms @rate', 'p50', 'p95', 'p99', 'RSS'], rows, [19, 5, 5, 5, 5]);
}

export interface Bar {
  name: string;
  /** null: not evaluated (size not run). */
  pass: boolean | null;
  detail: string;
}

export function evaluateBars(outcomes: RunOutcome[], sizes: LoadSize[], ours: string, stock: string): Bar[] {
  const bars: Bar[] = [];
  // 1. No update lost at any size (and every run of our node actually happened, fully connected, no crash).
  const ourRuns = outcomes.filter((o) => o.server === ours);
  const problems: string[] = [];
  for (const o of ourRuns) {
    const r = o.result;
    if (r === null) problems.push(`${int(o.size.clients)}: did not run`);
    else {
      if (r.lost > 0) problems.push(`${int(r.size.clients)}: ${int(r.lost)} lost`);
      if (r.crashed !== null) problems.push(`${int(r.size.clients)}: crashed`);
      if (r.synced < r.size.clients)
        problems.push(`${int(r.size.clients)}: ${r.size.clients - r.synced} not synced`);
    }
  }
  bars.push({
    name: 'no update lost',
    pass: ourRuns.length === 0 ? null : problems.length === 0,
    detail: ourRuns.length === 0 ? 'not run' : problems.length === 0 ? '0 lost' : problems.join(', '),
  });
  // 2. p99 our/stock <= 1.2 at 100 and 1,000 clients.
  for (const clients of [100, 1000]) {
    const name = `p99 ≤ 1.2× stock @${int(clients)}`;
    if (!sizes.some((s) => s.clients === clients)) {
      bars.push({ name, pass: null, detail: 'not run' });
      continue;
    }
    const a = find(outcomes, ours, clients);
    const b = find(outcomes, stock, clients);
    if (!a || !b) {
      bars.push({ name, pass: false, detail: 'missing run' });
      continue;
    }
    const r = a.latency.p99 / b.latency.p99;
    bars.push({ name, pass: r <= 1.2, detail: `${r.toFixed(2)}×` });
  }
  // 3. 5,000 clients held on one node with p99 < 250 ms.
  {
    const name = 'p99 < 250 ms @5,000';
    if (!sizes.some((s) => s.clients === 5000)) bars.push({ name, pass: null, detail: 'not run' });
    else {
      const a = find(outcomes, ours, 5000);
      if (!a) bars.push({ name, pass: false, detail: 'missing run' });
      else {
        const held = a.synced === a.size.clients && a.crashed === null && a.drops === 0;
        bars.push({
          name,
          pass: held && a.latency.p99 < 250,
          detail: `${ms(a.latency.p99)} ms${held ? '' : ', clients not all held'}`,
        });
      }
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
