/**
 * The bridge between the sandboxed renderer and the desktop. It exposes one frozen, plain object —
 * data only, no functions yet, and never `ipcRenderer` — so a compromised page gains nothing it
 * could not already see. Later issues add typed calls generated from the IPC contract.
 */
import { contextBridge } from 'electron';
import * as z from 'zod/mini';
import type { ElectronHost } from '../../shared/host';
import { decodeHostArg } from '../common/host-arg';

// Validation without eval: no `new Function` probe in a context that has no use for it.
z.config({ jitless: true });

const decoded = decodeHostArg(process.argv);

if (decoded.ok) {
  const host: ElectronHost = decoded.value;
  contextBridge.exposeInMainWorld('rembug', host);
} else {
  // Leave `window.rembug` undefined: the renderer then reports that it has no host instead of
  // connecting somewhere it was not told to.
  console.error(`rembug preload: ${decoded.error}`);
}
