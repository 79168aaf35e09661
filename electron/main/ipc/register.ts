/**
 * Registers the IPC contract's handlers on `ipcMain`. The mapped type makes a missing handler a
 * compile error; the wrapper makes every call go the same way: sender checked, arguments parsed with
 * the contract's schema, errors turned into values. Nothing thrown in a handler crosses IPC.
 *
 * Types-only Electron import, so unit tests drive it with a fake `ipcMain`.
 */
import type { IpcMainInvokeEvent } from 'electron';
import {
  type Args,
  type Channel,
  IPC_CHANNELS,
  type IpcResult,
  ipcChannelName,
  ipcContract,
  type ResultValue,
} from '../../../shared/ipc/contract';

/** The parts of an invoke event the checks read; a real `IpcMainInvokeEvent` has them. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export type Handler<C extends Channel> = (args: Args<C>, event: InvokeEvent) => Promise<ResultValue<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** The one method of `ipcMain` used here (a method, so a real `IpcMain` fits). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcLog {
  warn(message: string): void;
  error(message: string, error: unknown): void;
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isOurSender: (event: InvokeEvent) => boolean,
  log: IpcLog,
): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event, ...args) =>
      dispatch(channel, handlers[channel], isOurSender, log, event, args[0]),
    );
  }
}

async function dispatch<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  isOurSender: (event: InvokeEvent) => boolean,
  log: IpcLog,
  event: InvokeEvent,
  raw: unknown,
): Promise<IpcResult<ResultValue<C>>> {
  let ours: boolean;
  try {
    ours = isOurSender(event);
  } catch (error) {
    // A destroyed frame throws on access: treat it as a stranger.
    log.error(`ipc ${channel}: sender check failed`, error);
    ours = false;
  }
  if (!ours) {
    log.warn(`ipc ${channel}: refused a call from a frame that is not ours`);
    return { ok: false, error: { code: 'forbidden', message: 'not our window' } };
  }
  const parsed = ipcContract[channel].args.safeParse(raw);
  if (!parsed.success) {
    log.warn(`ipc ${channel}: bad arguments`);
    return { ok: false, error: { code: 'badArgs', message: parsed.error.message } };
  }
  try {
    return { ok: true, value: await handler(parsed.data as Args<C>, event) };
  } catch (error) {
    log.error(`ipc ${channel} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    const reason = errorReason(error);
    return {
      ok: false,
      error: reason === undefined ? { code: 'failed', message } : { code: 'failed', message, reason },
    };
  }
}

/** A string `code` on a thrown error (BackupError, Node's ENOENT …), bounded for the renderer. */
function errorReason(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' && /^[A-Za-z_]{1,40}$/.test(code) ? code : undefined;
}
