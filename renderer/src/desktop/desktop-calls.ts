/**
 * The renderer's three hooks into the desktop: save a file we made, save a print route as PDF, show a
 * board on the projector. Each is called where the browser way happens today, only when the bridge
 * exists; results become a notification.
 */
import type { DesktopApi } from '../../../shared/ipc/contract';
import { showDesktopError, showSaved } from './feedback';
import { filtersFor, safeFileName } from './file-filters';

/**
 * The native save dialog for a file we made. Returns the saved path, or null when nothing was saved
 * (cancelled, or failed — the error is shown here). The caller names the file in its own message.
 */
export async function saveFileWithDesktop(
  desktop: DesktopApi,
  content: BlobPart,
  fileName: string,
): Promise<string | null> {
  const bytes = new Uint8Array(await new Blob([content]).arrayBuffer());
  const result = await desktop['file.save']({
    suggestedName: fileName,
    filters: filtersFor(fileName),
    bytes,
  });
  if (!result.ok) {
    showDesktopError(result.error);
    return null;
  }
  return result.value.saved ? result.value.path : null;
}

export async function savePdfWithDesktop(desktop: DesktopApi, route: string, title: string): Promise<void> {
  const result = await desktop['print.pdf']({ route, suggestedName: safeFileName(title, 'pdf') });
  if (!result.ok) showDesktopError(result.error);
  else if (result.value.saved) showSaved(result.value.path);
}

export async function openPresenterWithDesktop(desktop: DesktopApi, route: string): Promise<void> {
  const result = await desktop['presenter.open']({ route });
  if (!result.ok) showDesktopError(result.error);
}

/**
 * "Keluar" on a board: in the desktop app the board lives in the presenter window, which closes;
 * `otherwise` (going back to the session) runs where there is no presenter window to close.
 */
export function leavePresenter(desktop: DesktopApi | undefined, otherwise: () => void): void {
  if (desktop === undefined) {
    otherwise();
    return;
  }
  void desktop['presenter.close']({}).then((result) => {
    if (!result.ok || !result.value.closed) otherwise();
  });
}

/**
 * Opens (or closes) the desktop's node to the room's LAN around FGD hosting: the app's node listens
 * on loopback only otherwise, and phones could not reach the join address. A failure is shown, and
 * hosting goes on (the facilitator's own screen still works).
 */
export async function setLanWithDesktop(desktop: DesktopApi | undefined, on: boolean): Promise<void> {
  if (desktop === undefined) return;
  const result = await desktop['fgd.lan']({ on });
  if (!result.ok) showDesktopError(result.error);
}
