/**
 * Working through an outage: the hub goes down, two regions keep adding innovations, one reloads
 * the page while the hub is still down (the service worker serves the app, IndexedDB the data),
 * and once the hub is back every screen — and a newcomer with no local copy — has both edits.
 */
import type { Browser, Page } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';
import { expect, test } from './fixtures';
import { addInnovation } from './pages/innovation-form';
import { ShellPage } from './pages/shell-page';
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';

async function open(
  browser: Browser,
  profile: Profile,
  url: string,
): Promise<{ page: Page; shell: ShellPage }> {
  const context = await browser.newContext();
  await withProfile(context, profile);
  const page = await context.newPage();
  const shell = new ShellPage(page);
  await shell.open(url);
  return { page, shell };
}

const row = (page: Page, name: string) => page.getByTestId('catalog-row').filter({ hasText: name });

test('edits made while the hub is down survive a reload and reach everyone once it is back', async ({
  browser,
  hub,
}) => {
  const url = `${hub.httpUrl}#/katalog`;
  const klaten = await open(browser, KLATEN_EDITOR, url);
  const magelang = await open(browser, MAGELANG_EDITOR, url);
  for (const { shell } of [klaten, magelang]) await expect(shell.sync).toHaveText('Tersinkron');
  // The app's files must be in the service worker's cache before the hub disappears.
  await klaten.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await hub.stop();
  for (const { shell } of [klaten, magelang]) await expect(shell.sync).toHaveText('Luring');
  await addInnovation(klaten.page, 'Antrean Puskesmas Daring');
  await addInnovation(magelang.page, 'Pasar Tani Digital Magelang');
  await expect(klaten.shell.sync).toHaveAttribute('data-pending', /^[1-9]/);

  // y-indexeddb writes after each update; give the write a moment before the page goes away.
  await klaten.page.waitForTimeout(300);
  await klaten.page.reload();
  await klaten.page.evaluate(() => {
    window.location.hash = '#/katalog';
  });
  await expect(row(klaten.page, 'Antrean Puskesmas Daring')).toBeVisible();
  await expect(klaten.shell.sync).toHaveText('Luring');

  await hub.restart();
  for (const { page, shell } of [klaten, magelang]) {
    await expect(shell.sync).toHaveText('Tersinkron', { timeout: 15_000 });
    await page.evaluate(() => {
      window.location.hash = '#/katalog';
    });
    await expect(row(page, 'Antrean Puskesmas Daring')).toBeVisible();
    await expect(row(page, 'Pasar Tani Digital Magelang')).toBeVisible();
  }

  // Someone who was never here gets both from the hub alone.
  const newcomer = await open(browser, { ...KLATEN_EDITOR, name: 'Rina Kusuma' }, url);
  await expect(row(newcomer.page, 'Antrean Puskesmas Daring')).toBeVisible();
  await expect(row(newcomer.page, 'Pasar Tani Digital Magelang')).toBeVisible();
});

test('Ctrl+Z undoes my own last change, not a colleague’s, and Ctrl+Shift+Z brings it back', async ({
  browser,
  hub,
}) => {
  const url = `${hub.httpUrl}#/katalog`;
  const klaten = await open(browser, KLATEN_EDITOR, url);
  const colleague = await open(browser, { ...KLATEN_EDITOR, name: 'Dewi Anggraini' }, url);
  await addInnovation(colleague.page, 'Layanan Adminduk Keliling');
  await addInnovation(klaten.page, 'Bank Sampah Digital');
  for (const { page } of [klaten, colleague]) {
    await page.evaluate(() => {
      window.location.hash = '#/katalog';
    });
    await expect(row(page, 'Layanan Adminduk Keliling')).toBeVisible();
    await expect(row(page, 'Bank Sampah Digital')).toBeVisible();
  }

  await klaten.page.locator('body').press('Control+z');
  await expect(row(klaten.page, 'Bank Sampah Digital')).toHaveCount(0);
  await expect(row(colleague.page, 'Bank Sampah Digital')).toHaveCount(0);
  await expect(row(klaten.page, 'Layanan Adminduk Keliling')).toBeVisible();
  // Nothing more of mine to undo: the colleague's entry stays.
  await expect(klaten.page.getByRole('button', { name: 'Urungkan (Ctrl+Z)' })).toBeDisabled();

  await klaten.page.locator('body').press('Control+Shift+z');
  await expect(row(klaten.page, 'Bank Sampah Digital')).toBeVisible();
  await expect(row(colleague.page, 'Bank Sampah Digital')).toBeVisible();
});
