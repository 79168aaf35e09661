/** Starting and stopping the two servers under test as child processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeTempDir, trackChild, trackTempDir } from './cleanup.js';

export const BENCH_TOKEN = 'bench-secret';

export interface ServerHandle {
  /** Short label used in the report ("ours", "stock"). */
  readonly label: string;
  readonly pid: number;
  /** ws://host:port, without a room. */
  readonly url: string;
  /** Non-null once the process has exited (code or signal name). */
  exitStatus(): string | null;
  /** The last lines the process printed (stdout and stderr), for diagnostics. */
  recentOutput(): string[];
  /** SIGTERM, wait up to `timeoutMs`, then SIGKILL; resolves with how it ended. */
  stop(timeoutMs?: number): Promise<string>;
}

const MAX_KEPT_LINES = 40;

class ChildServer implements ServerHandle {
  private readonly lines: string[] = [];
  private readonly exited: Promise<string>;
  private status: string | null = null;

  constructor(
    readonly label: string,
    private readonly child: ChildProcess,
    readonly url: string,
    private readonly tempDir: string | null,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.status = code !== null ? `exit ${code}` : `signal ${signal}`;
        resolve(this.status);
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  exitStatus(): string | null {
    return this.status;
  }

  recentOutput(): string[] {
    return [...this.lines];
  }

  keepLine(line: string): void {
    this.lines.push(line);
    if (this.lines.length > MAX_KEPT_LINES) this.lines.shift();
    if (process.env.BENCH_VERBOSE) process.stderr.write(`  [${this.label}] ${line}\n`);
  }

  async stop(timeoutMs = 10_000): Promise<string> {
    if (this.status === null) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => {
        this.keepLine('(bench: no exit after SIGTERM, sending SIGKILL)');
        this.child.kill('SIGKILL');
      }, timeoutMs);
      await this.exited;
      clearTimeout(timer);
    }
    if (this.tempDir !== null) removeTempDir(this.tempDir);
    return this.status ?? 'unknown';
  }
}

function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  trackTempDir(dir);
  return dir;
}

/** A port that was free a moment ago (listen on 0, read it, close). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read a free port'));
      });
    });
  });
}

/**
 * Spawns `node <args>`, collects its output line by line and resolves once `ready` matches a line
 * (returning the match); rejects if the process exits or stays silent for `timeoutMs`.
 */
function spawnAndWait(
  label: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  tempDir: string | null,
  makeUrl: (match: RegExpExecArray) => string,
  timeoutMs = 20_000,
): Promise<ServerHandle> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  return new Promise((resolve, reject) => {
    let server: ChildServer | null = null;
    const early: string[] = [];
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (tempDir !== null) removeTempDir(tempDir);
      const output = early.length > 0 ? `\n    ${early.slice(-15).join('\n    ')}` : ' (no output)';
      reject(new Error(`${label}: ${why}; output:${output}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    const onLine = (line: string) => {
      if (server !== null) {
        server.keepLine(line);
        return;
      }
      early.push(line);
      const match = ready.exec(line);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        server = new ChildServer(label, child, makeUrl(match), tempDir);
        for (const l of early) server.keepLine(l);
        resolve(server);
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffer += chunk;
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          onLine(buffer.slice(0, newline).trimEnd());
          buffer = buffer.slice(newline + 1);
          newline = buffer.indexOf('\n');
        }
      });
    }
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code, signal) => fail(`exited before ready (${code ?? signal})`));
  });
}

/** Our sync node, with persistence (fresh temp data folder) and auth (one all-rooms token) on. */
export async function startOurNode(entry: string): Promise<ServerHandle> {
  if (!fs.existsSync(entry)) throw new Error(`ours: ${entry} does not exist (run npm run build:hub)`);
  const dir = makeTempDir('rembug-bench-ours-');
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  const tokensFile = path.join(dir, 'tokens.json');
  const tokens = { tokens: [{ token: BENCH_TOKEN, name: 'bench', read: ['*'], write: ['*'] }] };
  fs.writeFileSync(tokensFile, JSON.stringify(tokens));
  return spawnAndWait(
    'ours',
    [entry, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--auth', tokensFile],
    { ...process.env },
    /listening on (ws:\/\/\S+?)\/?$/,
    dir,
    (m) => m[1] ?? '',
  );
}

/** The stock y-websocket server (@y/websocket-server), no persistence, on a free port. */
export async function startStockServer(entry: string, label = 'stock'): Promise<ServerHandle> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  delete env.YPERSISTENCE;
  delete env.CALLBACK_URL;
  return spawnAndWait(label, [entry], env, /running at/, null, () => `ws://127.0.0.1:${port}`);
}
