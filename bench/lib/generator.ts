/**
 * The load generator as seen from the main thread: a few worker threads, each owning whole rooms, so the
 * clients' work (decoding and applying every delivery) is spread over the cores like real users' devices
 * would be, instead of queueing behind one event loop.
 */
import { Worker } from 'node:worker_threads';
import type { ConnectParams, DriveRequest, Settled, WorkerReply, WorkerRequest } from './protocol.js';

type ReplyOf<T extends WorkerReply['type']> = Extract<WorkerReply, { type: T }>;

interface Pending {
  expect: WorkerReply['type'];
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

/** Starts generator-worker.ts in a thread; under tsx the worker registers tsx before importing it. */
function spawnWorker(): Worker {
  const self = import.meta.url;
  const entry = new URL(`./generator-worker${self.slice(self.lastIndexOf('.'))}`, self).href;
  if (!entry.endsWith('.ts')) return new Worker(new URL(entry));
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true });
}

class GeneratorThread {
  private pending: Pending | null = null;
  private failure: Error | null = null;

  constructor(
    readonly worker: Worker,
    readonly index: number,
    log: (line: string) => void,
  ) {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'log') return log(`gen${index}: ${reply.line}`);
      const pending = this.pending;
      this.pending = null;
      if (reply.type === 'failed')
        pending?.reject(new Error(`load generator thread ${index}: ${reply.error}`));
      else if (pending && reply.type === pending.expect) pending.resolve(reply);
      else pending?.reject(new Error(`load generator thread ${index}: unexpected reply ${reply.type}`));
    });
    const fail = (error: Error) => {
      this.failure = error;
      this.pending?.reject(error);
      this.pending = null;
    };
    worker.on('error', (error) => fail(new Error(`load generator thread ${index} crashed: ${error.stack}`)));
    worker.on('exit', (code) => fail(new Error(`load generator thread ${index} exited (${code})`)));
  }

  request<T extends WorkerReply['type']>(request: WorkerRequest, expect: T): Promise<ReplyOf<T>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { expect, resolve: (reply) => resolve(reply as ReplyOf<T>), reject };
      this.worker.postMessage(request);
    });
  }

  notify(request: WorkerRequest): void {
    if (!this.failure) this.worker.postMessage(request);
  }
}

export interface Delivery {
  expected: number;
  received: number;
  outOfOrder: number;
  samples: Float64Array[];
  /** The busiest thread's event-loop utilisation (0–1) and the longest stall of any thread (ms). */
  maxElu: number;
  lagMaxMs: number;
  drops: number;
  refused: number;
}

export class LoadGenerator {
  private constructor(private readonly threads: GeneratorThread[]) {}

  static start(threads: number, log: (line: string) => void): LoadGenerator {
    return new LoadGenerator(
      Array.from({ length: threads }, (_, i) => new GeneratorThread(spawnWorker(), i, log)),
    );
  }

  get size(): number {
    return this.threads.length;
  }

  /** Connects rooms round-robin over the threads; `abort` is polled (e.g. the server died). */
  async connect(request: ConnectParams, abort: () => boolean): Promise<{ synced: number; total: number }> {
    const n = this.threads.length;
    const poll = setInterval(() => {
      if (abort()) for (const thread of this.threads) thread.notify({ type: 'abort' });
    }, 200);
    try {
      const replies = await Promise.all(
        this.threads.map((thread, i) =>
          thread.request(
            {
              type: 'connect',
              ...request,
              roomNames: request.roomNames.filter((_, r) => r % n === i),
              maxPending: Math.ceil(request.maxPending / n),
            },
            'connected',
          ),
        ),
      );
      return replies.reduce((sum, r) => ({ synced: sum.synced + r.synced, total: sum.total + r.total }), {
        synced: 0,
        total: 0,
      });
    } finally {
      clearInterval(poll);
    }
  }

  /** Runs the writers of every thread for `seconds`; resolves with the number of edits written. */
  async drive(request: Omit<DriveRequest, 'type' | 'phase'>): Promise<number> {
    const n = this.threads.length;
    const replies = await Promise.all(
      this.threads.map((thread, i) => thread.request({ type: 'drive', ...request, phase: i / n }, 'driven')),
    );
    return replies.reduce((sum, r) => sum + r.edits, 0);
  }

  /** Waits (at most `ms`) for the deliveries of the last drive, and collects them. */
  async settle(ms: number, log: (line: string) => void): Promise<Delivery> {
    const replies: Settled[] = await Promise.all(
      this.threads.map((thread) => thread.request({ type: 'settle', ms }, 'settled')),
    );
    for (const [i, r] of replies.entries()) for (const line of r.timeline) log(`gen${i}: ${line}`);
    return {
      expected: replies.reduce((s, r) => s + r.expected, 0),
      received: replies.reduce((s, r) => s + r.received, 0),
      outOfOrder: replies.reduce((s, r) => s + r.outOfOrder, 0),
      samples: replies.map((r) => r.samples),
      maxElu: Math.max(...replies.map((r) => r.elu)),
      lagMaxMs: Math.max(...replies.map((r) => r.lagMaxMs)),
      drops: replies.reduce((s, r) => s + r.drops, 0),
      refused: replies.reduce((s, r) => s + r.refused, 0),
    };
  }

  async gc(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.request({ type: 'gc' }, 'done')));
  }

  /** Closes every client, then ends the threads. Never throws. */
  async stop(): Promise<void> {
    await Promise.all(
      this.threads.map((thread) => thread.request({ type: 'destroy' }, 'done').catch(() => undefined)),
    );
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}
