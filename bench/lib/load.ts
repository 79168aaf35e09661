/**
 * One measured run against one server: connect the fleet, warm up, drive the writers for a fixed
 * window, wait for deliveries to settle, and collect latency, losses and resource use.
 */
import { performance } from 'node:perf_hooks';
import { LoadGenerator } from './generator.js';
import { cpuTimeMs, machineBusyMs, peakRssBytes } from './procfs.js';
import type { ServerHandle } from './servers.js';
import { LatencyRecorder, type LatencySummary } from './stats.js';

export interface LoadSize {
  clients: number;
  rooms: number;
  /** Edits per second per writer. */
  rate: number;
}

export interface RunOptions {
  /** Length of the measured write window. */
  seconds: number;
  /** Unmeasured load before the window (warms the JIT and heap of generator and server alike). */
  warmupSeconds: number;
  /** Longest wait for deliveries after the writers stop. */
  settleMs: number;
  token: string;
  /** Prefix of room names; must be a valid Rembug room name segment. */
  roomPrefix: string;
  /** Spread the connections over this long. */
  rampSeconds: number;
  /** Most connections still waiting for their first sync at once during the ramp-up. */
  rampConcurrency: number;
  /** Force a full GC in the main thread. */
  gc: () => void;
  /** Load-generator threads (rooms are spread over them). */
  threads: number;
  log: (line: string) => void;
}

export interface RunResult {
  server: string;
  size: LoadSize;
  /** Clients that completed their first sync, and how long the ramp-up took. */
  synced: number;
  rampMs: number;
  /** Edits written in the measured window. */
  edits: number;
  expected: number;
  received: number;
  lost: number;
  /** Items that arrived with a sequence number other than their position (should be 0). */
  outOfOrder: number;
  latency: LatencySummary;
  peakRssBytes: number;
  /** Server CPU time over the write window, % of one core. */
  serverCpuPct: number;
  /** Load generator CPU (all its threads) over the write window, % of one core. */
  genCpuPct: number;
  /** Event-loop utilisation of the busiest load-generator thread over the write window, 0–100 %. */
  genEluPct: number;
  /** Longest event-loop stall of any load-generator thread during the window (ms). */
  genLagMaxMs: number;
  /** CPU used by everything else on the machine during the window, % of one core (should be ~0). */
  otherCpuPct: number;
  /** Connections that closed after their first sync (reconnects), and terminal refusals. */
  drops: number;
  refused: number;
  /** Non-null when the server process died during the run. */
  crashed: string | null;
  notes: string[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runLoad(server: ServerHandle, size: LoadSize, options: RunOptions): Promise<RunResult> {
  const notes: string[] = [];
  const generator = LoadGenerator.start(options.threads, options.log);
  try {
    const rampStart = performance.now();
    const perRoom = Math.floor(size.clients / size.rooms);
    const roomNames = Array.from({ length: size.rooms }, (_, r) => `${options.roomPrefix}-r${r}`);
    const fleet = await generator.connect(
      {
        url: server.url,
        token: options.token,
        roomNames,
        perRoom,
        rampSeconds: options.rampSeconds,
        maxPending: options.rampConcurrency,
      },
      () => server.exitStatus() !== null,
    );
    const rampMs = performance.now() - rampStart;
    if (fleet.synced < fleet.total) {
      notes.push(`only ${fleet.synced}/${fleet.total} clients synced within ${Math.round(rampMs)} ms`);
    }
    options.log(`${fleet.synced}/${fleet.total} synced in ${(rampMs / 1000).toFixed(1)} s`);

    // Warm-up: the same load, unmeasured (warms the JIT and heaps of generator and server alike).
    if (options.warmupSeconds > 0) {
      await generator.drive({ rate: size.rate, seconds: options.warmupSeconds, measure: false });
      await generator.settle(options.settleMs, () => undefined);
    }
    await generator.gc();
    options.gc();
    await sleep(500);

    // Measured window. process.cpuUsage covers every thread of this process.
    const cpu0 = process.cpuUsage();
    const serverCpu0 = cpuTimeMs(server.pid);
    const machine0 = machineBusyMs();
    const t0 = performance.now();
    const edits = await generator.drive({ rate: size.rate, seconds: options.seconds, measure: true });
    const windowMs = performance.now() - t0;
    const machine1 = machineBusyMs();
    const serverCpuMs = cpuTimeMs(server.pid) - serverCpu0;
    const cpu = process.cpuUsage(cpu0);
    const genCpuMs = (cpu.user + cpu.system) / 1000;

    const delivery = await generator.settle(options.settleMs, options.log);
    const recorder = new LatencyRecorder(delivery.samples.reduce((n, s) => n + s.length, 0));
    for (const samples of delivery.samples) recorder.addAll(samples);
    if (delivery.received > delivery.expected) {
      notes.push(`${delivery.received - delivery.expected} more deliveries than expected`);
    }
    return {
      server: server.label,
      size,
      synced: fleet.synced,
      rampMs,
      edits,
      expected: delivery.expected,
      received: delivery.received,
      lost: Math.max(0, delivery.expected - delivery.received),
      outOfOrder: delivery.outOfOrder,
      latency: recorder.summary(),
      peakRssBytes: peakRssBytes(server.pid),
      serverCpuPct: (serverCpuMs / windowMs) * 100,
      genCpuPct: (genCpuMs / windowMs) * 100,
      genEluPct: delivery.maxElu * 100,
      genLagMaxMs: delivery.lagMaxMs,
      otherCpuPct: ((machine1 - machine0 - serverCpuMs - genCpuMs) / windowMs) * 100,
      drops: delivery.drops,
      refused: delivery.refused,
      crashed: server.exitStatus(),
      notes,
    };
  } finally {
    // Teardown: close every client, free the docs, end the threads, let sockets close.
    await generator.stop();
    await sleep(500);
  }
}
