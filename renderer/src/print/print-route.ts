/** Printing a document, or saving it as PDF, from its print route (a route under /cetak). */
import type { RembugHost } from '../../../shared/host';

/**
 * Opens the print dialog for the document shown at `path` (its print route, already on screen), where
 * "Save as PDF" makes the PDF. Every printed document comes through here, so they change together.
 *
 * Both hosts print the same way today. In a browser the print dialog is the only way to a PDF. The
 * desktop app could render the route with Electron's `webContents.printToPDF` and offer a save
 * dialog, but that needs a host API (an IPC channel, the main process loading `path` in a hidden
 * window) which arrives with a later issue; Electron's window.print() shows Chromium's own dialog,
 * which has "Save as PDF" too. The host and the path are what that implementation will need, so
 * callers need not change when it comes.
 */
export function printRoute(_host: RembugHost, _path: string): void {
  window.print();
}
