/** Messages between the benchmark's main thread and its load-generator worker threads. */

/** What a fleet of clients connects to, and how fast. */
export interface ConnectParams {
  url: string;
  token: string;
  roomNames: string[];
  perRoom: number;
  rampSeconds: number;
  maxPending: number;
}

export interface ConnectRequest extends ConnectParams {
  type: 'connect';
}

export interface DriveRequest {
  type: 'drive';
  /** Edits per second per writer. */
  rate: number;
  seconds: number;
  /** Start counting from zero (the measured window) rather than the warm-up. */
  measure: boolean;
  /** This worker's writes are offset by phase/workers of one round-robin slot. */
  phase: number;
}

export interface SettleRequest {
  type: 'settle';
  ms: number;
}

export type WorkerRequest =
  | ConnectRequest
  | DriveRequest
  | SettleRequest
  | { type: 'gc' }
  | { type: 'destroy' }
  /** The server died: stop waiting for syncs (no reply). */
  | { type: 'abort' };

export interface Settled {
  type: 'settled';
  expected: number;
  received: number;
  outOfOrder: number;
  /** Latency samples (ms), transferred. */
  samples: Float64Array;
  /** Event-loop utilisation of this thread over the measured window (0–1), and its longest stall (ms). */
  elu: number;
  lagMaxMs: number;
  drops: number;
  refused: number;
  timeline: string[];
}

export type WorkerReply =
  | { type: 'connected'; synced: number; total: number }
  | { type: 'driven'; edits: number }
  | Settled
  | { type: 'done' }
  | { type: 'log'; line: string }
  | { type: 'failed'; error: string };
