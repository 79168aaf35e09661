/** Printing a commitment, or saving it as PDF, from its print route. */
import type { RembugHost } from '../../../../shared/host';
import { printPlan } from '../../replication/export/print';

/** The print route of a commitment: outside the app's frame, like a plan's. */
export function commitmentPrintPath(id: string): string {
  return `/cetak/komitmen/${id}`;
}

/**
 * Opens the print dialog for the commitment shown at its print route, where "Save as PDF" makes the
 * PDF. It goes through the plan's entry point on purpose: when the desktop app prints with Electron's
 * printToPDF (a later issue), that one function changes and every printed document follows.
 */
export function printCommitment(host: RembugHost, id: string): void {
  printPlan(host, commitmentPrintPath(id));
}
