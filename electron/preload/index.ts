/**
 * The bridge between the sandboxed renderer and the desktop. It exposes one frozen object: the host
 * data from main's command line, and `desktop`, one function per channel of the IPC contract — never
 * `ipcRenderer` itself, so a compromised page can call exactly those channels, whose handlers check
 * the sender and parse every argument.
 */
import { contextBridge, ipcRenderer } from 'electron';
import * as z from 'zod/mini';
import { buildDesktopApi } from '../common/desktop-bridge';
import { decodeHostArg } from '../common/host-arg';

// Validation without eval: no `new Function` probe in a context that has no use for it.
z.config({ jitless: true });

const decoded = decodeHostArg(process.argv);

if (decoded.ok) {
  const desktop = buildDesktopApi((channel, args) => ipcRenderer.invoke(channel, args));
  contextBridge.exposeInMainWorld('rembug', { ...decoded.value, desktop });
} else {
  // Leave `window.rembug` undefined: the renderer then reports that it has no host instead of
  // connecting somewhere it was not told to.
  console.error(`rembug preload: ${decoded.error}`);
}
