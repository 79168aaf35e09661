/**
 * Reads `window.rembug.desktop` as the renderer may trust it: an object with one function per channel
 * of the IPC contract, or nothing. A half-built bridge counts as none, so every caller falls back to
 * the browser's way instead of failing halfway.
 */
import { type DesktopApi, IPC_CHANNELS } from '../../../shared/ipc/contract';

export function desktopApiFrom(value: unknown): DesktopApi | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const channel of IPC_CHANNELS) {
    if (typeof Reflect.get(value, channel) !== 'function') return undefined;
  }
  return value as DesktopApi;
}
