/**
 * A load-generator thread: owns whole rooms (writer and readers of a room live in the same thread, so
 * send and receive timestamps come from the same clock) and runs the phases the main thread asks for.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { connectFleet, type Fleet, type Tally, writeEdit } from './clients.js';
import type { DriveRequest, WorkerReply, WorkerRequest } from './protocol.js';
import { LatencyRecorder } from './stats.js';
import { Timeline } from './timeline.js';

const port = parentPort;
if (port === null) throw new Error('generator-worker.ts must run in a worker thread');
const send = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

v8.setFlagsFromString('--expose-gc');
const gcFunction: unknown = vm.runInNewContext('gc');

const tally: Tally = {
  received: 0,
  outOfOrder: 0,
  recorder: new LatencyRecorder(1 << 16),
  timeline: new Timeline(!!process.env.BENCH_TRACE),
};
let fleet: Fleet | null = null;
/** Set by an 'abort' request (the server died): stop waiting for syncs. */
let aborted = false;
/** Writes per room when the current counting period began. */
let writesBefore: number[] = [];
let dropsBefore = 0;
let elu0 = performance.eventLoopUtilization();
let windowElu = 0;
let windowMs = 0;
const loopDelay = monitorEventLoopDelay({ resolution: 5 });

/** One timer drives this thread's writers round-robin: each writes at `rate`, evenly staggered. */
function drive(request: DriveRequest): Promise<number> {
  const writers = (fleet?.rooms ?? []).filter((room) => room.writerArray !== null);
  const totalRate = writers.length * request.rate;
  const target = Math.round(totalRate * request.seconds);
  const t0 = performance.now();
  if (request.measure) tally.timeline.start(performance.timeOrigin + t0, t0);
  let issued = 0;
  return new Promise((resolve) => {
    if (target === 0) {
      resolve(0);
      return;
    }
    const tick = () => {
      const tickAt = performance.now();
      if (request.measure && tally.timeline.enabled) tally.timeline.tick(tickAt, tickAt - t0);
      const due = Math.min(target, Math.floor(((tickAt - t0) / 1000) * totalRate + request.phase));
      for (; issued < due; issued++) {
        const room = writers[issued % writers.length];
        if (room) writeEdit(room);
      }
      if (issued >= target) resolve(issued);
      else {
        // sleep until the next write is due (no busy 1 ms polling at low rates)
        const nextAt = t0 + ((issued + 1 - request.phase) / totalRate) * 1000;
        setTimeout(tick, Math.max(0, nextAt - performance.now()));
      }
    };
    tick();
  });
}

function expected(): number {
  let sum = 0;
  for (const [i, room] of (fleet?.rooms ?? []).entries())
    sum += (room.writes - (writesBefore[i] ?? 0)) * room.readers;
  return sum;
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'connect': {
      fleet = await connectFleet(
        {
          url: request.url,
          token: request.token,
          roomNames: request.roomNames,
          perRoom: request.perRoom,
          rampSeconds: request.rampSeconds,
          maxPending: request.maxPending,
          abort: () => aborted,
        },
        tally,
      );
      send({ type: 'connected', synced: fleet.synced, total: fleet.total });
      return;
    }
    case 'drive': {
      // A new counting period: the warm-up's or the window's deliveries only.
      writesBefore = (fleet?.rooms ?? []).map((room) => room.writes);
      tally.received = 0;
      tally.outOfOrder = 0;
      tally.recorder.reset();
      dropsBefore = fleet?.drops ?? 0;
      loopDelay.reset();
      loopDelay.enable();
      elu0 = performance.eventLoopUtilization();
      const t0 = performance.now();
      const edits = await drive(request);
      windowMs = performance.now() - t0;
      windowElu = performance.eventLoopUtilization(elu0).utilization;
      loopDelay.disable();
      send({ type: 'driven', edits });
      return;
    }
    case 'settle': {
      const goal = expected();
      const deadline = performance.now() + request.ms;
      while (tally.received < goal && performance.now() < deadline) await sleep(20);
      const samples = tally.recorder.copy();
      send(
        {
          type: 'settled',
          expected: goal,
          received: tally.received,
          outOfOrder: tally.outOfOrder,
          samples,
          elu: windowElu,
          lagMaxMs: loopDelay.max / 1e6,
          drops: (fleet?.drops ?? 0) - dropsBefore,
          refused: fleet?.refused ?? 0,
          timeline: tally.timeline.enabled ? tally.timeline.lines(windowMs) : [],
        },
        [samples.buffer as ArrayBuffer],
      );
      return;
    }
    case 'abort': {
      aborted = true;
      return;
    }
    case 'gc': {
      if (typeof gcFunction === 'function') gcFunction();
      send({ type: 'done' });
      return;
    }
    case 'destroy': {
      fleet?.destroy();
      fleet = null;
      await sleep(500);
      send({ type: 'done' });
      return;
    }
  }
}

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(0);
port.on('message', (request: WorkerRequest) => {
  handle(request).catch((error: unknown) => {
    send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
