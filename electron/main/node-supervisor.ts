/**
 * Keeps the app's sync node running in its own process. The window holds one `NodeLink` (URL and
 * token) for its whole life, so the node keeps the same port and token across restarts: the first
 * start takes any free port, every restart asks for that port again. A node that keeps crashing is
 * given up on (state `failed`) rather than restarted forever.
 *
 * No Electron import: the process is started through the `SpawnNode` it is given
 * (`spawn-utility.ts` in the app, `spawn-fork.ts` in tests).
 */
import { randomBytes } from 'node:crypto';
import type { NodeLink } from '../../shared/host';
import {
  ChildMessage,
  type NodeStartOptions,
  type ParentMessage,
  type StartFailure,
  Upstream,
  type UpstreamStatus,
} from '../node-process/messages';

/** One running child, whatever started it. */
export interface NodeChild {
  send(message: ParentMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended (code null: killed by a signal). */
  onExit(listener: (code: number | null) => void): void;
  /** Ends the process at once (no flush). */
  kill(): void;
}

export type SpawnNode = () => NodeChild;

export type NodeState =
  | { status: 'starting' }
  /** `lanAddresses`: where phones reach the node while LAN hosting is on; empty when it is off. */
  | { status: 'ready'; url: string; lanAddresses: string[] }
  | { status: 'restarting'; attempt: number; lastError: string }
  /** Stopped on purpose for a while (backup, restore), to start again on the same link. */
  | { status: 'paused' }
  | { status: 'failed'; reason: StartFailure | 'crashed'; error: string }
  | { status: 'stopped' };

export interface SupervisorLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface NodeSupervisorOptions {
  spawn: SpawnNode;
  dataDir: string;
  /** Default 127.0.0.1: the app's node is never on the network unless LAN hosting is on. */
  host?: string;
  allowedOrigins?: readonly string[];
  /** The built web client (out/renderer), served to phones that join an FGD over the LAN. */
  webRoot?: string;
  /** Default: a fresh 32-byte secret. */
  token?: string;
  /** The hub to keep every document in sync with; null or absent: none. Changed by `setUpstream`. */
  upstream?: Upstream | null;
  readyTimeoutMs?: number;
  stopTimeoutMs?: number;
  lanTimeoutMs?: number;
  /** Waits before restart n (the last repeats). */
  backoffMs?: readonly number[];
  /** More crashes than this within `crashWindowMs`: give up. */
  maxRestarts?: number;
  crashWindowMs?: number;
  log?: SupervisorLog;
}

/** The first start failed: the app cannot show anything true without its store. */
export class NodeStartError extends Error {
  constructor(
    readonly reason: StartFailure | 'timeout' | 'crashed',
    message: string,
  ) {
    super(message);
    this.name = 'NodeStartError';
  }
}

type Outcome =
  | { ok: true; url: string; port: number; lan: { port: number; addresses: string[] } | null }
  | { ok: false; reason: NodeStartError['reason']; error: string };

interface Running {
  child: NodeChild;
  exited: Promise<number | null>;
  /** Requests (LAN, status) waiting for the child's answer, by id; null: no answer (timeout, exit). */
  pending: Map<number, { resolve: (reply: Reply | null) => void; timer: NodeJS.Timeout }>;
}

type Reply = Extract<ChildMessage, { type: 'lan' | 'status' }>;

type Tuning = Required<
  Pick<
    NodeSupervisorOptions,
    'readyTimeoutMs' | 'stopTimeoutMs' | 'lanTimeoutMs' | 'backoffMs' | 'maxRestarts' | 'crashWindowMs'
  >
>;

const DEFAULTS: Tuning = {
  readyTimeoutMs: 15_000,
  stopTimeoutMs: 5_000,
  lanTimeoutMs: 5_000,
  backoffMs: [500, 1_000, 2_000, 4_000, 5_000],
  maxRestarts: 5,
  crashWindowMs: 60_000,
};

const consoleLog: SupervisorLog = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

export class NodeSupervisor {
  readonly #options: NodeSupervisorOptions & Tuning;
  readonly #token: string;
  readonly #log: SupervisorLog;
  #port = 0;
  #url = '';
  #state: NodeState = { status: 'starting' };
  #listeners = new Set<(state: NodeState) => void>();
  #running: Running | null = null;
  #crashes: number[] = [];
  #restartTimer: NodeJS.Timeout | null = null;
  /** The LAN listener's port while LAN hosting is on, reopened by a restarted node. */
  #lanPort: number | null = null;
  #nextRequestId = 1;
  #upstream: Upstream | null;
  #stopping: Promise<void> | null = null;

  private constructor(options: NodeSupervisorOptions) {
    this.#options = { ...DEFAULTS, ...options };
    this.#token = options.token ?? randomBytes(32).toString('base64url');
    this.#log = options.log ?? consoleLog;
    // Checked here: the child drops a start message that does not fit, and would never answer.
    this.#upstream = options.upstream == null ? null : Upstream.parse(options.upstream);
  }

  /** Starts the node and resolves once it is ready; rejects with `NodeStartError` if it cannot. */
  static async start(options: NodeSupervisorOptions): Promise<NodeSupervisor> {
    const supervisor = new NodeSupervisor(options);
    const outcome = await supervisor.#launch();
    if (!outcome.ok) {
      supervisor.#setState({
        status: 'failed',
        reason: outcome.reason === 'timeout' ? 'crashed' : outcome.reason,
        error: outcome.error,
      });
      throw new NodeStartError(outcome.reason, outcome.error);
    }
    return supervisor;
  }

  /** What the renderer connects to; the same for the supervisor's whole life. */
  get link(): NodeLink {
    return { url: this.#url, token: this.#token };
  }

  get state(): NodeState {
    return this.#state;
  }

  /** Called on every state change; returns the unsubscribe. */
  onState(listener: (state: NodeState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Opens (or closes) the node to the LAN; resolves with the `http://address:port` it is reachable at. */
  async setLanHosting(on: boolean): Promise<{ addresses: string[] }> {
    const running = this.#running;
    if (running === null || this.#state.status !== 'ready') {
      throw new Error(`the local node is not running (${this.#state.status})`);
    }
    const reply = await this.#ask(running, (id) => ({ type: 'lan', id, on }));
    const result =
      reply?.type === 'lan' ? reply.result : { ok: false as const, error: 'the node did not answer' };
    if (!result.ok) throw new Error(result.error);
    this.#lanPort = result.port;
    if (this.#running === running)
      this.#setState({ status: 'ready', url: this.#url, lanAddresses: result.addresses });
    return { addresses: result.addresses };
  }

  /** The hub the node syncs with now (null: none). */
  get upstream(): Upstream | null {
    return this.#upstream;
  }

  /**
   * Points the node at another hub (or none): the node restarts on the same port and token with it,
   * and the window's providers reconnect by themselves. Not running just now (restarting): the next
   * start takes it. Rejects if the node did not come back; an unreachable hub is not an error here —
   * the node serves locally and `upstreamStatus()` says the hub is not connected.
   */
  async setUpstream(upstream: Upstream | null): Promise<void> {
    this.#upstream = upstream === null ? null : Upstream.parse(upstream);
    if (this.#state.status !== 'ready' || this.#stopping !== null) return;
    await this.pausedFor(async () => undefined);
    // Read again: the pause changed it (narrowing from the check above does not know that).
    const after: NodeState = this.state;
    if (after.status !== 'ready') {
      throw new Error(`the local node did not come back with the new hub (${after.status})`);
    }
  }

  /** How the node's link to its hub is doing; null when there is no hub or the node is not running. */
  async upstreamStatus(): Promise<UpstreamStatus | null> {
    const running = this.#running;
    if (running === null || this.#state.status !== 'ready') return null;
    const reply = await this.#ask(running, (id) => ({ type: 'status', id }));
    return reply?.type === 'status' ? reply.upstream : null;
  }

  /** Sends a request to the child and waits for the reply with its id (null: none in time). */
  #ask(running: Running, request: (id: number) => ParentMessage): Promise<Reply | null> {
    const id = this.#nextRequestId++;
    return new Promise<Reply | null>((resolve) => {
      const timer = setTimeout(() => {
        running.pending.delete(id);
        resolve(null);
      }, this.#options.lanTimeoutMs);
      running.pending.set(id, { resolve, timer });
      running.child.send(request(id));
    });
  }

  /** Asks the node to flush and exit; kills it if it has not within `stopTimeoutMs`. */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      if (this.#restartTimer !== null) clearTimeout(this.#restartTimer);
      this.#restartTimer = null;
      await this.#stopChild();
      this.#setState({ status: 'stopped' });
    })();
    return this.#stopping;
  }

  /**
   * Stops the node (every acknowledged edit flushed, the data folder unlocked), runs `work` (a
   * backup or a restore of the data folder), and starts the node again on the same port and token.
   * The window's providers reconnect by themselves meanwhile.
   */
  async pausedFor<T>(work: () => Promise<T>): Promise<T> {
    if (this.#state.status !== 'ready' || this.#stopping !== null) {
      throw new Error(`the local node is not running (${this.#state.status})`);
    }
    this.#setState({ status: 'paused' });
    await this.#stopChild();
    try {
      return await work();
    } finally {
      if (this.#stopping === null) {
        const outcome = await this.#launch();
        if (!outcome.ok) {
          this.#log.warn(
            `local sync node did not come back after a pause (${outcome.reason}): ${outcome.error}`,
          );
          await this.#runningExit();
          this.#scheduleRestart(outcome.error);
        }
      }
    }
  }

  async #stopChild(): Promise<void> {
    const running = this.#running;
    if (running === null) return;
    running.child.send({ type: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    const exited = await Promise.race([
      running.exited.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), this.#options.stopTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (!exited) {
      this.#log.warn('local node did not stop in time; killing it');
      running.child.kill();
      await running.exited;
    }
  }

  /** Spawns a child and waits for its handshake. */
  async #launch(): Promise<Outcome> {
    let child: NodeChild;
    try {
      child = this.#options.spawn();
    } catch (error) {
      // No process at all (e.g. the entry file is missing from the package).
      return { ok: false, reason: 'other', error: `could not start the node process: ${String(error)}` };
    }
    const exited = new Promise<number | null>((resolve) => child.onExit(resolve));
    const running: Running = { child, exited, pending: new Map() };
    this.#running = running;
    let settle: (outcome: Outcome) => void = () => undefined;
    const handshake = new Promise<Outcome>((resolve) => {
      settle = resolve;
    });
    child.onMessage((raw) => {
      const parsed = ChildMessage.safeParse(raw);
      if (!parsed.success) {
        this.#log.warn(
          `local node sent a message outside the protocol; ignored (${parsed.error.issues[0]?.message})`,
        );
        return;
      }
      const message = parsed.data;
      if (message.type === 'ready')
        settle({ ok: true, url: message.url, port: message.port, lan: message.lan });
      else if (message.type === 'failed') settle({ ok: false, reason: message.reason, error: message.error });
      else {
        const waiting = running.pending.get(message.id);
        if (waiting === undefined) return;
        running.pending.delete(message.id);
        clearTimeout(waiting.timer);
        waiting.resolve(message);
      }
    });
    void exited.then((code) => {
      settle({ ok: false, reason: 'crashed', error: `the node exited (code ${code}) before it was ready` });
      this.#exited(running, code);
    });
    const options: NodeStartOptions = {
      dataDir: this.#options.dataDir,
      token: this.#token,
      port: this.#port,
      host: this.#options.host ?? '127.0.0.1',
      allowedOrigins: [...(this.#options.allowedOrigins ?? [])],
      webRoot: this.#options.webRoot ?? null,
      lanHosting: this.#lanPort === null ? null : { port: this.#lanPort },
      upstream: this.#upstream,
    };
    child.send({ type: 'start', options });
    const timer = setTimeout(
      () =>
        settle({
          ok: false,
          reason: 'timeout',
          error: `the node was not ready within ${this.#options.readyTimeoutMs} ms`,
        }),
      this.#options.readyTimeoutMs,
    );
    const outcome = await handshake;
    clearTimeout(timer);
    if (outcome.ok) {
      this.#port = outcome.port;
      this.#url = new URL(outcome.url).origin;
      this.#lanPort = outcome.lan?.port ?? null;
      this.#setState({ status: 'ready', url: this.#url, lanAddresses: outcome.lan?.addresses ?? [] });
      this.#log.info(`local sync node ready on ${this.#url}`);
    } else if (this.#running === running) {
      // It answered `failed` (and is on its way out) or never answered: make sure it is gone.
      child.kill();
    }
    return outcome;
  }

  #exited(running: Running, code: number | null): void {
    for (const waiting of running.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.resolve(null);
    }
    running.pending.clear();
    if (this.#running !== running) return;
    this.#running = null;
    // Expected: we asked it to stop, or it never came up (the launcher decides what follows).
    if (this.#stopping !== null || this.#state.status !== 'ready') return;
    this.#log.warn(`local sync node exited unexpectedly (code ${code}); restarting`);
    this.#scheduleRestart(`exited with code ${code}`);
  }

  #scheduleRestart(lastError: string): void {
    const now = Date.now();
    this.#crashes = [...this.#crashes.filter((at) => now - at < this.#options.crashWindowMs), now];
    const attempt = this.#crashes.length;
    if (attempt > this.#options.maxRestarts) {
      this.#log.error(`local sync node crashed ${attempt} times within a minute; giving up: ${lastError}`);
      this.#setState({ status: 'failed', reason: 'crashed', error: lastError });
      return;
    }
    this.#setState({ status: 'restarting', attempt, lastError });
    const backoff = this.#options.backoffMs;
    const wait = backoff[Math.min(attempt - 1, backoff.length - 1)] ?? 1_000;
    this.#restartTimer = setTimeout(() => {
      this.#restartTimer = null;
      void this.#restart();
    }, wait);
  }

  async #restart(): Promise<void> {
    if (this.#stopping !== null) return;
    const outcome = await this.#launch();
    if (outcome.ok || this.#stopping !== null) return;
    this.#log.warn(`local sync node restart failed (${outcome.reason}): ${outcome.error}`);
    // Wait for the failed child to be gone before the next try takes the same port and lock.
    await this.#runningExit();
    this.#scheduleRestart(outcome.error);
  }

  async #runningExit(): Promise<void> {
    const running = this.#running;
    if (running !== null) await running.exited;
  }

  #setState(state: NodeState): void {
    this.#state = state;
    for (const listener of this.#listeners) {
      try {
        listener(state);
      } catch (error) {
        this.#log.error(`node state listener failed: ${String(error)}`);
      }
    }
  }
}
