/**
 * The child's side of its link to the parent, the same whether Electron's `utilityProcess.fork`
 * started it (`process.parentPort`, message events with `.data`) or Node's `child_process.fork`
 * (`process.send` and `process.on('message')`), so one entry runs in the app and in tests.
 */

export interface ParentChannel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Stop listening, so the process can exit when its work is done. */
  close(): void;
}

/** Electron's `process.parentPort` (typed here: @types/node does not know it). */
interface ElectronParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  off(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

export function parentChannel(proc: NodeJS.Process = process): ParentChannel | null {
  const port = (proc as NodeJS.Process & { parentPort?: ElectronParentPort }).parentPort;
  if (port !== undefined) {
    const listeners: ((event: { data: unknown }) => void)[] = [];
    return {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => {
        const wrapped = (event: { data: unknown }) => listener(event.data);
        listeners.push(wrapped);
        port.on('message', wrapped);
      },
      close: () => {
        for (const listener of listeners.splice(0)) port.off('message', listener);
      },
    };
  }
  const send = proc.send?.bind(proc);
  if (send === undefined) return null;
  const listeners: ((message: unknown) => void)[] = [];
  return {
    send: (message) => {
      send(message);
    },
    onMessage: (listener) => {
      listeners.push(listener);
      proc.on('message', listener);
    },
    close: () => {
      for (const listener of listeners.splice(0)) proc.off('message', listener);
      // The IPC pipe keeps a forked child alive; let it go once we are done.
      proc.disconnect?.();
    },
  };
}
