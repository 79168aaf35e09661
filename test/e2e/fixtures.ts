/**
 * E2E fixtures: every test gets its own hub — the real headless sync node, built by
 * `npm run build:hub` — on a free port with a fresh data folder, serving the built renderer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import type { TokensConfig } from '../../shared/sync/tokens';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The built hub; REMBUG_HUB_BUNDLE points elsewhere (a private build, as for the web client). */
const HUB_ENTRY = path.resolve(ROOT, process.env.REMBUG_HUB_BUNDLE ?? 'out/hub/index.js');
/** The built web client; REMBUG_WEB_DIR points elsewhere (e.g. a private build while others rebuild out/). */
const RENDERER_DIR = path.resolve(ROOT, process.env.REMBUG_WEB_DIR ?? 'out/renderer');
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

export interface RunningHub {
  /** ws://127.0.0.1:<port>, as printed by the hub. */
  wsUrl: string;
  /** http://127.0.0.1:<port>/ — the renderer, served by the hub. */
  httpUrl: string;
  port: number;
  dataDir: string;
  /** Stops the hub (SIGTERM), as when the office's server goes down. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data folder; clients reconnect by themselves. */
  restart(): Promise<void>;
}

export interface HubOptions {
  /** Tokens for `--auth`; `null` (the default) starts an open node. Set with `test.use({ hubTokens })`. */
  hubTokens: TokensConfig | null;
  /** Where the hub listens: loopback by default; `0.0.0.0` is the LAN mode of an FGD host. */
  hubHost: string;
}

export const test = base.extend<HubOptions & { hub: RunningHub }>({
  hubTokens: [null, { option: true }],
  hubHost: ['127.0.0.1', { option: true }],
  hub: async ({ hubTokens, hubHost }, use, testInfo) => {
    for (const [file, hint] of [
      [HUB_ENTRY, 'npm run build:hub'],
      [path.join(RENDERER_DIR, 'index.html'), 'npm run build:app'],
    ] as const) {
      if (!existsSync(file))
        throw new Error(`${path.relative(ROOT, file)} is missing: run \`${hint}\` first.`);
    }
    const tempDir = await mkdtemp(path.join(tmpdir(), 'rembug-e2e-'));
    const dataDir = path.join(tempDir, 'data');
    const args = [HUB_ENTRY, '--port', '0', '--host', hubHost, '--data', dataDir, '--web', RENDERER_DIR];
    if (hubTokens !== null) {
      // Beside, not inside, the data folder: the node owns everything in there.
      const tokensFile = path.join(tempDir, 'tokens.json');
      await writeFile(tokensFile, JSON.stringify(hubTokens));
      args.push('--auth', tokensFile);
    }
    const log: string[] = [];
    let child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const exits: string[] = [];
    try {
      const listening = await waitForListening(child, log);
      const port = listening.port;
      // A hub on every interface is reached from this machine through loopback (browsers refuse 0.0.0.0).
      const host = listening.host === '0.0.0.0' ? '127.0.0.1' : listening.host;
      const portArgs = args.map((arg, index) => (args[index - 1] === '--port' ? String(port) : arg));
      await use({
        wsUrl: `ws://${host}:${port}`,
        httpUrl: `http://${host}:${port}/`,
        port,
        dataDir,
        stop: async () => {
          exits.push(await stop(child));
        },
        restart: async () => {
          child = spawn(process.execPath, portArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
          await waitForListening(child, log);
        },
      });
    } finally {
      exits.push(await stop(child));
      const unclean = exits.filter((exit) => exit !== 'clean' && !exit.startsWith('had already exited'));
      // The hub's own output explains most failures; keep it with the failed test's report.
      if (testInfo.status !== testInfo.expectedStatus || unclean.length > 0) {
        await testInfo.attach('hub.log', {
          body: `${log.join('')}\n[hub ${exits.join(', ')}]\n`,
          contentType: 'text/plain',
        });
      }
      await rm(tempDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

const LISTENING = /listening on ws:\/\/([^\s:/]+):(\d+)/;

/** Resolves when the hub prints its `listening on ws://<host>:<port>` line. */
function waitForListening(child: ChildProcess, log: string[]): Promise<{ host: string; port: number }> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      finish(new Error(`hub printed no "listening on" line within ${START_TIMEOUT_MS} ms:\n${log.join('')}`));
    }, START_TIMEOUT_MS);
    const onStdout = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log.push(text);
      stdout += text;
      const match = LISTENING.exec(stdout);
      if (match?.[1] !== undefined && match[2] !== undefined) {
        finish(null, { host: match[1], port: Number(match[2]) });
      }
    };
    const onStderr = (chunk: Buffer) => log.push(chunk.toString('utf8'));
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      finish(new Error(`hub exited before listening (code ${code}, signal ${signal}):\n${log.join('')}`));
    };
    const onError = (error: Error) => finish(error);
    function finish(error: Error | null, address?: { host: string; port: number }) {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      // Keep draining stdout/stderr into the log so a chatty hub never blocks on a full pipe.
      child.stdout?.off('data', onStdout);
      child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
      if (error !== null || address === undefined) reject(error ?? new Error('no address'));
      else resolve(address);
    }
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', onStderr);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** SIGTERM, as an operator would; SIGKILL only if the hub does not exit in time. */
async function stop(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return `had already exited (code ${child.exitCode}, signal ${child.signalCode})`;
  }
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code === 0 ? 'clean' : `exited with ${code ?? signal}`));
  });
  child.kill('SIGTERM');
  const timeout = new Promise<string>((resolve) => {
    setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref();
  });
  const result = await Promise.race([exited, timeout]);
  if (result !== 'timeout') return result;
  child.kill('SIGKILL');
  await exited;
  return `did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM; killed`;
}
