/**
 * Builds `window.rembug.desktop` from the IPC contract: one function per channel, each a plain
 * `invoke` of that channel's prefixed name. The page gets these functions, never `ipcRenderer`, so
 * it can reach exactly the contract's channels and nothing else registered in main.
 *
 * No Electron imports: the preload passes its `ipcRenderer.invoke` in; unit tests pass a fake.
 */
import {
  type Channel,
  type DesktopApi,
  IPC_CHANNELS,
  type IpcResult,
  ipcChannelName,
  type ResultValue,
} from '../../shared/ipc/contract';

export type Invoke = (channel: string, args: unknown) => Promise<unknown>;

export function buildDesktopApi(invoke: Invoke): DesktopApi {
  const api: Partial<Record<Channel, (args: unknown) => Promise<unknown>>> = {};
  for (const channel of IPC_CHANNELS) {
    api[channel] = (args: unknown) => call(invoke, channel, args);
  }
  return Object.freeze(api) as DesktopApi;
}

async function call<C extends Channel>(
  invoke: Invoke,
  channel: C,
  args: unknown,
): Promise<IpcResult<ResultValue<C>>> {
  try {
    // Main answers every call with an IpcResult (electron/main/ipc/register.ts) and never throws; a
    // rejection here means no handler was registered or the value could not be cloned.
    return (await invoke(ipcChannelName(channel), args)) as IpcResult<ResultValue<C>>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
