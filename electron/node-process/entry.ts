/**
 * The sync node as a child process of the desktop app (Electron `utilityProcess`, or Node's
 * `child_process.fork` in tests). The parent sends `start` with the options; the child answers
 * `ready` (or `failed`, saying why), then serves until `stop` (flush, exit 0). A crash here costs the
 * window nothing but a reconnect: the supervisor restarts the node on the same port and token.
 */

import { type LanListening, type SyncNode, startSyncNode } from '../sync-node/index';
import { createStderrLogger, describeError } from '../sync-node/logger';
import { parentChannel } from './channel';
import { lockDataDir } from './data-lock';
import { type ChildMessage, type NodeStartConfig, ParentMessage, type StartFailure } from './messages';

const log = createStderrLogger();
const channel = parentChannel() ?? noParent();

function noParent(): never {
  process.stderr.write('node-process: must be started by the Rembug app (no parent channel)\n');
  process.exit(2);
}

let node: SyncNode | null = null;
let release: (() => void) | null = null;
let started = false;
let stopping = false;

const send = (message: ChildMessage): void => channel.send(message);

channel.onMessage((raw) => {
  const parsed = ParentMessage.safeParse(raw);
  if (!parsed.success) {
    // Never trust the pipe: a message we do not understand is noted and dropped.
    log.warn(
      `node-process: ignored a message that is not in the protocol: ${parsed.error.issues[0]?.message}`,
    );
    return;
  }
  const message = parsed.data;
  if (message.type === 'start') void start(message.options);
  else if (message.type === 'stop') void stop(0);
  else if (message.type === 'status')
    send({ type: 'status', id: message.id, upstream: node?.upstream ?? null });
  else void setLan(message.id, message.on);
});

async function start(options: NodeStartConfig): Promise<void> {
  if (started) {
    log.warn('node-process: a second start was ignored');
    return;
  }
  started = true;
  const { dataDir, token, port, host, allowedOrigins, lanHosting, webRoot, upstream } = options;
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(dataDir);
  } catch (error) {
    return fail('dataDir', `the data folder ${dataDir} cannot be used: ${describeError(error)}`);
  }
  if (!lock.ok) {
    return fail(
      'locked',
      `the data folder ${dataDir} is in use by another Rembug node (pid ${lock.ownerPid})`,
    );
  }
  release = lock.release;
  try {
    node = await startSyncNode({
      host,
      port,
      dataDir,
      allowedOrigins,
      webRoot: webRoot ?? undefined,
      // An unreachable hub is retried in the background; the node serves locally meanwhile.
      upstream: upstream ?? undefined,
      log,
      auth: { config: { tokens: [{ token, name: 'Rembug desktop', read: ['*'], write: ['*'] }] } },
    });
  } catch (error) {
    return fail(classify(error), describeError(error));
  }
  let lan: LanListening | null = null;
  if (lanHosting !== null) {
    // Reopen the LAN listener a crash took away; the session goes on without it if the port is gone.
    lan = await node.startLan(lanHosting.port).catch((error: unknown) => {
      log.warn(`node-process: could not reopen the LAN listener: ${describeError(error)}`);
      return null;
    });
  }
  send({ type: 'ready', url: node.url, port: node.port, lan });
}

function classify(error: unknown): StartFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return 'portInUse';
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || code === 'EROFS' || code === 'ENOSPC') {
    return 'dataDir';
  }
  return 'other';
}

function fail(reason: StartFailure, error: string): void {
  log.error(`node-process: cannot start: ${error}`);
  send({ type: 'failed', reason, error });
  void stop(1);
}

async function setLan(id: number, on: boolean): Promise<void> {
  const running = node;
  if (running === null || stopping) {
    send({ type: 'lan', id, result: { ok: false, error: 'the node is not running' } });
    return;
  }
  try {
    if (on) {
      const lan = await running.startLan();
      send({ type: 'lan', id, result: { ok: true, port: lan.port, addresses: lan.addresses } });
    } else {
      await running.stopLan();
      send({ type: 'lan', id, result: { ok: true, port: null, addresses: [] } });
    }
  } catch (error) {
    send({ type: 'lan', id, result: { ok: false, error: describeError(error) } });
  }
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await node?.close();
  } catch (error) {
    log.error(`node-process: closing the node failed: ${describeError(error)}`);
    code = 1;
  }
  release?.();
  channel.close();
  process.exit(code);
}

// The parent went away without saying stop (it crashed): flush and leave rather than linger.
process.on('disconnect', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
