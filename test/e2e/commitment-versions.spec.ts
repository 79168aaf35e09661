/**
 * Items per smart-city dimension, named versions and the change history of a commitment, with two
 * member editors in their own windows — Sri Wahyuni (Kab. Klaten) and Bagus Prasetyo (Kab. Magelang) —
 * and a viewer who reads along.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { CommitmentVersionsPage } from './pages/commitment-versions';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { DRAFT_COMMITMENT, seedDraftCommitment } from './seed';

/** Contexts this file opens itself: closed after each test, or their pages keep running (and reconnecting) into later tests. */
const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

const VIEWER: Profile = { ...KLATEN_EDITOR, name: 'Pengamat Kominfo', region: null, role: 'viewer' };
const GOVERNANCE = 'Smart Governance';
const ITEM = {
  title: 'Membangun satu data pemerintahan kawasan',
  lead: ['Kab. Klaten'],
  supporting: ['Kab. Magelang'],
  followUps: ['Rapat koordinasi tiap triwulan'],
};

/** A person in their own browser context, on a tab of the draft commitment, with page errors collected. */
async function openAs(
  browser: Browser,
  hub: RunningHub,
  profile: Profile,
  tab: '' | 'butir' | 'versi',
  problems: string[],
): Promise<CommitmentVersionsPage> {
  const context = await browser.newContext();
  openContexts.push(context);
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${profile.name} pageerror: ${error.message}`));
  const view = new CommitmentVersionsPage(page);
  await view.open(hub.httpUrl, DRAFT_COMMITMENT.id, tab);
  await expect(page.getByRole('heading', { name: DRAFT_COMMITMENT.title })).toBeVisible();
  return view;
}

/** The words of the editor's first paragraph, without any co-editor's name tab. */
async function openingText(page: Page): Promise<string> {
  return page
    .locator('.ProseMirror p')
    .first()
    .evaluate((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('[aria-hidden="true"]')) caret.remove();
      return copy.textContent ?? '';
    });
}

test('items per dimension: Klaten adds one under Smart Governance, Magelang sees it live, a viewer only reads', async ({
  browser,
  hub,
}) => {
  // Two or three windows on a machine shared with other runs: more than the default 30 s.
  test.setTimeout(90_000);
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const sri = await openAs(browser, hub, KLATEN_EDITOR, 'butir', problems);
  const bagus = await openAs(browser, hub, MAGELANG_EDITOR, 'butir', problems);
  const viewer = await openAs(browser, hub, VIEWER, 'butir', problems);

  // Every dimension of the area, in order, each saying what to do while empty.
  await expect(sri.page.getByRole('heading', { level: 2 }).first()).toHaveText(GOVERNANCE);
  await expect(sri.pillar(GOVERNANCE)).toContainText('Tekan “Tambah butir”');
  await expect(sri.roles).toContainText('Belum ada daerah yang memimpin');

  // The model's schema speaks next to the input.
  await sri.addItemButton(GOVERNANCE).click();
  await sri.itemDialog.getByRole('button', { name: 'Simpan butir' }).click();
  await expect(sri.itemDialog.getByRole('textbox', { name: 'Isi butir komitmen' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(sri.itemDialog).toContainText('Minimal 3 karakter');
  await sri.itemDialog.getByRole('button', { name: 'Batal' }).click();

  await sri.addItem(GOVERNANCE, ITEM);
  await expect(sri.itemDialog).toBeHidden();
  for (const view of [sri, bagus, viewer]) {
    const item = view.pillarItems(GOVERNANCE);
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(ITEM.title);
    await expect(item).toContainText(/Memimpin\s*Kab\. Klaten/);
    await expect(item).toContainText(/Mendukung\s*Kab\. Magelang/);
    await expect(item).toContainText(ITEM.followUps[0] ?? '');
    await expect(view.roles).toContainText('Kab. Klaten memimpin 1 butir');
    await expect(view.roles).toContainText('Kab. Magelang mendukung 1 butir');
  }

  // Magelang adds a second one and moves it up; Klaten's window follows.
  await bagus.addItem(GOVERNANCE, {
    title: 'Menyelaraskan arsitektur SPBE antardaerah',
    lead: ['Kab. Magelang'],
    supporting: [],
    followUps: [],
  });
  await expect(sri.pillarItems(GOVERNANCE)).toHaveCount(2);
  await bagus.page
    .getByRole('button', { name: 'Naikkan butir “Menyelaraskan arsitektur SPBE antardaerah”' })
    .click();
  await expect(sri.pillarItems(GOVERNANCE).first()).toContainText('Menyelaraskan arsitektur SPBE');

  // The viewer reads everything and can change none of it.
  await expect(viewer.pillarItems(GOVERNANCE)).toHaveCount(2);
  await expect(viewer.page.getByRole('button', { name: /^Tambah butir/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^(Ubah|Hapus|Naikkan|Turunkan) butir/ })).toHaveCount(
    0,
  );
  await expect(viewer.pillar('Smart Living')).toContainText('Belum ada butir untuk dimensi ini.');

  // Removing asks first.
  await sri.page
    .getByRole('button', { name: 'Hapus butir “Menyelaraskan arsitektur SPBE antardaerah”' })
    .click();
  await sri.page
    .getByRole('dialog', { name: 'Hapus butir ini?' })
    .getByRole('button', { name: 'Hapus butir' })
    .click();
  await expect(bagus.pillarItems(GOVERNANCE)).toHaveCount(1);

  await expectAccessible(sri.page, 'items tab of an editor', { include: 'main' });
  await expectAccessible(viewer.page, 'items tab of a viewer', { include: 'main' });
  expect(problems).toEqual([]);
});

test('versions: save "Draf 1", change, compare, restore for both windows; history names both people', async ({
  browser,
  hub,
}) => {
  // Two or three windows on a machine shared with other runs: more than the default 30 s.
  test.setTimeout(90_000);
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const sri = await openAs(browser, hub, KLATEN_EDITOR, 'versi', problems);
  const bagus = await openAs(browser, hub, MAGELANG_EDITOR, 'butir', problems);

  await expect(sri.page.getByText('Belum ada versi tersimpan.', { exact: false })).toBeVisible();
  await sri.saveVersionNamed('Draf 1');
  await expect(sri.version('Draf 1')).toContainText('Sri Wahyuni · Kab. Klaten');
  await expect(sri.version('Draf 1')).toContainText(/Sidik [0-9a-f]{12}…/);

  // Magelang changes the items, and — when the text tab has its editor — the text.
  await bagus.addItem(GOVERNANCE, ITEM);
  await expect(bagus.pillarItems(GOVERNANCE)).toHaveCount(1);
  await bagus.showTab('Naskah');
  const typed = ' Disepakati bersama di Surakarta.';
  const withEditor = (await bagus.editor.count()) > 0;
  if (withEditor) {
    await bagus.page.locator('.ProseMirror p').first().click();
    await bagus.page.keyboard.press('End');
    await bagus.page.keyboard.type(typed, { delay: 20 });
    await expect.poll(() => openingText(bagus.page)).toContain(typed.trim());
  }

  // Klaten compares Draf 1 with the current text: the item (and words) show as added, in words too.
  await expect(sri.compare.getByRole('combobox', { name: 'Dari' })).toHaveValue('Draf 1');
  await expect(sri.compare.getByRole('combobox', { name: 'Menjadi' })).toHaveValue('Naskah saat ini');
  await expect(sri.diff).toContainText('Perubahan butir');
  await expect(sri.diff.locator('ins', { hasText: ITEM.title })).toBeVisible();
  await expect(sri.diff.locator('ins', { hasText: ITEM.title })).toContainText('ditambahkan:');
  if (withEditor) {
    await expect(sri.diff.locator('ins', { hasText: 'Disepakati bersama di Surakarta' })).toBeVisible();
    await expect(sri.diff).toContainText('Diubah');
  }
  await expectAccessible(sri.page, 'versions tab with a comparison', { include: 'main' });

  // Save the change as "Draf 2", then compare the two versions with each other.
  await sri.saveVersionNamed('Draf 2');
  await expect(sri.versions.first()).toContainText('Draf 2');
  await sri.compareFrom('Draf 1', 'Draf 2');
  await expect(sri.diff.locator('ins', { hasText: ITEM.title })).toBeVisible();

  // Restoring Draf 1 brings the old content back, in Magelang's window as well.
  await sri.restore('Draf 1');
  await expect(sri.page.getByText('Versi “Draf 1” dipulihkan')).toBeVisible();
  await bagus.showTab('Butir komitmen');
  await expect(bagus.pillarItems(GOVERNANCE)).toHaveCount(0);
  await expect(bagus.pillar(GOVERNANCE)).toContainText('Belum ada butir untuk dimensi ini.');
  if (withEditor) {
    await bagus.showTab('Naskah');
    await expect.poll(() => openingText(bagus.page)).toBe(DRAFT_COMMITMENT.opening);
  }
  await sri.compareFrom('Draf 1', 'Naskah saat ini');
  await expect(sri.compare).toContainText('Tidak ada perbedaan');

  // The history names both people and what each did, newest first.
  await expect(sri.history.first()).toContainText('Sri Wahyuni · Kab. Klaten memulihkan versi “Draf 1”');
  await expect(sri.history.filter({ hasText: 'Bagus Prasetyo · Kab. Magelang menyimpan butir' })).toHaveCount(
    1,
  );
  await expect(
    sri.history.filter({ hasText: 'Sri Wahyuni · Kab. Klaten menyimpan versi “Draf 1”' }),
  ).toHaveCount(1);
  if (withEditor) {
    await expect(
      sri.history.filter({ hasText: 'Bagus Prasetyo · Kab. Magelang mengubah naskah' }),
    ).toHaveCount(1);
  }
  expect(problems).toEqual([]);
});
