/** Printing a replication plan, or saving it as PDF, from its print route. */
import type { RembugHost } from '../../../../shared/host';

/** The print route of a plan: the plan's route under /cetak. */
export function planPrintPath(plan: { adopterCode: string; id: string }): string {
  return `/cetak/replikasi/${plan.adopterCode}/${plan.id}`;
}

/**
 * Opens the print dialog for the plan shown at `path` (the print route, already on screen), where
 * "Save as PDF" makes the PDF.
 *
 * Both hosts print the same way today. In a browser the print dialog is the only way to a PDF. The
 * desktop app could render the route with Electron's `webContents.printToPDF` and offer a save
 * dialog, but that needs a host API (an IPC channel, the main process loading `path` in a hidden
 * window) which arrives with a later issue; Electron's window.print() shows Chromium's own dialog,
 * which has "Save as PDF" too. The host and the path are what that implementation will need, so
 * callers need not change when it comes.
 */
export function printPlan(_host: RembugHost, _path: string): void {
  window.print();
}
