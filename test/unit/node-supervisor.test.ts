/**
 * The supervisor's decisions against a scripted child (no process): handshake outcomes, timeouts,
 * rogue messages, backoff and giving up. The real child process is in
 * test/integration/node-supervisor.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type NodeChild, NodeStartError, NodeSupervisor } from '../../electron/main/node-supervisor';
import { parentChannel } from '../../electron/node-process/channel';
import { lockDataDir } from '../../electron/node-process/data-lock';
import type { ParentMessage } from '../../electron/node-process/messages';

const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A child whose answers the test writes: `script` sees each message the supervisor sends. */
class FakeChild implements NodeChild {
  readonly sent: ParentMessage[] = [];
  #message: ((message: unknown) => void)[] = [];
  #exit: ((code: number | null) => void)[] = [];
  exited = false;

  constructor(private readonly script: (child: FakeChild, message: ParentMessage) => void) {}

  send(message: ParentMessage): void {
    this.sent.push(message);
    queueMicrotask(() => this.script(this, message));
  }
  onMessage(listener: (message: unknown) => void): void {
    this.#message.push(listener);
  }
  onExit(listener: (code: number | null) => void): void {
    this.#exit.push(listener);
  }
  kill(): void {
    this.exit(null);
  }
  reply(message: unknown): void {
    for (const listener of this.#message) listener(message);
  }
  exit(code: number | null): void {
    if (this.exited) return;
    this.exited = true;
    for (const listener of this.#exit) listener(code);
  }
}

/** Answers `start` with ready on port 41000 (or the port asked for), `stop` with exit 0. */
const healthy = (child: FakeChild, message: ParentMessage): void => {
  if (message.type === 'start') {
    const port = message.options.port || 41_000;
    child.reply({ type: 'ready', url: `ws://127.0.0.1:${port}`, port });
  } else if (message.type === 'stop') child.exit(0);
};

function spawner(script: (child: FakeChild, message: ParentMessage) => void) {
  const children: FakeChild[] = [];
  return {
    children,
    spawn: () => {
      const child = new FakeChild(script);
      children.push(child);
      return child;
    },
  };
}

function until(predicate: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (predicate()) resolve();
      else if (Date.now() > deadline) reject(new Error('condition not met in time'));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

describe('node supervisor', () => {
  it('hands out one link for its life: the first port, the same token after a restart', async () => {
    const { children, spawn } = spawner(healthy);
    const supervisor = await NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog, backoffMs: [1] });
    expect(supervisor.link.url).toBe('ws://127.0.0.1:41000');
    const first = children[0]?.sent[0];
    expect(first?.type === 'start' && first.options.port).toBe(0);
    const link = supervisor.link;

    children[0]?.exit(1);
    await until(() => children.length === 2 && supervisor.state.status === 'ready');
    const second = children[1]?.sent[0];
    expect(second?.type === 'start' && second.options.port).toBe(41_000);
    expect(second?.type === 'start' && second.options.token).toBe(link.token);
    expect(supervisor.link).toEqual(link);
    await supervisor.stop();
  });

  it('rejects the first start with the child’s reason', async () => {
    const { spawn } = spawner((child, message) => {
      if (message.type !== 'start') return;
      child.reply({ type: 'failed', reason: 'locked', error: 'the data folder is in use' });
      child.exit(1);
    });
    const started = NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog });
    await expect(started).rejects.toEqual(new NodeStartError('locked', 'the data folder is in use'));
  });

  it('gives up on a child that never answers, and kills it', async () => {
    const { children, spawn } = spawner(() => undefined);
    const started = NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog, readyTimeoutMs: 50 });
    await expect(started).rejects.toMatchObject({ reason: 'timeout' });
    expect(children[0]?.exited).toBe(true);
  });

  it('ignores what the child says outside the protocol', async () => {
    const { spawn } = spawner((child, message) => {
      if (message.type !== 'start') return healthy(child, message);
      child.reply({ type: 'ready', url: 42 });
      child.reply('ready');
      child.reply({ type: 'lan', id: 999, result: { ok: true, port: 1, addresses: [] } });
      healthy(child, message);
    });
    const supervisor = await NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog });
    expect(supervisor.state).toEqual({ status: 'ready', url: 'ws://127.0.0.1:41000', lanAddresses: [] });
    await supervisor.stop();
  });

  it('backs off between restarts and reports failed past the limit', async () => {
    const { children, spawn } = spawner(healthy);
    const states: string[] = [];
    const supervisor = await NodeSupervisor.start({
      spawn,
      dataDir: '/data',
      log: quietLog,
      backoffMs: [1, 2],
      maxRestarts: 2,
    });
    supervisor.onState((state) => states.push(state.status));
    for (let i = 0; i < 3; i++) {
      const count = children.length;
      children.at(-1)?.exit(1);
      if (i < 2) await until(() => children.length === count + 1 && supervisor.state.status === 'ready');
    }
    await until(() => supervisor.state.status === 'failed');
    expect(supervisor.state).toEqual({ status: 'failed', reason: 'crashed', error: 'exited with code 1' });
    expect(states).toEqual(['restarting', 'ready', 'restarting', 'ready', 'failed']);
    expect(children).toHaveLength(3);
  });

  it('kills a child that does not stop in time', async () => {
    const { children, spawn } = spawner((child, message) => {
      if (message.type === 'start') healthy(child, message);
    });
    const supervisor = await NodeSupervisor.start({
      spawn,
      dataDir: '/data',
      log: quietLog,
      stopTimeoutMs: 30,
    });
    await supervisor.stop();
    expect(children[0]?.exited).toBe(true);
    expect(supervisor.state.status).toBe('stopped');
  });

  it('passes LAN answers through and turns a refusal into an error', async () => {
    let refuse = false;
    const { spawn } = spawner((child, message) => {
      if (message.type !== 'lan') return healthy(child, message);
      child.reply({
        type: 'lan',
        id: message.id,
        result: refuse
          ? { ok: false, error: 'port taken' }
          : { ok: true, port: 41_001, addresses: ['http://192.168.1.20:41001', 'http://127.0.0.1:41001'] },
      });
    });
    const supervisor = await NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog });
    await expect(supervisor.setLanHosting(true)).resolves.toEqual({
      addresses: ['http://192.168.1.20:41001', 'http://127.0.0.1:41001'],
    });
    refuse = true;
    await expect(supervisor.setLanHosting(true)).rejects.toThrow('port taken');
    await supervisor.stop();
  });

  it('starts with the hub in the start message and restarts on the same port for a new one', async () => {
    const { spawn, children } = spawner(healthy);
    const hub = { url: 'wss://hub.example.org', token: 'rahasia' };
    const supervisor = await NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog, upstream: hub });
    const startOf = (child: FakeChild | undefined) => child?.sent.find((message) => message.type === 'start');
    expect(startOf(children[0])).toMatchObject({ options: { upstream: hub, port: 0 } });

    await supervisor.setUpstream(null);
    expect(children).toHaveLength(2);
    expect(startOf(children[1])).toMatchObject({ options: { upstream: null, port: 41_000 } });
    expect(supervisor.state.status).toBe('ready');
    await expect(supervisor.setUpstream({ url: 'https://hub.example.org' })).rejects.toThrow();
    expect(children).toHaveLength(2);
    await supervisor.stop();
  });

  it('asks the child how its hub link is doing', async () => {
    const status = { url: 'wss://hub.example.org', rooms: 3, connected: 2, lastError: null };
    const { spawn } = spawner((child, message) => {
      if (message.type === 'status') child.reply({ type: 'status', id: message.id, upstream: status });
      else healthy(child, message);
    });
    const supervisor = await NodeSupervisor.start({ spawn, dataDir: '/data', log: quietLog });
    await expect(supervisor.upstreamStatus()).resolves.toEqual(status);
    await supervisor.stop();
    await expect(supervisor.upstreamStatus()).resolves.toBeNull();
  });
});

describe('data folder lock', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rembug-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is held by one pid at a time and released by its owner', () => {
    const first = lockDataDir(dir, process.pid);
    expect(first.ok).toBe(true);
    expect(lockDataDir(dir, process.ppid)).toEqual({ ok: false, ownerPid: process.pid });
    if (first.ok) first.release();
    expect(lockDataDir(dir, process.ppid).ok).toBe(true);
  });

  it('takes over a lock whose owner is dead', () => {
    // A pid far above any kernel's pid_max: no such process.
    const stale = lockDataDir(dir, 2 ** 30);
    expect(stale.ok).toBe(true);
    expect(lockDataDir(dir, process.pid).ok).toBe(true);
  });
});

describe('parent channel', () => {
  it('speaks Electron’s parentPort: message events carry the payload in `data`', () => {
    const posted: unknown[] = [];
    const listeners = new Set<(event: { data: unknown }) => void>();
    const parentPort = {
      on: (_event: 'message', listener: (event: { data: unknown }) => void) => listeners.add(listener),
      off: (_event: 'message', listener: (event: { data: unknown }) => void) => listeners.delete(listener),
      postMessage: (message: unknown) => posted.push(message),
    };
    const channel = parentChannel({ parentPort } as unknown as NodeJS.Process);
    const received: unknown[] = [];
    channel?.onMessage((message) => received.push(message));
    for (const listener of listeners) listener({ data: { type: 'stop' } });
    channel?.send({ type: 'ready' });
    expect(received).toEqual([{ type: 'stop' }]);
    expect(posted).toEqual([{ type: 'ready' }]);
    channel?.close();
    expect(listeners.size).toBe(0);
  });

  it('is absent in a process nobody forked', () => {
    expect(parentChannel({ send: undefined } as unknown as NodeJS.Process)).toBeNull();
  });
});
