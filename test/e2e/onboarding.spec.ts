import type { Page } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { CatalogPage } from './pages/catalog-page';
import { OnboardingPage } from './pages/onboarding-page';
import { ShellPage } from './pages/shell-page';
import { KLATEN_EDITOR } from './profile';

/** Axe checks the page's main content: the shell is not ours. */
const MAIN = { include: 'main' };

/**
 * Stores a profile once, the way first start would (unlike `useProfile`, whose init script writes it
 * again before every load): what the page saves must be what a reload finds.
 */
async function openWithStoredProfile(page: Page, url: string, profile: Profile): Promise<void> {
  await page.goto(url);
  await page.evaluate(
    (value) => window.localStorage.setItem('rembug.profile.v1', value),
    JSON.stringify(profile),
  );
  await page.reload();
}

test('first start: KSPN Borobudur, Kab. Klaten editor, this node only, demo data; kept after a reload', async ({
  page,
  hub,
}) => {
  const onboarding = new OnboardingPage(page);
  const shell = new ShellPage(page);
  await page.goto(hub.httpUrl);
  await expect(onboarding.heading).toBeVisible();

  await onboarding.chooseArea('KSPN Borobudur');
  await expect(onboarding.stepTitle('Siapa Anda?')).toBeVisible();
  await onboarding.chooseRegion('klaten', 'Kab. Klaten');
  await onboarding.name.fill('Ayu Lestari');
  await onboarding.chooseRole('Editor daerah');
  await expectAccessible(page, 'identity step', MAIN);
  await onboarding.next.click();

  await expect(onboarding.stepTitle('Di mana data disinkronkan?')).toBeVisible();
  // In a browser the page's node already keeps the data: the screen says so, with its address.
  await expect(page.getByText(`Halaman ini dilayani oleh node 127.0.0.1:${hub.port}`)).toBeVisible();
  await onboarding.chooseSync('Hanya node halaman ini');
  await onboarding.next.click();

  await expect(onboarding.stepTitle('Periksa, lalu mulai')).toBeVisible();
  await expect(page.getByText('Ayu Lestari · Kab. Klaten · Editor daerah')).toBeVisible();
  await expect(onboarding.demo).not.toBeChecked();
  await onboarding.demo.check();
  await onboarding.finishButton.click();

  await expect(page).toHaveURL(/#\/katalog$/);
  await expect(shell.identity).toHaveText('Ayu Lestari · Kab. Klaten');
  // The notification closes by itself, so the lasting proof is the catalog: 150 innovations.
  await expect(new CatalogPage(page).count).toHaveAttribute('data-count', '150');

  await page.reload();
  await expect(shell.identity).toHaveText('Ayu Lestari · Kab. Klaten');
  await expect(onboarding.heading).toHaveCount(0);
});

test('a region editor without a region gets an inline error; another role may go on without one', async ({
  page,
  hub,
}) => {
  const onboarding = new OnboardingPage(page);
  await page.goto(hub.httpUrl);
  await onboarding.chooseArea('KSPN Borobudur');
  await onboarding.name.fill('Dedi Kurniawan');
  await onboarding.chooseRole('Editor daerah');
  await onboarding.next.click();
  await expect(page.getByText('Editor daerah perlu memilih daerahnya.')).toBeVisible();
  await expect(onboarding.regionSelect).toHaveAttribute('aria-invalid', 'true');
  await expect(onboarding.stepTitle('Siapa Anda?')).toBeVisible();

  await onboarding.chooseRole('Pengamat');
  await expect(page.getByText('Editor daerah perlu memilih daerahnya.')).toHaveCount(0);
  await onboarding.next.click();
  await expect(onboarding.stepTitle('Di mana data disinkronkan?')).toBeVisible();
});

test.describe('with an area hub that requires a token', () => {
  const GOOD = 'e2e-token-klaten-onboarding';
  test.use({
    hubTokens: {
      tokens: [
        { token: GOOD, name: 'Diskominfo Klaten', region: '33.10', read: ['kspn-borobudur/*'], write: [] },
      ],
    },
  });

  test('a refused token is explained and cannot be saved; a good one passes and adds the hub', async ({
    page,
    hub,
  }) => {
    const onboarding = new OnboardingPage(page);
    const shell = new ShellPage(page);
    // The page comes from "localhost", the hub is entered as 127.0.0.1: the same process, but to the
    // app two different nodes, so both get a sync chip.
    await page.goto(`http://localhost:${hub.port}/?token=${GOOD}`);
    await onboarding.chooseArea('KSPN Borobudur');
    await onboarding.chooseRegion('klaten', 'Kab. Klaten');
    await onboarding.name.fill('Ayu Lestari');
    await onboarding.next.click();

    await onboarding.chooseSync('Hubungkan ke hub kawasan');
    await onboarding.hubAddress.fill(hub.wsUrl);
    await onboarding.hubToken.fill('token-yang-salah');
    await onboarding.next.click();
    await expect(page.getByText('Uji koneksi ke hub dulu')).toBeVisible();
    await onboarding.testHub.click();
    await expect(page.getByText('Token ditolak. Periksa token yang diberikan pengelola hub.')).toBeVisible();
    await expectAccessible(page, 'sync step with a refusal', MAIN);
    await onboarding.next.click();
    await expect(onboarding.stepTitle('Di mana data disinkronkan?')).toBeVisible();

    // Editing the token throws the earlier result away: only the pair that was tested counts.
    await onboarding.hubToken.fill(GOOD);
    await expect(page.getByText('Token ditolak.', { exact: false })).toHaveCount(0);
    await onboarding.testHub.click();
    await expect(page.getByText('Hub menerima token ini untuk kawasan Anda.')).toBeVisible();
    await onboarding.next.click();
    await expect(page.getByText(`Hub kawasan ${hub.wsUrl}`)).toBeVisible();
    await onboarding.finishButton.click();

    await expect(shell.identity).toHaveText('Ayu Lestari · Kab. Klaten');
    await expect(shell.sync).toHaveAttribute('data-phase', 'synced');
    await expect(shell.hubSync).toHaveAttribute('data-phase', 'synced');
    await expect(page.locator('header [data-endpoint]')).toHaveCount(2);
  });

  test('settings: a hub is added only after a passed test, and can be removed again', async ({
    page,
    hub,
  }) => {
    const shell = new ShellPage(page);
    const onboarding = new OnboardingPage(page);
    await openWithStoredProfile(
      page,
      `http://localhost:${hub.port}/?token=${GOOD}#/pengaturan`,
      KLATEN_EDITOR,
    );
    const sync = page.getByRole('region', { name: 'Sinkronisasi' });
    await expect(sync).toContainText(`Tanpa hub tambahan: data di node localhost:${hub.port}`);
    await expect(page.locator('header [data-endpoint]')).toHaveCount(1);

    await sync.getByRole('button', { name: 'Hubungkan ke hub' }).click();
    await onboarding.hubAddress.fill(hub.wsUrl);
    await onboarding.hubToken.fill(GOOD);
    await sync.getByRole('button', { name: 'Simpan' }).click();
    await expect(sync.getByText('Uji koneksi ke hub dulu')).toBeVisible();
    await expect(page.locator('header [data-endpoint]')).toHaveCount(1);
    await onboarding.testHub.click();
    await expect(sync.getByText('Hub menerima token ini untuk kawasan Anda.')).toBeVisible();
    await sync.getByRole('button', { name: 'Simpan' }).click();
    await expect(sync).toContainText(`hub kawasan ${hub.wsUrl}`);
    await expect(shell.hubSync).toHaveAttribute('data-phase', 'synced');

    await sync.getByRole('button', { name: 'Lepas hub' }).click();
    await expect(page.locator('header [data-endpoint]')).toHaveCount(1);
    await expect(sync).toContainText('Tanpa hub tambahan');
  });
});

test('settings: a new name shows in the header at once and survives a reload', async ({ page, hub }) => {
  const shell = new ShellPage(page);
  await openWithStoredProfile(page, `${hub.httpUrl}#/pengaturan`, KLATEN_EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
  await expect(shell.identity).toHaveText('Sri Wahyuni · Kab. Klaten');
  const profile = page.getByRole('region', { name: 'Profil' });
  await profile.getByRole('textbox', { name: 'Nama Anda' }).fill('Sri Wahyuni Rahayu');
  await profile.getByRole('button', { name: 'Simpan' }).click();
  await expect(shell.identity).toHaveText('Sri Wahyuni Rahayu · Kab. Klaten');
  await expect(page.getByText('Profil disimpan.')).toBeVisible();
  await expectAccessible(page, 'settings', MAIN);

  await page.reload();
  await expect(shell.identity).toHaveText('Sri Wahyuni Rahayu · Kab. Klaten');
});

test('settings: "Ganti kawasan" asks first, then returns to first start', async ({ page, hub }) => {
  // Stored once, not by an init script: the reload after "Ganti kawasan" must find no profile.
  await page.goto(`${hub.httpUrl}#/pengaturan`);
  await page.evaluate(
    (value) => window.localStorage.setItem('rembug.profile.v1', value),
    JSON.stringify(KLATEN_EDITOR),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Ganti kawasan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ganti kawasan' });
  await expect(dialog).toContainText('Dokumen kawasan KSPN Borobudur tetap tersimpan');
  await expectAccessible(page, 'confirm dialog', { include: '[role="dialog"]' });
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Ganti kawasan' }).click();
  await dialog.getByRole('button', { name: 'Ya, ganti kawasan' }).click();
  await expect(new OnboardingPage(page).heading).toBeVisible();
});

test('settings: "Muat data contoh" fills the catalog with the demo set', async ({ page, hub }) => {
  await openWithStoredProfile(page, `${hub.httpUrl}#/pengaturan`, KLATEN_EDITOR);
  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(page.getByText('Data contoh dimuat: 150 inovasi dari 25 daerah.')).toBeVisible();
  await page.getByRole('link', { name: 'Katalog inovasi' }).click();
  await expect(new CatalogPage(page).count).toHaveAttribute('data-count', '150');
});
