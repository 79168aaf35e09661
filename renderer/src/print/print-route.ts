/** Printing a document, or saving it as PDF, from its print route (a route under /cetak). */
import type { RembugHost } from '../../../shared/host';
import { savePdfWithDesktop } from '../desktop/desktop-calls';

/**
 * In a browser: the print dialog for the document on screen, where "Save as PDF" makes the PDF. In
 * the desktop app: main renders `path` in a hidden window to an A4 PDF and asks where to save it
 * (`print.pdf`), named after the page's title. Every printed document comes through here.
 */
export function printRoute(host: RembugHost, path: string): void {
  if (host.kind === 'electron' && host.desktop !== undefined) {
    void savePdfWithDesktop(host.desktop, path, document.title);
    return;
  }
  window.print();
}
