/**
 * Starts the sync node's child entry with Node's `child_process.fork`: the tests' (and any plain
 * Node host's) counterpart of `spawn-utility.ts`.
 */
import { fork } from 'node:child_process';
import type { NodeChild, SpawnNode } from './node-supervisor';

export interface ForkNodeOptions {
  /** Node flags for the child, e.g. `['--import', 'tsx']` to run the TypeScript entry directly. */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  /** Receives the child's stderr and stdout; absent: inherited. */
  onOutput?: (chunk: string) => void;
  /** Told the pid of every child started (tests kill -9 it). */
  onSpawn?: (pid: number) => void;
}

export function spawnForkNode(entryPath: string, options: ForkNodeOptions = {}): SpawnNode {
  return (): NodeChild => {
    const output = options.onOutput;
    const child = fork(entryPath, [], {
      execArgv: options.execArgv ?? [],
      env: options.env ?? process.env,
      stdio:
        output === undefined ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    if (output !== undefined) {
      child.stdout?.setEncoding('utf8').on('data', output);
      child.stderr?.setEncoding('utf8').on('data', output);
    }
    if (child.pid !== undefined) options.onSpawn?.(child.pid);
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      // No process at all (e.g. the entry path is wrong): report it as an exit, not a hang.
      child.once('error', (error) => {
        output?.(`spawn error: ${error.message}\n`);
        if (child.exitCode === null && child.pid === undefined) resolve(null);
      });
    });
    return {
      send: (message) => {
        // A child that is gone has no channel; what it would have said no longer matters.
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => {
        child.on('message', (message: unknown) => listener(message));
      },
      onExit: (listener) => {
        void exited.then(listener);
      },
      kill: () => {
        child.kill('SIGKILL');
      },
    };
  };
}
