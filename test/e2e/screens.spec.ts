/**
 * The main screens as people see them, shell included: no serious or critical axe violations, and
 * screenshots at the laptop (1366×768) and projector (1024×768) sizes kept as test artifacts.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { KLATEN_EDITOR, useProfile as withProfile } from './profile';
import { seedDemo } from './seed';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

async function capture(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let the virtualised lists measure the new size before the picture.
    await page.waitForTimeout(200);
    await testInfo.attach(`${name}-${size.width}x${size.height}.png`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  }
}

test('catalog, detail, form, replication views and settings pass axe and are captured', async ({
  page,
  hub,
}, testInfo) => {
  // Nine screens, each checked by axe and captured at two sizes.
  test.setTimeout(90_000);
  await seedDemo(hub.wsUrl);
  await withProfile(page, KLATEN_EDITOR);
  await page.setViewportSize(SIZES[0]);
  await page.goto(`${hub.httpUrl}#/katalog`);
  await expect(page.getByTestId('catalog-count')).toHaveAttribute('data-count', '150');
  await expect(page.locator('header [data-endpoint="primary"]')).toHaveText('Tersinkron');

  const entry = page
    .getByTestId('catalog-row')
    .filter({ hasNot: page.getByText('Kab. Klaten') })
    .first();
  const screens: { name: string; open?: () => Promise<unknown>; ready: () => Promise<void> }[] = [
    {
      name: 'katalog',
      ready: () => expect(page.getByTestId('catalog-row').first()).toBeVisible(),
    },
    {
      name: 'detail',
      open: () => entry.click(),
      ready: () => expect(page.getByRole('button', { name: 'Replikasi inovasi ini' })).toBeVisible(),
    },
    {
      name: 'formulir',
      open: () => page.goto(`${hub.httpUrl}#/katalog/baru`),
      ready: () => expect(page.getByRole('textbox', { name: 'Nama inovasi' })).toBeVisible(),
    },
    {
      name: 'replikasi',
      open: () => page.goto(`${hub.httpUrl}#/replikasi`),
      ready: () => expect(page.getByRole('heading', { name: 'Rencana replikasi Kab. Klaten' })).toBeVisible(),
    },
    {
      name: 'rencana',
      open: () =>
        page
          .getByRole('link', { name: /^Rencana replikasi .+ oleh / })
          .first()
          .click(),
      ready: () => expect(page.getByRole('heading', { name: 'Diskusi' })).toBeVisible(),
    },
    {
      name: 'matriks',
      open: () => page.goto(`${hub.httpUrl}#/replikasi/matriks`),
      ready: () => expect(page.getByRole('table').first()).toBeVisible(),
    },
    {
      name: 'linimasa',
      open: () => page.goto(`${hub.httpUrl}#/replikasi/linimasa`),
      ready: () => expect(page.getByRole('tab', { name: /Linimasa/, selected: true })).toBeVisible(),
    },
    {
      name: 'progres',
      open: () => page.goto(`${hub.httpUrl}#/replikasi/progres`),
      ready: () => expect(page.getByRole('tab', { name: /Progres/, selected: true })).toBeVisible(),
    },
    {
      name: 'pengaturan',
      open: () => page.goto(`${hub.httpUrl}#/pengaturan`),
      ready: () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    },
  ];
  for (const screen of screens) {
    await screen.open?.();
    await screen.ready();
    await expectAccessible(page, screen.name);
    await capture(page, testInfo, screen.name);
    await page.setViewportSize(SIZES[0]);
  }
});
