/**
 * "Cetak / Simpan PDF" in the desktop app: the print route rendered in a hidden window of ours (same
 * locks, same host), printed to an A4 PDF, saved where the person chooses.
 */
import { writeFile } from 'node:fs/promises';
import { type BrowserWindow, dialog } from 'electron';
import type { Windows } from './windows';

/** Set by PrintSheet on its A4 sheet once the document is on it (renderer/src/print/PrintPage.tsx). */
const READY_PROBE = "document.querySelector('[data-print-sheet]') !== null";
const READY_TIMEOUT_MS = 20_000;

export async function savePdf(
  windows: Windows,
  parent: BrowserWindow | null,
  route: string,
  suggestedName: string,
): Promise<{ saved: true; path: string } | { saved: false }> {
  const options = {
    defaultPath: suggestedName.endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const choice =
    parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  if (choice.canceled || choice.filePath === undefined) return { saved: false };
  const hidden = await windows.openHidden(route);
  try {
    await waitUntilReady(hidden);
    const pdf = await hidden.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    await writeFile(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  } finally {
    hidden.destroy();
  }
}

async function waitUntilReady(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if ((await window.webContents.executeJavaScript(READY_PROBE, false)) === true) {
      // One more frame for fonts and the page footer to settle.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the document did not open in time for the PDF');
}
