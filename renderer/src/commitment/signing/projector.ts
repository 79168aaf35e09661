/** The projector board's route, and opening it where the signing ceremony can show it. */
import type { RembugHost } from '../../../../shared/host';
import { openPresenterWithDesktop } from '../../desktop/desktop-calls';

export const projectorPath = (commitmentId: string): string => `/papan/komitmen/${commitmentId}`;

/**
 * In a browser the board opens in a new tab, to be dragged onto the projector while this page stays
 * on the laptop. The desktop app opens its presenter window, full screen on the projector. Where
 * there is neither (a bridge-less desktop window, a blocked pop-up) the board replaces this page;
 * its "Keluar" comes back. Returns whether the board opened elsewhere.
 */
export function openProjector(host: RembugHost, commitmentId: string): boolean {
  if (host.kind === 'electron' && host.desktop !== undefined) {
    void openPresenterWithDesktop(host.desktop, projectorPath(commitmentId));
    return true;
  }
  if (host.kind !== 'browser') return false;
  const url = new URL(window.location.href);
  url.hash = projectorPath(commitmentId);
  const opened = window.open(url.toString(), '_blank');
  if (opened === null) return false;
  // The board never reaches back into this page.
  opened.opener = null;
  return true;
}
