/**
 * The desktop app's sync node as a real child process under the supervisor: the child entry is
 * bundled once (as the app build does) and forked with Node, which speaks the same channel as
 * Electron's utilityProcess.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type NodeChild,
  NodeStartError,
  type NodeState,
  NodeSupervisor,
  type NodeSupervisorOptions,
} from '../../electron/main/node-supervisor';
import { spawnForkNode } from '../../electron/main/spawn-fork';
import { LOCK_FILE } from '../../electron/node-process/data-lock';
import type { ParentMessage } from '../../electron/node-process/messages';
import { CloseCode } from '../../shared/sync/protocol';
import { cleanup, connectClient, fetchDoc, makeSandbox, parseMetrics, waitFor } from './harness';
import { bundleNodeProcess } from './node-process-bundle';
import { accessOutcome } from './raw-socket';

const ROOM = 'kspn-borobudur/region/33.08';
const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

let bundleDir = '';
let entry = '';

beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(tmpdir(), 'rembug-node-process-'));
  entry = await bundleNodeProcess(bundleDir);
});

afterAll(() => {
  if (bundleDir !== '') rmSync(bundleDir, { recursive: true, force: true });
});

/** A started supervisor with what the test needs to watch its children. */
interface Harnessed {
  supervisor: NodeSupervisor;
  dataDir: string;
  pids: number[];
  children: NodeChild[];
  exitCodes: (number | null)[];
  states: NodeState[];
  output: () => string;
}

const supervisors = new Set<NodeSupervisor>();

async function startSupervised(options: Partial<NodeSupervisorOptions> = {}): Promise<Harnessed> {
  const dataDir = options.dataDir ?? makeSandbox().dataDir;
  const pids: number[] = [];
  const children: NodeChild[] = [];
  const exitCodes: (number | null)[] = [];
  const states: NodeState[] = [];
  let output = '';
  const fork = spawnForkNode(entry, {
    onOutput: (chunk) => {
      output += chunk;
    },
    onSpawn: (pid) => pids.push(pid),
  });
  const supervisor = await NodeSupervisor.start({
    log: quietLog,
    backoffMs: [50, 100],
    ...options,
    dataDir,
    spawn: () => {
      const child = fork();
      child.onExit((code) => exitCodes.push(code));
      children.push(child);
      return child;
    },
  });
  supervisors.add(supervisor);
  supervisor.onState((state) => states.push(state));
  return { supervisor, dataDir, pids, children, exitCodes, states, output: () => output };
}

afterEach(async (context) => {
  await Promise.all([...supervisors].map((supervisor) => supervisor.stop()));
  supervisors.clear();
  await cleanup(context);
});

function httpOrigin(link: { url: string }): string {
  return link.url.replace(/^ws:/, 'http:');
}

async function storedUpdates(link: { url: string }): Promise<number> {
  const response = await fetch(`${httpOrigin(link)}/metrics`);
  return parseMetrics(await response.text()).get('rembug_updates_stored_total') ?? 0;
}

describe('the node as a supervised child process', () => {
  it('answers the handshake with a URL that syncs with the token and refuses any other', async () => {
    const { supervisor } = await startSupervised();
    expect(supervisor.state.status).toBe('ready');
    expect(supervisor.link.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

    const writer = connectClient(supervisor.link.url, ROOM, { token: supervisor.link.token });
    await writer.synced();
    writer.doc.getText('text').insert(0, 'Notulen rembug Borobudur');
    await waitFor(async () => (await storedUpdates(supervisor.link)) === 1, 5_000, 'the edit to be stored');
    const reader = await fetchDoc(supervisor.link.url, ROOM, supervisor.link.token);
    expect(reader.getText('text').toString()).toBe('Notulen rembug Borobudur');

    const wrong = await accessOutcome(supervisor.link.url, ROOM, `${supervisor.link.token}x`);
    expect(wrong.outcome === 'closed' && wrong.close.code).toBe(CloseCode.unauthorized);
    const none = await accessOutcome(supervisor.link.url, ROOM);
    expect(none.outcome === 'closed' && none.close.code).toBe(CloseCode.unauthorized);
  });

  it('restarts a killed node on the same port and token, with the data written before', async () => {
    const run = await startSupervised();
    const link = run.supervisor.link;
    const writer = connectClient(link.url, ROOM, { token: link.token });
    await writer.synced();
    writer.doc.getArray<string>('items').push(['air bersih', 'sanitasi']);
    await waitFor(async () => (await storedUpdates(link)) === 1, 5_000, 'the edit to be stored');
    writer.destroy();

    const firstPid = run.pids[0];
    if (firstPid === undefined) throw new Error('no child pid');
    process.kill(firstPid, 'SIGKILL');
    await waitFor(() => run.states.some((state) => state.status === 'restarting'), 5_000, 'restarting');
    await waitFor(() => run.supervisor.state.status === 'ready', 10_000, 'ready again');

    expect(run.pids).toHaveLength(2);
    expect(run.supervisor.link).toEqual(link);
    const reader = await fetchDoc(link.url, ROOM, link.token);
    expect(reader.getArray('items').toArray()).toEqual(['air bersih', 'sanitasi']);
  });

  it('gives up after repeated crashes and says so', async () => {
    const run = await startSupervised({ maxRestarts: 2, backoffMs: [20] });
    for (let crash = 1; crash <= 3; crash++) {
      const pid = run.pids.at(-1);
      if (pid === undefined) throw new Error('no child pid');
      process.kill(pid, 'SIGKILL');
      if (crash < 3) {
        await waitFor(() => run.pids.length === crash + 1 && run.supervisor.state.status === 'ready', 10_000);
      }
    }
    await waitFor(() => run.supervisor.state.status === 'failed', 5_000, 'the failed state');
    const state = run.supervisor.state;
    expect(state.status === 'failed' && state.reason).toBe('crashed');
    expect(state.status === 'failed' && state.error).toMatch(/exited/);
    expect(run.pids).toHaveLength(3);
  });

  it('stops cleanly: exit 0, every edit flushed, the data folder unlocked', async () => {
    const run = await startSupervised();
    const { url, token } = run.supervisor.link;
    const writer = connectClient(url, ROOM, { token });
    await writer.synced();
    for (let i = 0; i < 10; i++) writer.doc.getArray<number>('n').push([i]);
    await waitFor(async () => (await storedUpdates(run.supervisor.link)) === 10, 5_000);
    writer.destroy();

    await run.supervisor.stop();
    expect(run.exitCodes).toEqual([0]);
    expect(run.supervisor.state.status).toBe('stopped');
    expect(existsSync(path.join(run.dataDir, LOCK_FILE))).toBe(false);

    const again = await startSupervised({ dataDir: run.dataDir });
    const reader = await fetchDoc(again.supervisor.link.url, ROOM, again.supervisor.link.token);
    expect(reader.getArray('n').toArray()).toEqual([...Array(10).keys()]);
  });

  it('pauses for work on the data folder and comes back on the same link', async () => {
    const run = await startSupervised();
    const link = run.supervisor.link;
    const writer = connectClient(link.url, ROOM, { token: link.token });
    await writer.synced();
    writer.doc.getMap('m').set('status', 'disepakati');
    await waitFor(async () => (await storedUpdates(link)) === 1, 5_000);
    writer.destroy();

    const seen = await run.supervisor.pausedFor(async () => {
      // The node is gone and has let go of the folder: a backup may read it now.
      expect(run.supervisor.state.status).toBe('paused');
      expect(existsSync(path.join(run.dataDir, LOCK_FILE))).toBe(false);
      return run.exitCodes.slice();
    });
    expect(seen).toEqual([0]);
    expect(run.supervisor.state.status).toBe('ready');
    expect(run.supervisor.link).toEqual(link);
    const reader = await fetchDoc(link.url, ROOM, link.token);
    expect(reader.getMap('m').get('status')).toBe('disepakati');
  });

  it('ignores a message outside the protocol and keeps serving', async () => {
    const run = await startSupervised();
    const child = run.children[0];
    if (child === undefined) throw new Error('no child');
    child.send({ type: 'format-disk' } as unknown as ParentMessage);
    child.send('stop' as unknown as ParentMessage);
    await waitFor(() => run.output().includes('ignored a message'), 5_000, 'the rogue message to be logged');
    const reader = await fetchDoc(run.supervisor.link.url, ROOM, run.supervisor.link.token);
    expect(reader.getText('text').toString()).toBe('');
    expect(run.supervisor.state.status).toBe('ready');
    expect(run.exitCodes).toEqual([]);
  });

  it('refuses to start on a data folder another live node holds, saying why', async () => {
    const { dataDir } = makeSandbox();
    // Our own (alive) pid stands in for another node holding the folder.
    writeFileSync(path.join(dataDir, LOCK_FILE), `${process.pid}\n`);
    const started = startSupervised({ dataDir });
    await expect(started).rejects.toBeInstanceOf(NodeStartError);
    await expect(started).rejects.toMatchObject({ reason: 'locked' });
  });

  it('opens the node to the LAN for a session and closes it again', async () => {
    const webRoot = makeSandbox().root;
    writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Rembug</title>');
    const run = await startSupervised({ webRoot });
    const { addresses } = await run.supervisor.setLanHosting(true);
    expect(addresses.at(-1)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const lanPort = Number(new URL(addresses.at(-1) ?? '').port);
    expect(lanPort).not.toBe(Number(new URL(run.supervisor.link.url).port));
    // Reached through every address it names (a non-loopback one if this machine has one).
    const lanAddress = Object.values(networkInterfaces())
      .flat()
      .find((info) => info?.family === 'IPv4' && !info.internal)?.address;
    if (lanAddress !== undefined) expect(addresses).toContain(`http://${lanAddress}:${lanPort}`);
    for (const address of addresses) {
      expect((await fetch(`${address}/healthz`)).status).toBe(200);
    }
    // A phone opening the join URL gets the web client.
    expect(await (await fetch(`${addresses[0]}/`)).text()).toContain('<title>Rembug</title>');
    expect(run.supervisor.state).toMatchObject({ status: 'ready', lanAddresses: addresses });

    // A crash does not end the session's LAN hosting: the restarted node reopens the same port.
    process.kill(run.pids[0] ?? 0, 'SIGKILL');
    await waitFor(() => run.pids.length === 2 && run.supervisor.state.status === 'ready', 10_000);
    expect(run.supervisor.state).toMatchObject({ status: 'ready', lanAddresses: addresses });
    expect((await fetch(`http://127.0.0.1:${lanPort}/healthz`)).status).toBe(200);

    await expect(run.supervisor.setLanHosting(false)).resolves.toEqual({ addresses: [] });
    expect(run.supervisor.state).toMatchObject({ status: 'ready', lanAddresses: [] });
    await expect(fetch(`http://127.0.0.1:${lanPort}/healthz`)).rejects.toThrow();
    // The loopback node itself is untouched.
    expect((await fetch(`${httpOrigin(run.supervisor.link)}/healthz`)).status).toBe(200);
  });
});

describe('the node with a hub ("Hub induk") upstream', () => {
  /** A second real node, standing in for the area hub; its own token is the hub token. */
  async function startHub(): Promise<{ url: string; token: string }> {
    const hub = await startSupervised();
    return { url: hub.supervisor.link.url, token: hub.supervisor.link.token };
  }

  async function writeLocally(link: { url: string; token: string }, text: string): Promise<void> {
    const writer = connectClient(link.url, ROOM, { token: link.token });
    await writer.synced();
    writer.doc.getText('text').insert(0, text);
    await waitFor(async () => (await storedUpdates(link)) >= 1, 5_000, 'the local edit to be stored');
    writer.destroy();
  }

  async function hubText(hub: { url: string; token: string }): Promise<string> {
    return (await fetchDoc(hub.url, ROOM, hub.token)).getText('text').toString();
  }

  it('relays a document written locally to the hub, and says it is connected', async () => {
    const hub = await startHub();
    const run = await startSupervised({ upstream: hub });
    await writeLocally(run.supervisor.link, 'Notulen dari laptop fasilitator');

    await waitFor(
      async () => (await hubText(hub)) === 'Notulen dari laptop fasilitator',
      10_000,
      'the relay',
    );
    await waitFor(
      async () => (await run.supervisor.upstreamStatus())?.connected === 1,
      5_000,
      'the upstream status to say connected',
    );
    expect(await run.supervisor.upstreamStatus()).toEqual({
      url: hub.url,
      rooms: 1,
      connected: 1,
      lastError: null,
    });
  });

  it('takes a new hub at runtime on the same link, and drops it again', async () => {
    const hub = await startHub();
    const run = await startSupervised();
    const link = run.supervisor.link;
    await writeLocally(link, 'Ditulis sebelum ada hub');
    expect(await run.supervisor.upstreamStatus()).toBeNull();

    await run.supervisor.setUpstream(hub);
    expect(run.supervisor.state.status).toBe('ready');
    expect(run.supervisor.link).toEqual(link);
    expect(run.pids).toHaveLength(2);
    await waitFor(async () => (await hubText(hub)) === 'Ditulis sebelum ada hub', 10_000, 'the catch-up');
    // The window's own connection still works on the link it always had.
    expect((await fetchDoc(link.url, ROOM, link.token)).getText('text').toString()).toBe(
      'Ditulis sebelum ada hub',
    );

    await run.supervisor.setUpstream(null);
    expect(run.supervisor.link).toEqual(link);
    expect(await run.supervisor.upstreamStatus()).toBeNull();
  });

  it('keeps serving locally when the hub cannot be reached, and says so', async () => {
    const run = await startSupervised({ upstream: { url: 'ws://127.0.0.1:1', token: 'tidak-ada' } });
    expect(run.supervisor.state.status).toBe('ready');
    await writeLocally(run.supervisor.link, 'Tetap tersimpan di perangkat');
    const reader = await fetchDoc(run.supervisor.link.url, ROOM, run.supervisor.link.token);
    expect(reader.getText('text').toString()).toBe('Tetap tersimpan di perangkat');
    await waitFor(
      async () => (await run.supervisor.upstreamStatus())?.lastError != null,
      10_000,
      'the failed connection to be reported',
    );
    expect(await run.supervisor.upstreamStatus()).toMatchObject({
      url: 'ws://127.0.0.1:1',
      rooms: 1,
      connected: 0,
    });
  });

  it('refuses an upstream that is not a ws(s) URL before touching the running node', async () => {
    const run = await startSupervised();
    await expect(run.supervisor.setUpstream({ url: 'ftp://hub.example', token: '' })).rejects.toThrow();
    expect(run.supervisor.state.status).toBe('ready');
    expect(run.pids).toHaveLength(1);
    expect(run.supervisor.upstream).toBeNull();
  });
});
