/**
 * Each server × size is measured in several rounds, interleaved with the other server's (A B, B A, A B…),
 * because on two shared cores one run's tail latency swings by tens of percent. The rounds are combined
 * into one measurement: medians for latency percentiles and CPU, sums for counts, maxima for peaks.
 */
import type { LoadSize, RunResult } from './load.js';

/** One run (one round) of one server at one size. */
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

export interface Measurement {
  server: string;
  size: LoadSize;
  rounds: RunOutcome[];
  /** Combined over the rounds that produced a result; null if none did. */
  result: RunResult | null;
  /** p99 of each round that produced a result, in order. */
  p99ByRound: number[];
  /** Rounds that failed, crashed or ended uncleanly. */
  problems: string[];
}

function median(values: number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = finite.length >> 1;
  return finite.length % 2 === 1
    ? (finite[mid] ?? Number.NaN)
    : ((finite[mid - 1] ?? 0) + (finite[mid] ?? 0)) / 2;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);

export function combine(server: string, size: LoadSize, rounds: RunOutcome[]): Measurement {
  const problems: string[] = [];
  const results: RunResult[] = [];
  for (const [i, round] of rounds.entries()) {
    const tag = rounds.length > 1 ? `round ${i + 1}: ` : '';
    if (round.result === null) problems.push(`${tag}did not run: ${round.error ?? 'unknown error'}`);
    else results.push(round.result);
    if (round.result?.crashed) problems.push(`${tag}SERVER DIED during the run (${round.result.crashed})`);
    if (round.expectCleanExit && round.result !== null && round.stopStatus !== 'exit 0') {
      problems.push(`${tag}on SIGTERM the node ended with ${round.stopStatus} (expected exit 0)`);
    }
    for (const note of round.result?.notes ?? []) problems.push(`${tag}${note}`);
  }
  if (results.length === 0) return { server, size, rounds, result: null, p99ByRound: [], problems };
  const of = <T>(pick: (r: RunResult) => T) => results.map(pick);
  const result: RunResult = {
    server,
    size,
    synced: Math.min(...of((r) => r.synced)),
    rampMs: median(of((r) => r.rampMs)),
    edits: sum(of((r) => r.edits)),
    expected: sum(of((r) => r.expected)),
    received: sum(of((r) => r.received)),
    lost: sum(of((r) => r.lost)),
    outOfOrder: sum(of((r) => r.outOfOrder)),
    latency: {
      count: sum(of((r) => r.latency.count)),
      p50: median(of((r) => r.latency.p50)),
      p95: median(of((r) => r.latency.p95)),
      p99: median(of((r) => r.latency.p99)),
      max: max(of((r) => r.latency.max)),
    },
    peakRssBytes: max(of((r) => r.peakRssBytes)),
    serverCpuPct: median(of((r) => r.serverCpuPct)),
    genCpuPct: median(of((r) => r.genCpuPct)),
    genEluPct: max(of((r) => r.genEluPct)),
    genLagMaxMs: max(of((r) => r.genLagMaxMs)),
    otherCpuPct: max(of((r) => r.otherCpuPct)),
    drops: sum(of((r) => r.drops)),
    refused: sum(of((r) => r.refused)),
    crashed: results.find((r) => r.crashed !== null)?.crashed ?? null,
    notes: [],
  };
  return { server, size, rounds, result, p99ByRound: of((r) => r.latency.p99), problems };
}
