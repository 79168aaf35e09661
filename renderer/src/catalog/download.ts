/**
 * Saving a file the renderer made: a Blob URL on an anchor with `download`. The same code works in a
 * browser (the browser's download) and in Electron (its save dialog), with no host API needed.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * Chromium reads the blob after click() returns, and Electron only once the person has chosen where
 * to save; revoking at once can leave an empty download. A minute is long enough and frees the memory.
 */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `katalog-inovasi-<area id>-<yyyy-mm-dd>.<ext>`, with the date as it is where the person is. */
export function catalogFileName(areaId: string, extension: 'xlsx' | 'csv', now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  // An area made in the app may have any id; a file name keeps to what every file system accepts.
  const area = areaId.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `katalog-inovasi-${area}-${date}.${extension}`;
}
