/**
 * Saving a file the renderer made: in a browser a Blob URL on an anchor with `download`; in the
 * desktop app the `file.save` channel (a native save dialog). The caller says "saved" once, naming
 * what `downloadFile` answers, and says nothing when the person cancelled the dialog.
 */
import { currentDesktop } from '../desktop/current';
import { saveFileWithDesktop } from '../desktop/desktop-calls';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Chromium reads the blob after click() returns, and Electron only once the person has chosen where
 * to save; revoking at once can leave an empty download. A minute is long enough and frees the memory.
 */
const REVOKE_AFTER_MS = 60_000;

/**
 * `saved`: where the file went — the full path in the desktop app, the file name in a browser (which
 * puts downloads where it likes). Not saved: cancelled, or refused (the desktop error already shown).
 */
export type SaveOutcome = { saved: true; file: string; desktop: boolean } | { saved: false };

export async function downloadFile(content: BlobPart, fileName: string, type: string): Promise<SaveOutcome> {
  // In the desktop app: its save dialog, through the bridge.
  const desktop = currentDesktop();
  if (desktop !== undefined) {
    const path = await saveFileWithDesktop(desktop, content, fileName);
    return path === null ? { saved: false } : { saved: true, file: path, desktop: true };
  }
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return { saved: true, file: fileName, desktop: false };
}

/** `katalog-inovasi-<area id>-<yyyy-mm-dd>.<ext>`, with the date as it is where the person is. */
export function catalogFileName(areaId: string, extension: 'xlsx' | 'csv', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  // An area made in the app may have any id; a file name keeps to what every file system accepts.
  const area = areaId.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `katalog-inovasi-${area}-${date}.${extension}`;
}
