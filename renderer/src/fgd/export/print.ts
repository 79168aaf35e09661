/** Printing an FGD's minutes, or saving them as PDF, from their print route. */
import type { RembugHost } from '../../../../shared/host';
import { printPlan } from '../../replication/export/print';

/** The print route of a session's minutes: outside the app's frame, like a plan's or a commitment's. */
export function fgdPrintPath(id: string): string {
  return `/cetak/fgd/${id}`;
}

/** Through the plan's entry point, so every printed document changes together when that one does. */
export function printMinutes(host: RembugHost, id: string): void {
  printPlan(host, fgdPrintPath(id));
}
