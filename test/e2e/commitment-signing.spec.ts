/**
 * Finalising and signing a commitment together: the area coordinator moves the draft through review
 * to final; Klaten's editor signs for Klaten, and Kab. Magelang's editor sees it live on the board
 * while their own form can only ever sign for Kab. Magelang; the projector board counts along live.
 * Reopening warns how many signatures become outdated and marks Klaten's as outdated everywhere;
 * once final again, Klaten signs the new text and is valid again.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { commitmentDocName, signCommitment } from '../../shared/model/commitment';
import { regionDocName } from '../../shared/model/demo/generate';
import { KSPN_BOROBUDUR } from '../../shared/model/presets';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { CommitmentSigning, ProjectorBoard } from './pages/commitment-signing';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { AREA_COORDINATOR, KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { DRAFT_COMMITMENT, seedDraftCommitment } from './seed';

/** Contexts this file opens itself: closed after each test, or their pages keep running (and reconnecting) into later tests. */
const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

const KLATEN = 'Kab. Klaten';
const MAGELANG = 'Kab. Magelang';
const KLATEN_OFFICIAL = 'Sri Mulyani, S.T., M.Si.';
const POSITION = 'Kepala Dinas Komunikasi dan Informatika';

/** A person in their own browser context on the commitment's signing tab, with page errors collected. */
async function openSigning(
  browser: Browser,
  hub: RunningHub,
  profile: Profile,
  problems: string[],
): Promise<CommitmentSigning> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  openContexts.push(context);
  await withProfile(context, profile);
  const page = await context.newPage();
  collectProblems(page, profile.name, problems);
  const signing = new CommitmentSigning(page);
  await signing.open(hub.httpUrl, DRAFT_COMMITMENT.id);
  await expect(page.getByRole('heading', { name: DRAFT_COMMITMENT.title })).toBeVisible();
  return signing;
}

function collectProblems(page: Page, who: string, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${who} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${who} pageerror: ${error.message}`));
}

/** The hub's copy of a room, read by a fresh client. */
async function pullDoc(wsUrl: string, room: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    return doc;
  } finally {
    provider.destroy();
  }
}

test('the coordinator finalises, regions sign only for themselves, live everywhere; reopening outdates signatures', async ({
  browser,
  hub,
}, testInfo) => {
  // Four browser contexts on one small machine, each with the 25 region documents.
  test.setTimeout(180_000);
  await seedDraftCommitment(hub.wsUrl);
  const problems: string[] = [];
  const coordinator = await openSigning(browser, hub, AREA_COORDINATOR, problems);
  const klaten = await openSigning(browser, hub, KLATEN_EDITOR, problems);
  const magelang = await openSigning(browser, hub, MAGELANG_EDITOR, problems);

  // Draft: nobody can sign yet; the coordinator has no form at all (only a region's editor signs).
  await expect(klaten.page.getByText(/^Penandatanganan dibuka setelah koordinator/)).toBeVisible();
  await expect(coordinator.signForm).toHaveCount(0);
  await expect(
    coordinator.page.getByText(/^Setiap daerah ditandatangani oleh editor daerahnya/),
  ).toBeVisible();
  // A region editor moves the draft to review but cannot make it final.
  await expect(klaten.toReview).toBeVisible();
  await coordinator.toReview.click();
  await expect(klaten.toDraft).toBeVisible();
  await expect(klaten.toFinal).toHaveCount(0);
  await expect(
    klaten.page.getByText('Koordinator kawasan menetapkan naskah ini sebagai final.'),
  ).toBeVisible();

  // The coordinator is asked first, and is shown the exact hash the regions will sign.
  await coordinator.toFinal.click();
  await expect(coordinator.finalDialog).toContainText(
    'Setiap daerah anggota lalu menandatangani naskah persis ini',
  );
  const hash = (await coordinator.finalDialog.locator('pre, code').first().textContent())?.trim() ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await coordinator.finalDialog.getByRole('button', { name: 'Tetapkan sebagai final' }).click();
  for (const person of [coordinator, klaten, magelang]) {
    await expect(person.page.getByText('Final — siap ditandatangani', { exact: true })).toBeVisible();
  }

  // The projector board, opened from the coordinator's page in a new tab, at projector size.
  const [projectorPage] = await Promise.all([
    coordinator.page.context().waitForEvent('page'),
    coordinator.projectorButton.click(),
  ]);
  collectProblems(projectorPage, 'projector', problems);
  await projectorPage.setViewportSize({ width: 1024, height: 768 });
  expect(new URL(projectorPage.url()).hash).toBe(`#/papan/komitmen/${DRAFT_COMMITMENT.id}`);
  const projector = new ProjectorBoard(projectorPage);
  await expect(projector.count).toHaveText('0 dari 25 daerah telah menandatangani');
  await expect(projector.tiles).toHaveCount(25);
  await expect(projectorPage.getByRole('navigation')).toHaveCount(0);

  // Klaten signs for Klaten: the region is fixed, the hash is the one the coordinator saw.
  await expect(klaten.signingRegion).toHaveText(KLATEN);
  await expect(klaten.signForm.getByTestId('signing-hash')).toHaveText(hash);
  await klaten.official.fill(KLATEN_OFFICIAL);
  await klaten.position.fill(POSITION);
  await klaten.position.press('Escape');
  await klaten.submit.click();
  await expect(klaten.signForm.getByText('Centang pernyataan ini untuk menandatangani.')).toBeVisible();
  await klaten.agree.check();
  await klaten.submit.click();
  await expect(klaten.ownSigned).toContainText(`Ditandatangani oleh ${KLATEN_OFFICIAL} (${POSITION}) pada`);
  await expect(klaten.signForm).toHaveCount(0);
  await expectAccessible(klaten.page, 'signing tab after signing', { include: 'main' });

  // Magelang sees it live, and its own form can only sign for Kab. Magelang: no region to choose.
  await expect(magelang.row(KLATEN)).toContainText('Sah');
  await expect(magelang.row(KLATEN)).toContainText(KLATEN_OFFICIAL);
  await expect(magelang.counts).toHaveText('1 dari 25 sah · 0 kedaluwarsa · 24 belum');
  await expect(magelang.signingRegion).toHaveText(MAGELANG);
  await expect(magelang.signForm.getByRole('combobox')).toHaveCount(1); // the position's suggestions only
  await expect(magelang.signForm.getByRole('combobox')).toHaveAccessibleName(/Jabatan/);
  await expect(magelang.signForm).not.toContainText('Klaten');
  await expect(magelang.submit).toHaveAccessibleName(`Tandatangani atas nama ${MAGELANG}`);
  await expectAccessible(magelang.page, 'signing tab with the form', { include: 'main' });

  // Beneath the UI, the model refuses Klaten signing for Magelang, and the hub keeps no such record.
  const areaId = KSPN_BOROBUDUR.id;
  const commitmentDoc = await pullDoc(hub.wsUrl, commitmentDocName(areaId, DRAFT_COMMITMENT.id));
  const magelangDoc = await pullDoc(hub.wsUrl, regionDocName(areaId, '33.08'));
  const klatenAuthor = { name: KLATEN_EDITOR.name, region: KLATEN_EDITOR.region, role: KLATEN_EDITOR.role };
  const forged = signCommitment(
    magelangDoc,
    '33.08',
    DRAFT_COMMITMENT.id,
    commitmentDoc,
    { official: KLATEN_OFFICIAL, position: POSITION },
    { author: klatenAuthor, now: () => new Date() },
  );
  expect(forged).toEqual({ ok: false, error: { key: 'error.signOwnRegionOnly', params: {} } });
  expect(magelangDoc.getMap('signatures').size).toBe(0);

  // The projector counted along, live; its picture is kept with the test.
  await expect(projector.count).toHaveText('1 dari 25 daerah telah menandatangani');
  await expect(projector.tile(KLATEN)).toContainText('Sah');
  await expect(projector.tile(KLATEN)).toContainText(KLATEN_OFFICIAL);
  await expectAccessible(projectorPage, 'projector board');
  const picture = await projectorPage.screenshot();
  await testInfo.attach('projector-1024x768.png', { body: picture, contentType: 'image/png' });

  // Reopening warns that Klaten's signature becomes outdated, and does so everywhere.
  await coordinator.reopen.click();
  await expect(coordinator.reopenDialog).toContainText('1 tanda tangan akan menjadi kedaluwarsa.');
  await coordinator.reopenDialog.getByRole('button', { name: 'Buka kembali' }).click();
  for (const person of [coordinator, klaten, magelang]) {
    await expect(person.row(KLATEN)).toContainText('Kedaluwarsa — menandatangani naskah lama');
    await expect(person.page.getByText('Draf', { exact: true })).toBeVisible();
  }
  await expect(projector.count).toHaveText('0 dari 25 daerah telah menandatangani');
  await expect(projector.tile(KLATEN)).toContainText('Kedaluwarsa');

  // Final again: Klaten is told its signature is outdated and signs the new text.
  await coordinator.toReview.click();
  await coordinator.finalise();
  await expect(klaten.page.getByText(/^Tanda tangan Anda untuk naskah sebelumnya kedaluwarsa/)).toBeVisible();
  await expect(klaten.official).toHaveValue(KLATEN_OFFICIAL);
  await klaten.agree.check();
  await klaten.submit.click();
  await expect(klaten.ownSigned).toBeVisible();
  for (const person of [coordinator, klaten, magelang]) {
    await expect(person.row(KLATEN)).toContainText('Sah');
    await expect(person.counts).toHaveText('1 dari 25 sah · 0 kedaluwarsa · 24 belum');
  }
  await expect(projector.count).toHaveText('1 dari 25 daerah telah menandatangani');

  // Esc leaves the projector board for the commitment's signing tab.
  await projectorPage.keyboard.press('Escape');
  await expect(projectorPage).toHaveURL(new RegExp(`#/komitmen/${DRAFT_COMMITMENT.id}/tanda-tangan$`));
  expect(problems).toEqual([]);
});
