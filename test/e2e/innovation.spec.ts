/**
 * An innovation's life between two regions on one hub: Klaten's editor adds one (the form refuses a
 * too-short name first), Magelang sees it within a second, Klaten renames it and Magelang's open
 * page follows; Magelang may not edit it but plans its replication, which Klaten then sees, along
 * with the change history.
 */
import type { Browser, Page } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { CatalogPage } from './pages/catalog-page';
import { fillRequired } from './pages/innovation-form';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';

/** A person in their own browser context, with console errors and page errors collected. */
async function person(browser: Browser, profile: Profile, problems: string[]): Promise<Page> {
  const context = await browser.newContext();
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${profile.name} pageerror: ${error.message}`));
  return page;
}

/** What the page shows now: the shell is checked elsewhere. */
const OUTSIDE_SHELL = { exclude: 'header' };

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

test('Klaten adds and renames an innovation; Magelang follows live, cannot edit it, and plans its replication', async ({
  browser,
  hub,
}) => {
  const problems: string[] = [];
  const klaten = await person(browser, KLATEN_EDITOR, problems);
  const magelang = await person(browser, MAGELANG_EDITOR, problems);
  await magelang.goto(`${hub.httpUrl}#/replikasi`);
  await expect(magelang.getByRole('heading', { name: 'Rencana replikasi Kab. Magelang' })).toBeVisible();

  await klaten.goto(`${hub.httpUrl}#/katalog/baru`);
  const name = klaten.getByRole('textbox', { name: 'Nama inovasi' });
  await name.fill('SI');
  await fillRequired(klaten);
  await klaten.getByRole('button', { name: 'Simpan inovasi' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Minimal 3 karakter/);
  await expect(name).toBeFocused();
  await expect(klaten.getByText('Periksa 1 isian yang ditandai merah.')).toBeVisible();
  expect(new URL(klaten.url()).hash).toBe('#/katalog/baru');

  await name.fill('Sistem Informasi Desa');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  // Magelang watches the catalog while Klaten saves: the second measured is the sync, not opening a
  // screen (other screens load on demand).
  await magelang.evaluate(() => {
    window.location.hash = '#/katalog';
  });
  await expect(magelang.getByTestId('catalog-count')).toHaveAttribute('data-count', '0');
  const savedAt = Date.now();
  await klaten.getByRole('button', { name: 'Simpan inovasi' }).click();
  await expect(magelang.getByTestId('catalog-row').filter({ hasText: 'Sistem Informasi Desa' })).toBeVisible({
    timeout: Math.max(1, 1000 - (Date.now() - savedAt)),
  });
  await klaten.waitForURL(/#\/katalog\/33\.10\/sistem-informasi-desa-[a-z0-9]{5}$/);
  const detailHash = new URL(klaten.url()).hash;
  await magelang.evaluate((hash) => {
    window.location.hash = hash;
  }, detailHash);
  await expect(heading(magelang, 'Sistem Informasi Desa')).toBeVisible();
  await expect(heading(klaten, 'Sistem Informasi Desa')).toBeVisible();

  await klaten.getByRole('link', { name: 'Ubah', exact: true }).click();
  const editName = klaten.getByRole('textbox', { name: 'Nama inovasi' });
  await expect(editName).toHaveValue('Sistem Informasi Desa');
  await editName.fill('Sistem Informasi Desa Terpadu');
  await klaten.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(heading(klaten, 'Sistem Informasi Desa Terpadu')).toBeVisible();
  await expect(heading(magelang, 'Sistem Informasi Desa Terpadu')).toBeVisible();

  await expect(magelang.getByRole('link', { name: 'Ubah', exact: true })).toHaveCount(0);
  await expect(magelang.getByRole('button', { name: 'Hapus' })).toHaveCount(0);
  await expect(magelang.getByText('Hanya editor Kab. Klaten yang dapat mengubah inovasi ini.')).toBeVisible();
  await expectAccessible(magelang, 'detail page, read-only', OUTSIDE_SHELL);

  await magelang.evaluate((hash) => {
    window.location.hash = `${hash}/ubah`;
  }, detailHash);
  await expect(heading(magelang, 'Anda tidak dapat mengubah inovasi ini')).toBeVisible();
  await expect(magelang.getByRole('textbox', { name: 'Nama inovasi' })).toHaveCount(0);
  await magelang.getByRole('link', { name: 'Kembali', exact: true }).click();

  await magelang.getByRole('button', { name: 'Replikasi inovasi ini' }).click();
  await expect(magelang.getByText('Sudah dalam rencana replikasi')).toBeVisible();
  await expect(magelang.getByRole('button', { name: 'Replikasi inovasi ini' })).toHaveCount(0);
  // The note next to the detail leads to the plan itself.
  await magelang.getByRole('main').getByRole('link', { name: 'Lihat rencana replikasi' }).click();
  await expect(
    magelang.getByRole('heading', { level: 1, name: 'Sistem Informasi Desa Terpadu', exact: true }),
  ).toBeVisible();
  await expect(magelang.getByRole('list', { name: 'Tahapan rencana replikasi' })).toBeVisible();
  await magelang.goto(`${hub.httpUrl}#/replikasi`);
  const mine = magelang.getByRole('table', { name: 'Rencana replikasi daerah Anda' });
  const planRow = mine.getByRole('row').filter({ hasText: 'Sistem Informasi Desa Terpadu' });
  await expect(planRow).toContainText('Kab. Klaten');
  await expect(planRow).toContainText('Persiapan');
  await expectAccessible(magelang, 'replication list', OUTSIDE_SHELL);

  const replicatedBy = klaten.getByRole('region', { name: 'Direplikasi oleh' });
  await expect(replicatedBy).toContainText('Kab. Magelang');
  await expect(replicatedBy).toContainText('Persiapan');
  const history = klaten.getByRole('region', { name: 'Riwayat perubahan' });
  const latest = history.getByRole('listitem').first();
  await expect(latest).toContainText('Sri Wahyuni · Kab. Klaten');
  await expect(latest).toContainText('Mengubah nama inovasi');
  await expect(history).toContainText('Menambahkan inovasi ini');
  await expectAccessible(klaten, 'detail page, own region', OUTSIDE_SHELL);

  // Magelang finds it again from the catalog: by words of its name, and by Klaten's region filter.
  const catalog = new CatalogPage(magelang);
  await catalog.open(hub.httpUrl);
  await catalog.search.fill('informasi desa terpadu');
  await expect(catalog.rows.filter({ hasText: 'Sistem Informasi Desa Terpadu' })).toBeVisible();
  await catalog.search.fill('');
  await catalog.filterByRegions(['Kab. Klaten']);
  await expect(catalog.count).toHaveAttribute('data-count', '1');
  await expect(catalog.rows.filter({ hasText: 'Sistem Informasi Desa Terpadu' })).toBeVisible();
  await catalog.clearFilters.click();
  await catalog.filterByRegions(['Kab. Magelang']);
  await expect(catalog.count).toHaveAttribute('data-count', '0');

  expect(problems).toEqual([]);
});

test('the form asks before unsaved input is left, checks fields as they are left, and passes axe', async ({
  browser,
  hub,
}) => {
  const problems: string[] = [];
  const klaten = await person(browser, KLATEN_EDITOR, problems);
  await klaten.goto(`${hub.httpUrl}#/katalog/baru`);

  const link = klaten.getByRole('textbox', { name: 'Alamat (https://…)' });
  await klaten.getByRole('button', { name: 'Tambah tautan' }).click();
  await klaten.getByRole('textbox', { name: 'Judul tautan' }).fill('Situs layanan');
  await link.fill('klatenkab.go.id');
  await link.blur();
  await expect(link).toHaveAccessibleDescription(/Alamat tautan harus diawali https:\/\//);
  await link.fill('https://klatenkab.go.id');
  await expect(link).not.toHaveAttribute('aria-invalid', 'true');

  await klaten.getByRole('button', { name: 'Simpan inovasi' }).click();
  await expect(klaten.getByRole('textbox', { name: 'Nama inovasi' })).toBeFocused();
  await expectAccessible(klaten, 'form with errors', OUTSIDE_SHELL);

  await klaten.getByRole('navigation').getByRole('link', { name: 'Replikasi' }).click();
  const leave = klaten.getByRole('dialog', { name: 'Tinggalkan halaman ini?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Tetap di sini' }).click();
  await expect(leave).toBeHidden();
  expect(new URL(klaten.url()).hash).toBe('#/katalog/baru');

  await klaten.getByRole('navigation').getByRole('link', { name: 'Replikasi' }).click();
  await klaten
    .getByRole('dialog', { name: 'Tinggalkan halaman ini?' })
    .getByRole('button', { name: 'Tinggalkan' })
    .click();
  await expect(klaten.getByRole('heading', { level: 1, name: 'Replikasi inovasi' })).toBeVisible();
  await expect(klaten.getByText('Belum ada rencana replikasi')).toBeVisible();

  await klaten.goto(`${hub.httpUrl}#/katalog/33.10/tidak-ada`);
  await expect(heading(klaten, 'Inovasi tidak ditemukan')).toBeVisible();
  await klaten.getByRole('link', { name: 'Kembali ke katalog' }).click();
  await expect(klaten).toHaveURL(/#\/katalog$/);

  expect(problems).toEqual([]);
});
