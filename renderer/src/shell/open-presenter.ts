/** Opening a projector page (FGD board, signing board) where the room can see it. */
import type { RembugHost } from '../../../shared/host';
import { openPresenterWithDesktop } from '../desktop/desktop-calls';

/**
 * In a browser the page opens in a new tab, to be dragged onto the projector while this page stays
 * on the laptop. The desktop app opens its presenter window, full screen on the projector. Where
 * there is neither (a bridge-less desktop window, a blocked pop-up) it returns false and the caller
 * shows the page in place; its "Keluar" comes back.
 */
export function openPresenter(host: RembugHost, path: string): boolean {
  if (host.kind === 'electron' && host.desktop !== undefined) {
    void openPresenterWithDesktop(host.desktop, path);
    return true;
  }
  if (host.kind !== 'browser') return false;
  const url = new URL(window.location.href);
  url.hash = path;
  const opened = window.open(url.toString(), '_blank');
  if (opened === null) return false;
  // The projector never reaches back into this page.
  opened.opener = null;
  return true;
}
