/** The projector board's route, and opening it where the signing ceremony can show it. */
import type { RembugHost } from '../../../../shared/host';

export const projectorPath = (commitmentId: string): string => `/papan/komitmen/${commitmentId}`;

/**
 * In a browser the board opens in a new tab, to be dragged onto the projector while this page stays
 * on the laptop. The desktop app denies new windows (electron/main/security.ts) until it has its own
 * presenter window, so there — and when a browser blocks the pop-up — the board replaces this page;
 * its "Keluar" comes back. Returns whether a new tab opened.
 */
export function openProjector(host: RembugHost, commitmentId: string): boolean {
  if (host.kind !== 'browser') return false;
  const url = new URL(window.location.href);
  url.hash = projectorPath(commitmentId);
  const opened = window.open(url.toString(), '_blank');
  if (opened === null) return false;
  // The board never reaches back into this page.
  opened.opener = null;
  return true;
}
