/**
 * The load generator: stock y-websocket clients (one Y.Doc each), one writer per room, the rest readers.
 * The writer pushes `[seq, sendTimestamp]` into a Y.Array; every reader has one observer that records
 * edit-to-peer latency for each new pair and checks the sequence.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { cpuTimeMs, machineBusyMs, peakRssBytes } from './procfs.js';
import type { ServerHandle } from './servers.js';
import { LatencyRecorder, type LatencySummary } from './stats.js';
import { Timeline } from './timeline.js';

export interface LoadSize {
  clients: number;
  rooms: number;
  /** Edits per second per writer. */
  rate: number;
}

export interface RunOptions {
  /** Length of the measured write window. */
  seconds: number;
  /** Longest wait for deliveries after the writers stop. */
  settleMs: number;
  token: string;
  /** Prefix of room names; must be a valid Rembug room name segment. */
  roomPrefix: string;
  /** Most connections still waiting for their first sync at once during the ramp-up. */
  rampConcurrency: number;
  /** Most new connections per second during the ramp-up. */
  rampPerSecond: number;
  log: (line: string) => void;
}

export interface RunResult {
  server: string;
  size: LoadSize;
  /** Clients that completed their first sync, and how long the ramp-up took. */
  synced: number;
  rampMs: number;
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
  /** Load generator event-loop utilisation over the write window, 0–100 %. */
  genEluPct: number;
  /** Longest event-loop stall of the load generator during the window (ms). */
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

/** Shared by all readers of one run: what arrived and how late. */
interface Tally {
  received: number;
  outOfOrder: number;
  recorder: LatencyRecorder;
  timeline: Timeline;
}

interface Room {
  name: string;
  writerArray: Y.Array<number> | null;
  readers: number;
  writes: number;
}

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

const ARRAY_NAME = 'edits';

const WS = WebSocket as unknown as typeof globalThis.WebSocket;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();

/** One observer per reader doc; reads only the new pairs (Y.Array search markers keep `get` cheap). */
function attachReader(doc: Y.Doc, tally: Tally): void {
  const array = doc.getArray<number>(ARRAY_NAME);
  let seen = 0;
  array.observe(() => {
    const arrivedAt = now();
    const length = array.length;
    for (let i = seen; i + 1 < length; i += 2) {
      if (array.get(i) !== i >> 1) tally.outOfOrder++;
      const sentAt = array.get(i + 1);
      tally.recorder.add(arrivedAt - sentAt);
      if (tally.timeline.enabled) tally.timeline.latencyAt(sentAt, arrivedAt - sentAt);
    }
    tally.received += (length - seen) >> 1;
    seen = length;
  });
}

export async function runLoad(server: ServerHandle, size: LoadSize, options: RunOptions): Promise<RunResult> {
  const { log } = options;
  const perRoom = Math.floor(size.clients / size.rooms);
  const rooms: Room[] = [];
  for (let r = 0; r < size.rooms; r++) {
    rooms.push({ name: `${options.roomPrefix}-r${r}`, writerArray: null, readers: 0, writes: 0 });
  }
  const readersPerRoom = perRoom - 1;
  const plannedEdits = Math.round(size.rooms * size.rate * options.seconds);
  const tally: Tally = {
    received: 0,
    outOfOrder: 0,
    recorder: new LatencyRecorder(plannedEdits * readersPerRoom * 1.05),
    timeline: new Timeline(!!process.env.BENCH_TRACE),
  };
  const clients: Client[] = [];
  const notes: string[] = [];
  let synced = 0;
  let pending = 0;
  let drops = 0;
  let refused = 0;
  /** Off during teardown, where closing connections is expected. */
  let counting = true;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  // Ramp-up: connect client k of every room before client k+1 of any, so rooms fill evenly; pace and
  // bound the number of connections still waiting for their first sync.
  const rampStart = performance.now();
  const rampDeadline = rampStart + 30_000 + size.clients * 20;
  const spacingMs = 1000 / options.rampPerSecond;
  let nextAt = rampStart;
  for (let k = 0; k < perRoom; k++) {
    for (const room of rooms) {
      while (pending >= options.rampConcurrency && performance.now() < rampDeadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      const wait = nextAt - performance.now();
      if (wait > 1) await sleep(wait);
      nextAt = Math.max(nextAt + spacingMs, performance.now() - 50);
      const doc = new Y.Doc();
      const isWriter = k === 0;
      if (isWriter) room.writerArray = doc.getArray<number>(ARRAY_NAME);
      else {
        attachReader(doc, tally);
        room.readers++;
      }
      const provider = new WebsocketProvider(server.url, room.name, doc, {
        WebSocketPolyfill: WS,
        disableBc: true,
        params: { token: options.token },
      });
      let everSynced = false;
      pending++;
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced && !everSynced) {
          everSynced = true;
          synced++;
          pending--;
          signal();
        }
      });
      provider.on('connection-close', () => {
        if (everSynced && counting) drops++;
      });
      provider.on('closed', () => {
        if (counting) refused++;
      });
      clients.push({ doc, provider });
    }
  }
  while (synced < clients.length && performance.now() < rampDeadline && server.exitStatus() === null) {
    await sleep(50);
  }
  const rampMs = performance.now() - rampStart;
  if (synced < clients.length) {
    notes.push(`only ${synced}/${clients.length} clients synced within ${Math.round(rampMs)} ms`);
  }
  log(`${synced}/${clients.length} synced in ${(rampMs / 1000).toFixed(1)} s`);

  await sleep(1000);
  const writers = rooms.filter((room) => room.writerArray !== null);
  const totalRate = writers.length * size.rate;
  const target = Math.round(totalRate * options.seconds);

  // Measured window: one timer drives all writers round-robin, so each writes at `rate` and the
  // writers are evenly staggered.
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const serverCpu0 = cpuTimeMs(server.pid);
  const t0 = performance.now();
  const machine0 = machineBusyMs();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  tally.timeline.start(now(), t0);
  let issued = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const tickAt = performance.now();
      if (tally.timeline.enabled) tally.timeline.tick(tickAt, tickAt - t0);
      const due = Math.min(target, Math.floor(((tickAt - t0) / 1000) * totalRate));
      while (issued < due) {
        const room = writers[issued % writers.length];
        if (room?.writerArray) {
          room.writerArray.push([room.writes, now()]);
          room.writes++;
        }
        issued++;
      }
      if (issued < target && server.exitStatus() === null) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  const windowMs = performance.now() - t0;
  const machine1 = machineBusyMs();
  if (process.env.BENCH_TRACE)
    log(
      `cpu ms: machine ${machine1 - machine0} server ${cpuTimeMs(server.pid) - serverCpu0} gen ${(process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000} window ${performance.now() - t0} parent ${process.ppid}`,
    );
  loopDelay.disable();
  const serverCpu1 = cpuTimeMs(server.pid);
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  const genCpuMs = (cpu.user + cpu.system) / 1000;

  let expected = 0;
  for (const room of rooms) expected += room.writes * room.readers;
  const settleDeadline = performance.now() + options.settleMs;
  while (tally.received < expected && performance.now() < settleDeadline && server.exitStatus() === null) {
    await sleep(20);
  }
  const latency = tally.recorder.summary();
  if (tally.timeline.enabled) for (const line of tally.timeline.lines(windowMs)) log(line);
  const peak = peakRssBytes(server.pid);
  const crashed = server.exitStatus();
  if (tally.received > expected) notes.push(`${tally.received - expected} more deliveries than expected`);

  // Teardown: close every client, free the docs, let sockets close.
  counting = false;
  for (const { provider, doc } of clients) {
    provider.destroy();
    doc.destroy();
  }
  clients.length = 0;
  await sleep(1000);

  return {
    server: server.label,
    size,
    synced,
    rampMs,
    edits: issued,
    expected,
    received: tally.received,
    lost: Math.max(0, expected - tally.received),
    outOfOrder: tally.outOfOrder,
    latency,
    peakRssBytes: peak,
    serverCpuPct: ((serverCpu1 - serverCpu0) / windowMs) * 100,
    genCpuPct: (genCpuMs / windowMs) * 100,
    genEluPct: elu.utilization * 100,
    genLagMaxMs: loopDelay.max / 1e6,
    otherCpuPct: ((machine1 - machine0 - (serverCpu1 - serverCpu0) - genCpuMs) / windowMs) * 100,
    drops,
    refused,
    crashed,
    notes,
  };
}
