/**
 * Integration harness: the real hub bundle as a child process on a temporary data folder, stock
 * y-websocket clients, and cleanup that leaves no process, socket or folder behind even when a test
 * fails. Raw-protocol helpers for bad-input tests live in `raw-socket.ts`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { closeAllRawSockets } from './raw-socket';

/** The bundle under test; `REMBUG_HUB_BUNDLE` points the suite at another build (e.g. a mutant). */
export const HUB_BUNDLE =
  process.env.REMBUG_HUB_BUNDLE ?? fileURLToPath(new URL('../../out/hub/index.js', import.meta.url));
export const HOST = '127.0.0.1';

const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;
/** `REMBUG_IT_VERBOSE=1` mirrors every node's stdout/stderr into the test output. */
const VERBOSE = process.env.REMBUG_IT_VERBOSE === '1';
const LISTENING = /listening on ws:\/\/([^\s/:]+):(\d+)/;

export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null };

// ---------------------------------------------------------------------------------------------------
// Temporary folders
// ---------------------------------------------------------------------------------------------------

const tempRoots = new Set<string>();

/**
 * A fresh folder under the OS temp dir: `root` is ours alone (the node runs with it as its working
 * directory) and `dataDir` = `root/data` is what the node gets as `--data`.
 */
export function makeSandbox(): { root: string; dataDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'rembug-it-'));
  tempRoots.add(root);
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir);
  return { root, dataDir };
}

/** A temporary folder for test files (token files and the like), removed with the rest. */
export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rembug-it-files-'));
  tempRoots.add(dir);
  return dir;
}

// ---------------------------------------------------------------------------------------------------
// Node processes
// ---------------------------------------------------------------------------------------------------

export interface StartNodeOptions {
  /** Extra CLI arguments after `--port --host --data`. */
  args?: readonly string[];
  /** Reuse a data folder (e.g. a hub's); default: a fresh sandbox. */
  dataDir?: string;
  env?: Record<string, string>;
  /** A fixed port (e.g. a hub whose URL other nodes keep); default 0, a free one each start. */
  port?: number;
}

const runningNodes = new Set<NodeProcess>();

export class NodeProcess {
  url = '';
  port = 0;
  readonly dataDir: string;
  /** Working directory of the process: the sandbox root around the data folder (or the data folder). */
  readonly cwd: string;
  private child: ChildProcess | null = null;
  private exited: Promise<ExitInfo> | null = null;
  private out = '';
  private err = '';
  private previousErr = '';

  constructor(
    private readonly options: StartNodeOptions,
    dataDir: string,
    cwd: string,
  ) {
    this.dataDir = dataDir;
    this.cwd = cwd;
  }

  /** stdout of the current (or last) incarnation. */
  stdout(): string {
    return this.out;
  }

  /** stderr of the current (or last) incarnation. */
  stderr(): string {
    return this.err;
  }

  /** stderr of every incarnation so far, oldest first. */
  allStderr(): string {
    return this.previousErr + this.err;
  }

  get running(): boolean {
    return this.child !== null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get httpUrl(): string {
    return `http://${HOST}:${this.port}`;
  }

  async start(port: number): Promise<void> {
    if (this.child) throw new Error('node already running');
    this.previousErr += this.err;
    this.out = '';
    this.err = '';
    const args = [
      HUB_BUNDLE,
      '--port',
      String(port),
      '--host',
      HOST,
      '--data',
      this.dataDir,
      ...(this.options.args ?? []),
    ];
    const child = spawn(process.execPath, args, {
      cwd: this.cwd,
      env: { ...process.env, ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    runningNodes.add(this);
    this.exited = new Promise<ExitInfo>((resolve) => {
      child.once('error', (error) => {
        this.err += `\n[harness] spawn error: ${error.message}\n`;
        resolve({ code: null, signal: null });
      });
      child.once('exit', (code, signal) => resolve({ code, signal }));
    }).then((info) => {
      if (this.child === child) this.child = null;
      runningNodes.delete(this);
      return info;
    });
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.err += chunk;
      if (VERBOSE) process.stderr.write(`[node ${child.pid} err] ${chunk}`);
    });
    const ready = new Promise<{ host: string; port: number }>((resolve) => {
      child.stdout?.on('data', (chunk: string) => {
        this.out += chunk;
        if (VERBOSE) process.stderr.write(`[node ${child.pid} out] ${chunk}`);
        const match = LISTENING.exec(this.out);
        if (match?.[1] && match[2]) resolve({ host: match[1], port: Number(match[2]) });
      });
    });
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      ready,
      this.exited.then((info) => ({ exit: info })),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      await this.kill9();
      throw new Error(
        `node did not print "listening on" within ${READY_TIMEOUT_MS} ms\nstdout:\n${this.out}\nstderr:\n${this.err}`,
      );
    }
    if ('exit' in outcome) {
      throw new Error(
        `node exited before listening (code ${outcome.exit.code}, signal ${outcome.exit.signal})\n` +
          `args: ${args.slice(1).join(' ')}\nstdout:\n${this.out}\nstderr:\n${this.err}`,
      );
    }
    this.port = outcome.port;
    this.url = `ws://${outcome.host}:${outcome.port}`;
  }

  /** Graceful stop (SIGTERM by default); resolves with how the process ended. */
  async stop(signal: 'SIGTERM' | 'SIGINT' = 'SIGTERM'): Promise<ExitInfo> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) throw new Error('node is not running');
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([
      exited,
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (result === 'timeout') {
      await this.kill9();
      throw new Error(`node did not exit within ${STOP_TIMEOUT_MS} ms of ${signal}\nstderr:\n${this.err}`);
    }
    return result;
  }

  /** SIGKILL: no chance to flush anything. */
  async kill9(): Promise<void> {
    const child = this.child;
    const exited = this.exited;
    if (!child || !exited) return;
    child.kill('SIGKILL');
    await exited;
  }

  /**
   * Start again on the same data folder. A running node is stopped gracefully first. The port is the
   * fixed one given at start, else the previous one when `samePort` (so clients' providers reconnect
   * by themselves), else a new free one.
   */
  async restart(options: { samePort?: boolean } = {}): Promise<void> {
    if (this.child) {
      const exit = await this.stop();
      if (exit.code !== 0)
        throw new Error(`graceful stop before restart exited with ${JSON.stringify(exit)}`);
    }
    const port = this.options.port ?? (options.samePort ? this.port : 0);
    await this.start(port);
  }
}

/** Spawn `node out/hub/index.js --port 0 --host 127.0.0.1 --data <dir> …` and wait until it listens. */
export async function startNode(options: StartNodeOptions = {}): Promise<NodeProcess> {
  let dataDir = options.dataDir;
  let cwd = dataDir;
  if (!dataDir) {
    const sandbox = makeSandbox();
    dataDir = sandbox.dataDir;
    cwd = sandbox.root;
  }
  const node = new NodeProcess(options, dataDir, cwd ?? dataDir);
  await node.start(options.port ?? 0);
  return node;
}

/** A port that was free a moment ago (for a node whose URL must survive its restart). */
export async function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Stock y-websocket clients
// ---------------------------------------------------------------------------------------------------

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Every binary message the node sent to this client, across reconnects. */
  received: Uint8Array[];
  /** Close events of the client's sockets (code 1005/1006 for local or abnormal closes). */
  closes: { code: number; reason: string }[];
  /** Resolves once the provider is synced (now or later); rejects on a terminal close or timeout. */
  synced(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export interface ConnectOptions {
  token?: string;
  doc?: Y.Doc;
  /** Short by default so that tests of restarts do not wait for the stock 2.5 s backoff. */
  maxBackoffTime?: number;
}

const liveClients = new Set<Client>();

export function connectClient(url: string, room: string, options: ConnectOptions = {}): Client {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    // ws implements the WebSocket interface the provider uses; its declared types differ from the DOM's.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: options.maxBackoffTime ?? 400,
    params: options.token === undefined ? {} : { token: options.token },
  });
  const received: Uint8Array[] = [];
  const closes: { code: number; reason: string }[] = [];
  const tapped = new WeakSet<object>();
  const tap = (): void => {
    const ws = provider.ws;
    if (!ws || tapped.has(ws)) return;
    tapped.add(ws);
    ws.addEventListener('message', (event: MessageEvent) => {
      if (event.data instanceof ArrayBuffer) received.push(new Uint8Array(event.data));
    });
    ws.addEventListener('close', (event: CloseEvent) => {
      closes.push({ code: event.code, reason: event.reason });
    });
  };
  tap();
  provider.on('status', tap);
  let destroyed = false;
  const client: Client = {
    doc,
    provider,
    received,
    closes,
    synced(timeoutMs = 5_000) {
      if (provider.synced) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          provider.off('sync', onSync);
          provider.off('closed', onClosed);
        };
        const onSync = (state: boolean): void => {
          if (!state) return;
          done();
          resolve();
        };
        const onClosed = (event: { code: number; reason: string }): void => {
          done();
          reject(new Error(`${room}: connection closed with ${event.code} (${event.reason}) before sync`));
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${room}: not synced within ${timeoutMs} ms (closes: ${JSON.stringify(closes)})`));
        }, timeoutMs);
        provider.on('sync', onSync);
        provider.on('closed', onClosed);
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      liveClients.delete(client);
      provider.destroy();
    },
  };
  liveClients.add(client);
  return client;
}

// ---------------------------------------------------------------------------------------------------
// Waiting and comparing
// ---------------------------------------------------------------------------------------------------

/** Poll `predicate` until it holds; fail with `what` (and the last thrown error) after `timeoutMs`. */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await predicate()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await delay(10);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The shared types every test uses, under fixed names: text, map and array. */
export function docContent(doc: Y.Doc): { text: string; map: Record<string, unknown>; array: unknown[] } {
  return {
    text: doc.getText('text').toString(),
    map: doc.getMap('map').toJSON(),
    array: doc.getArray('array').toJSON(),
  };
}

function stateVector(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/** Same state vector and same visible content (the content catches a delete that did not arrive). */
export function sameDoc(a: Y.Doc, b: Y.Doc): boolean {
  const va = stateVector(a);
  const vb = stateVector(b);
  if (va.size !== vb.size) return false;
  for (const [client, clock] of va) if (vb.get(client) !== clock) return false;
  return canonicalJson(docContent(a)) === canonicalJson(docContent(b));
}

/** JSON with object keys sorted (a Y.Map's key order is each replica's own insertion order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export async function waitConverged(docs: readonly Y.Doc[], timeoutMs = 5_000, what = 'docs'): Promise<void> {
  const [first, ...rest] = docs;
  if (!first) return;
  try {
    await waitFor(() => rest.every((doc) => sameDoc(first, doc)), timeoutMs, `${what} to converge`);
  } catch (error) {
    const states = docs.map(
      (doc, i) =>
        `  #${i} ${JSON.stringify(docContent(doc))} sv=${JSON.stringify([...stateVector(doc)].sort((a, b) => a[0] - b[0]))}`,
    );
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${states.join('\n')}`);
  }
}

/** Connect a fresh client, wait for sync, and hand back its doc (the client is cleaned up later). */
export async function fetchDoc(url: string, room: string, token?: string): Promise<Y.Doc> {
  const client = connectClient(url, room, token === undefined ? {} : { token });
  await client.synced();
  client.destroy();
  return client.doc;
}

// ---------------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------------

/** `/metrics` as name → value, summed over label sets. */
export async function readMetrics(node: NodeProcess): Promise<Map<string, number>> {
  const response = await fetch(`${node.httpUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parseMetrics(await response.text());
}

export function parseMetrics(text: string): Map<string, number> {
  const metrics = new Map<string, number>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(trimmed);
    if (!match?.[1] || match[3] === undefined) continue;
    metrics.set(match[1], (metrics.get(match[1]) ?? 0) + Number(match[3]));
  }
  return metrics;
}

// ---------------------------------------------------------------------------------------------------
// Cleanup
// ---------------------------------------------------------------------------------------------------

/**
 * Register with `afterEach(cleanup)` in every test file: destroys clients and raw sockets, kills
 * every node still running, removes temp folders, and prints the nodes' stderr when the test failed.
 */
export async function cleanup(context?: { task: { result?: { errors?: unknown[] } } }): Promise<void> {
  const failed = (context?.task.result?.errors?.length ?? 0) > 0;
  for (const client of [...liveClients]) client.destroy();
  closeAllRawSockets();
  const nodes = [...runningNodes];
  if (failed) {
    for (const node of nodes) {
      process.stderr.write(`--- node ${node.url} (pid ${node.pid}) stderr ---\n${node.allStderr()}\n`);
    }
  }
  await Promise.all(nodes.map((node) => node.kill9()));
  for (const root of tempRoots) rmSync(root, { recursive: true, force: true });
  tempRoots.clear();
}

// Last resort if the test process itself goes away with nodes still running.
process.once('exit', () => {
  for (const node of runningNodes) {
    const pid = node.pid;
    if (pid !== undefined) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});
