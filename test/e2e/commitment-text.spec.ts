/**
 * Co-writing the area commitment: Klaten and Kab. Magelang type into the same paragraph at once and
 * both keep their words; a comment stays on its phrase while text is inserted before it, and replies
 * and resolving show live in the other window; "@" puts a region chip into the text; a viewer can read
 * but neither type nor comment; finalising locks the text in an open window and reopening unlocks it.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { type CommitmentStatus, commitmentDocName, setCommitmentStatus } from '../../shared/model/commitment';
import { KSPN_BOROBUDUR } from '../../shared/model/presets';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { CommitmentTextPage } from './pages/commitment-text';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { AREA_COORDINATOR, KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { DRAFT_COMMITMENT, pushDoc, seedDraftCommitment } from './seed';

/** Contexts this file opens itself: closed after each test, or their pages keep running (and reconnecting) into later tests. */
const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

const VIEWER: Profile = { ...KLATEN_EDITOR, name: 'Rina Pengamat', region: null, role: 'viewer' };
const PHRASE = 'membangun kota cerdas';
const ROOM = commitmentDocName(KSPN_BOROBUDUR.id, DRAFT_COMMITMENT.id);

async function openText(
  browser: Browser,
  hub: RunningHub,
  profile: Profile,
  problems: string[],
): Promise<CommitmentTextPage> {
  const context = await browser.newContext();
  openContexts.push(context);
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${profile.name} pageerror: ${error.message}`));
  const text = new CommitmentTextPage(page);
  await text.open(hub.httpUrl, DRAFT_COMMITMENT.id);
  await expect(text.openingParagraph()).toContainText(DRAFT_COMMITMENT.opening);
  return text;
}

/** Moves the commitment through `steps` as the area coordinator would, from a client of the hub. */
async function moveStatus(hub: RunningHub, steps: CommitmentStatus[]): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(hub.wsUrl, ROOM, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  } finally {
    provider.destroy();
  }
  const ctx = {
    author: { name: AREA_COORDINATOR.name, region: null, role: 'coordinator' as const },
    now: () => new Date(),
  };
  for (const step of steps) {
    const result = setCommitmentStatus(doc, step, ctx);
    if (!result.ok) throw new Error(`status ${step} refused: ${result.error.key}`);
  }
  await pushDoc(hub.wsUrl, ROOM, doc);
  doc.destroy();
}

test('Klaten and Kab. Magelang type into the same paragraph at once; both keep their words', async ({
  browser,
  hub,
}) => {
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const klaten = await openText(browser, hub, KLATEN_EDITOR, problems);
  const magelang = await openText(browser, hub, MAGELANG_EDITOR, problems);
  await expect(klaten.toolbar.getByRole('button', { name: 'Judul dimensi' })).toBeVisible();

  await klaten.placeCursorAtEndOfOpening();
  await magelang.placeCursorAtEndOfOpening();
  await Promise.all([
    klaten.type(' Klaten: data terpadu.', 45),
    magelang.type(' Magelang: wisata candi.', 40),
  ]);
  for (const window of [klaten, magelang]) {
    const text = expect.poll(() => window.openingText());
    await text.toContain(DRAFT_COMMITMENT.opening);
    await text.toMatch(/Klaten:\s*data\s*terpadu\./);
    await text.toMatch(/Magelang:\s*wisata\s*candi\./);
  }
  // The same paragraph, not two: the dimension headings still follow it.
  await expect(klaten.editor.getByRole('heading', { level: 2 })).toHaveCount(KSPN_BOROBUDUR.pillars.length);
  await expect(klaten.page.getByText('Bagus Prasetyo · Kab. Magelang', { exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a comment stays on its phrase while text is inserted before it; replies and resolving are live', async ({
  browser,
  hub,
}) => {
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const klaten = await openText(browser, hub, KLATEN_EDITOR, problems);
  const magelang = await openText(browser, hub, MAGELANG_EDITOR, problems);

  await expect(klaten.comments.getByText(/Belum ada komentar terbuka/)).toBeVisible();
  await klaten.openingParagraph().click();
  await klaten.selectInOpening(PHRASE);
  await expect(klaten.commentButton).not.toHaveAttribute('aria-disabled', 'true');
  await klaten.commentButton.click();
  await expect(klaten.comments.getByText(`“${PHRASE}”`)).toBeVisible();
  await klaten.commentBox.fill('Perlu target yang terukur per tahun.');
  await klaten.sendComment.click();

  for (const window of [klaten, magelang]) {
    await expect(window.thread(PHRASE)).toContainText('Perlu target yang terukur per tahun.');
    await expect(window.thread(PHRASE)).toContainText('Sri Wahyuni');
    await expect(window.thread(PHRASE)).toContainText('Kab. Klaten');
    await expect.poll(() => window.highlightedText()).toBe(PHRASE);
  }

  // Klaten writes before the phrase: the highlight moves with the words, in both windows.
  await klaten.placeCursorAtStartOfOpening();
  await klaten.type('Dengan semangat gotong royong, ');
  for (const window of [klaten, magelang]) {
    await expect.poll(() => window.openingText()).toContain('Dengan semangat gotong royong, Kami');
    await expect.poll(() => window.highlightedText()).toBe(PHRASE);
  }

  // Magelang clicks the highlight, which brings the thread forward, and replies.
  await magelang.editor.locator('.comment-highlight').first().click();
  await expect(magelang.thread(PHRASE)).toBeFocused();
  await magelang.thread(PHRASE).getByRole('button', { name: 'Balas' }).click();
  await magelang
    .thread(PHRASE)
    .getByRole('textbox', { name: 'Balasan Anda' })
    .fill('Setuju, kami usulkan 5 layanan.');
  await magelang.thread(PHRASE).getByRole('button', { name: 'Kirim balasan' }).click();
  await expect(klaten.thread(PHRASE)).toContainText('Setuju, kami usulkan 5 layanan.');
  await expect(klaten.thread(PHRASE)).toContainText('Bagus Prasetyo');
  await expectAccessible(klaten.page, 'commitment text with a comment thread', { include: 'main' });

  await klaten.thread(PHRASE).getByRole('button', { name: 'Selesai' }).click();
  for (const window of [klaten, magelang]) {
    await expect(window.threads).toHaveCount(0);
    await expect(window.editor.locator('.comment-highlight')).toHaveCount(0);
    await window.comments.getByText('Selesai (1)').click();
    await expect(window.thread(PHRASE)).toContainText('Diselesaikan oleh Sri Wahyuni');
  }
  await magelang.thread(PHRASE).getByRole('button', { name: 'Buka lagi' }).click();
  await klaten.comments.getByText('Terbuka (1)').click();
  await expect(klaten.thread(PHRASE)).toBeVisible();
  await expect.poll(() => klaten.highlightedText()).toBe(PHRASE);
  expect(problems).toEqual([]);
});

test('"@" offers the member regions and puts a region chip into the text that the other window sees', async ({
  browser,
  hub,
}) => {
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const klaten = await openText(browser, hub, KLATEN_EDITOR, problems);
  const magelang = await openText(browser, hub, MAGELANG_EDITOR, problems);

  await klaten.placeCursorAtEndOfOpening();
  await klaten.type(' Bersama @mage');
  await expect(klaten.mentionList).toBeVisible();
  const options = klaten.mentionList.getByRole('option');
  await expect(options).toHaveText(['@Kab. Magelang', '@Kota Magelang']);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(klaten.editor).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id')) ?? '',
  );
  await klaten.page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await klaten.page.keyboard.press('ArrowUp');
  await klaten.page.keyboard.press('Enter');
  await expect(klaten.mentionList).toHaveCount(0);
  await klaten.type('kami memulai.');

  for (const window of [klaten, magelang]) {
    await expect(window.mentions()).toHaveText(['@Kab. Magelang']);
    await expect(window.mentions()).toHaveAttribute('data-id', '33.08');
    await expect.poll(() => window.openingText()).toContain('Bersama @Kab. Magelang kami memulai.');
  }
  // Kab. Magelang is told it was mentioned; Klaten is not.
  await expect(magelang.comments.getByText('Anda disebut · 1')).toBeVisible();
  await expect(klaten.comments.getByText(/Anda disebut/)).toHaveCount(0);

  // A comment can mention a region too; the mention is stored by code and shown as a chip.
  await klaten.selectInOpening('kota cerdas');
  await klaten.commentButton.click();
  await klaten.commentBox.pressSequentially('Mohon tanggapan @klat', { delay: 20 });
  await klaten.comments.getByRole('option', { name: '@Kab. Klaten' }).click();
  await expect(klaten.commentBox).toHaveValue('Mohon tanggapan @Kab. Klaten ');
  await klaten.sendComment.click();
  await expect(klaten.comments.getByText('Anda disebut · 1')).toBeVisible();
  await expect(klaten.thread('kota cerdas')).toContainText('Anda disebut');
  expect(problems).toEqual([]);
});

test('a viewer reads the text but can neither type nor comment; finalising locks an open window', async ({
  browser,
  hub,
}) => {
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const viewer = await openText(browser, hub, VIEWER, problems);
  await expect(viewer.editor).toHaveAttribute('contenteditable', 'false');
  await expect(viewer.toolbar).toHaveCount(0);
  await expect(viewer.commentButton).toHaveCount(0);
  await expect(viewer.comments.getByText('Belum ada komentar terbuka pada naskah ini.')).toBeVisible();
  await expectAccessible(viewer.page, 'commitment text for a viewer', { include: 'main' });

  const klaten = await openText(browser, hub, KLATEN_EDITOR, problems);
  await expect(klaten.editor).toHaveAttribute('contenteditable', 'true');
  await moveStatus(hub, ['review', 'final']);
  await expect(klaten.editor).toHaveAttribute('contenteditable', 'false');
  await expect(klaten.toolbar.getByRole('button', { name: 'Tebal' })).toHaveCount(0);
  // Review comments on a final text are still welcome.
  await expect(klaten.commentButton).toBeVisible();
  await moveStatus(hub, ['draft']);
  await expect(klaten.editor).toHaveAttribute('contenteditable', 'true');
  await klaten.placeCursorAtEndOfOpening();
  await klaten.type(' Dibuka kembali.');
  await expect.poll(() => viewer.openingText()).toContain('Dibuka kembali.');
  expect(problems).toEqual([]);
});
