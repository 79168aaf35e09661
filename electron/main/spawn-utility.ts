/**
 * Starts the sync node in an Electron utility process (a Node child the app's own binary runs, so
 * no separate Node install and no ELECTRON_RUN_AS_NODE, which the fuses turn off). Only the app
 * imports this; tests use `spawn-fork.ts`, which gives the supervisor the same `NodeChild`.
 */
import { utilityProcess } from 'electron';
import type { NodeChild, SpawnNode } from './node-supervisor';

/** `entryPath`: the built child entry, `out/main/node-process.js`. Call only after `app` is ready. */
export function spawnUtilityNode(entryPath: string): SpawnNode {
  return (): NodeChild => {
    const child = utilityProcess.fork(entryPath, [], {
      serviceName: 'Rembug sync node',
      // The node logs one line per event to stderr; the main process's output is where logs go.
      stdio: 'inherit',
    });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => {
        child.on('message', (message: unknown) => listener(message));
      },
      onExit: (listener) => {
        child.once('exit', (code: number) => listener(code));
      },
      kill: () => {
        // utilityProcess.kill() is a polite SIGTERM on POSIX; the supervisor calls this when polite
        // has already failed.
        const pid = child.pid;
        if (pid !== undefined) {
          try {
            process.kill(pid, 'SIGKILL');
            return;
          } catch (error) {
            console.warn('could not SIGKILL the sync node; asking it to end', error);
          }
        }
        child.kill();
      },
    };
  };
}
