/**
 * Joining an FGD from phones on a LAN-mode node that requires tokens: the facilitator opens the
 * session to the room and reads the code; two phones join with it through the address the panel
 * shows, add cards that stay hidden from each other until the reveal, vote within the budget and see
 * the results once revealed; the facilitator removes one phone (which says so) and finally closes
 * the session. A wrong code is explained, and so are too many tries.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import {
  Attendance,
  createSession,
  fgdDocName,
  revealStep,
  setStep,
  startStep,
  stepTally,
} from '../../shared/model/fgd';
import type { CommandContext } from '../../shared/model/identity';
import { KSPN_BOROBUDUR } from '../../shared/model/presets';
import type { CommandResult } from '../../shared/model/result';
import { JoinResult } from '../../shared/sync/fgd-hosting';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { HostingPanel, ParticipantPhone } from './pages/fgd-participant';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { FACILITATOR, useProfile as withProfile } from './profile';
import { pushDoc } from './seed';

/** Contexts this file opens itself: closed after each test, or their pages keep reconnecting into later tests. */
const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

const TOKEN = 'e2e-token-fasilitator-0001';
const FGD_ID = 'fgd-ponsel';
const ROOM = fgdDocName(KSPN_BOROBUDUR.id, FGD_ID);
const TITLE = 'FGD Replikasi Layanan Publik Digital';
const STEPS = { ideas: 'curah-gagasan', vote: 'prioritas', wrap: 'penutup' } as const;

test.use({
  // LAN mode, as in a hotel meeting room: the node listens on every interface.
  hubHost: '0.0.0.0',
  hubTokens: {
    tokens: [
      { token: TOKEN, name: 'Fasilitator FGD', read: ['kspn-borobudur/*'], write: ['kspn-borobudur/*'] },
    ],
  },
});

const facilitatorCtx: CommandContext = {
  author: { name: FACILITATOR.name, region: null, role: 'facilitator' },
  now: () => new Date(),
};

function expectOk(result: CommandResult<unknown>, what: string): void {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result.error)}`);
}

/** A session with a hidden card step (current), a voting step (2 votes, one per card) and a closing step. */
async function seedSession(hub: RunningHub): Promise<void> {
  const doc = new Y.Doc();
  expectOk(
    createSession(
      doc,
      { title: TITLE, date: '2026-03-12', venue: 'Hotel Atria, Magelang', facilitators: [FACILITATOR.name] },
      facilitatorCtx,
    ),
    'createSession',
  );
  const base = { minutes: 0, hideUntilReveal: true, anonymous: false, voteBudget: 3, onePerCard: false };
  const steps = [
    {
      id: STEPS.ideas,
      title: 'Curah gagasan',
      instruction: 'Tulis satu gagasan layanan digital per kartu.',
      allow: 'cards',
      minutes: 15,
    },
    {
      id: STEPS.vote,
      title: 'Prioritas',
      instruction: 'Pilih dua gagasan terpenting.',
      allow: 'votes',
      voteBudget: 2,
      onePerCard: true,
    },
    { id: STEPS.wrap, title: 'Penutup', instruction: 'Fasilitator merangkum hasil.', allow: 'nothing' },
  ] as const;
  steps.forEach(({ id, ...fields }, order) => {
    expectOk(setStep(doc, id, { ...base, ...fields, order }, facilitatorCtx), `setStep ${id}`);
  });
  expectOk(startStep(doc, STEPS.ideas, facilitatorCtx), 'startStep');
  await pushDoc(hub.wsUrl, ROOM, doc, TOKEN);
}

/** Runs facilitator commands on the hub's copy of the session, as a second facilitator device would. */
async function drive(hub: RunningHub, command: (doc: Y.Doc) => CommandResult<unknown>): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(hub.wsUrl, ROOM, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: TOKEN },
  });
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    expectOk(command(doc), 'facilitator command');
    await pushDoc(hub.wsUrl, ROOM, doc, TOKEN);
    return doc;
  } finally {
    provider.destroy();
  }
}

/**
 * Console errors and page errors of `page`. On a phone the browser's log of a 4xx answer (a wrong
 * code, too many tries) is expected; the facilitator's pages must stay free of them.
 */
function collectProblems(page: Page, who: string, problems: string[], expect4xx = false): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expect4xx && /status of (404|429)/.test(message.text())) return;
    problems.push(`${who} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${who} pageerror: ${error.message}`));
}

async function openFacilitator(browser: Browser, hub: RunningHub, problems: string[]): Promise<HostingPanel> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  openContexts.push(context);
  const profile: Profile = { ...FACILITATOR, hub: { url: hub.wsUrl, token: TOKEN } };
  await withProfile(context, profile);
  const page = await context.newPage();
  collectProblems(page, 'facilitator', problems);
  await page.goto(`${hub.httpUrl}?token=${TOKEN}#/fgd/${FGD_ID}`);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  return new HostingPanel(page);
}

async function openPhone(
  browser: Browser,
  url: string,
  who: string,
  problems: string[],
): Promise<ParticipantPhone> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  openContexts.push(context);
  const page = await context.newPage();
  collectProblems(page, who, problems, true);
  const phone = new ParticipantPhone(page);
  await phone.open(url);
  return phone;
}

test('phones join with the code, cards stay hidden until the reveal, votes keep the budget; removed and closed phones are told', async ({
  browser,
  hub,
}, testInfo) => {
  test.setTimeout(150_000);
  const problems: string[] = [];
  await seedSession(hub);
  const hosting = await openFacilitator(browser, hub, problems);
  await expect(hosting.toggle).not.toBeChecked();
  await hosting.toggle.click({ force: true });
  await expect(hosting.toggle).toBeChecked();
  const code = await hosting.readCode();
  expect(code).toMatch(/^\d{6}$/);
  const joinUrl = await hosting.readUrl();
  expect(joinUrl).toMatch(new RegExp(`^http://[0-9.]+:${hub.port}/#/ikut\\?kode=${code}$`));
  await expect(hosting.qr).toBeVisible();
  await expect(hosting.panel.getByText('Belum ada yang bergabung.', { exact: false })).toBeVisible();

  // The projector shows the same code, address and QR code for the room.
  const projector = await hosting.page.context().newPage();
  collectProblems(projector, 'projector', problems);
  await projector.setViewportSize({ width: 1024, height: 768 });
  await projector.goto(`${hub.httpUrl}?token=${TOKEN}#/papan/fgd/${FGD_ID}`);
  const banner = projector.getByTestId('fgd-join-banner');
  await expect(banner.getByTestId('fgd-join-code')).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(banner.getByTestId('fgd-join-url')).toHaveText(joinUrl.replace(`?kode=${code}`, ''));
  await expect(banner.getByRole('img', { name: `Kode QR untuk bergabung: ${joinUrl}` })).toBeVisible();
  await projector.screenshot({ path: testInfo.outputPath('projector-banner-1024.png') });
  await projector.close();

  // Two phones open the address the panel shows (what the QR code holds): the code is filled in.
  const ayu = await openPhone(browser, joinUrl, 'Ayu', problems);
  await expect(ayu.code).toHaveValue(code);
  await expectAccessible(ayu.page, 'phone join form');
  await ayu.joinAs('Ayu Lestari', 'Kab. Klaten');
  const budi = await openPhone(browser, joinUrl, 'Budi', problems);
  await budi.joinAs('Budi Santoso');
  for (const phone of [ayu, budi]) {
    await expect(phone.title).toHaveText(TITLE);
    await expect(phone.step.getByRole('heading', { name: 'Curah gagasan' })).toBeVisible();
    await expect(phone.step.getByRole('timer')).toBeVisible();
  }
  await expect(hosting.participants).toHaveCount(2);
  await expect(hosting.participants.filter({ hasText: 'Ayu Lestari' })).toContainText('Kab. Klaten');

  await ayu.addCard('Smart Living', 'Antrean puskesmas daring');
  await expect(ayu.page.getByText('Kartu terkirim.')).toBeVisible();
  await ayu.addCard('Smart Governance', 'Tanda tangan elektronik untuk izin usaha');
  await budi.addCard('Smart Economy', 'Pasar daring produk UMKM desa wisata');
  await expect(ayu.mine.getByTestId('fgd-participant-card')).toHaveCount(2);
  await expect(budi.mine.getByTestId('fgd-participant-card')).toHaveCount(1);
  // Hidden until the reveal: neither phone sees the other's cards.
  await expect(ayu.others).toContainText('Kartu peserta lain tampil setelah fasilitator membukanya.');
  await expect(budi.others.getByTestId('fgd-participant-card')).toHaveCount(0);
  await expect(budi.page.getByText('Antrean puskesmas daring')).toHaveCount(0);

  // A reload keeps the phone in the session (the join is kept for the tab).
  await ayu.page.reload();
  await expect(ayu.mine.getByTestId('fgd-participant-card')).toHaveCount(2);
  await expectAccessible(ayu.page, 'phone card step');
  await ayu.page.screenshot({ path: testInfo.outputPath('phone-cards-390.png'), fullPage: false });

  await drive(hub, (doc) => revealStep(doc, STEPS.ideas, facilitatorCtx));
  await expect(budi.others.getByTestId('fgd-participant-card')).toHaveCount(2);
  await expect(budi.others).toContainText('Antrean puskesmas daring');
  await expect(budi.others).toContainText('Ayu Lestari');
  await expect(ayu.others).toContainText('Pasar daring produk UMKM desa wisata');

  // Voting: 2 votes, at most one per card; the third is refused and nothing changes.
  await drive(hub, (doc) => startStep(doc, STEPS.vote, facilitatorCtx));
  await expect(ayu.votesLeft).toHaveText('Sisa suara 2 dari 2');
  await ayu.addVote('Antrean puskesmas daring').click();
  await expect(ayu.votesLeft).toHaveText('Sisa suara 1 dari 2');
  await ayu.addVote('Antrean puskesmas daring').click();
  await expect(ayu.voteRefusal).toContainText('Jatah suara Anda 2');
  await expect(ayu.votesLeft).toHaveText('Sisa suara 1 dari 2');
  await ayu.addVote('Pasar daring produk UMKM desa wisata').click();
  await expect(ayu.votesLeft).toHaveText('Sisa suara 0 dari 2');
  await expect(ayu.voteRefusal).toHaveCount(0);
  await ayu.addVote('Tanda tangan elektronik untuk izin usaha').click();
  await expect(ayu.voteRefusal).toBeVisible();
  await expect(ayu.votesLeft).toHaveText('Sisa suara 0 dari 2');
  await ayu.takeVote('Pasar daring produk UMKM desa wisata').click();
  await expect(ayu.votesLeft).toHaveText('Sisa suara 1 dari 2');
  await ayu.addVote('Tanda tangan elektronik untuk izin usaha').click();
  await budi.addVote('Antrean puskesmas daring').click();
  await expect(budi.votesLeft).toHaveText('Sisa suara 1 dari 2');
  await expect(ayu.results).toContainText('Hasil tampil setelah fasilitator membukanya.');
  await expectAccessible(ayu.page, 'phone voting step');
  await ayu.page.screenshot({ path: testInfo.outputPath('phone-votes-390.png'), fullPage: false });

  await drive(hub, (doc) => revealStep(doc, STEPS.vote, facilitatorCtx));
  const results = ayu.results.getByRole('listitem');
  await expect(results).toHaveCount(2);
  await expect(results.first()).toHaveText('Antrean puskesmas daring — 2 suara');
  await expect(results.nth(1)).toHaveText('Tanda tangan elektronik untuk izin usaha — 1 suara');
  await ayu.page.screenshot({ path: testInfo.outputPath('phone-results-390.png'), fullPage: true });

  await hosting.page.screenshot({ path: testInfo.outputPath('panel-1366.png'), fullPage: true });
  await hosting.page.setViewportSize({ width: 1024, height: 768 });
  await hosting.page.screenshot({ path: testInfo.outputPath('panel-1024.png'), fullPage: true });
  await hosting.page.setViewportSize({ width: 1366, height: 768 });
  await expectAccessible(hosting.page, 'hosting panel', { include: '[data-testid="fgd-hosting-panel"]' });

  // Both phones are on the attendance list, from their joins.
  const held = await drive(hub, () => ({ ok: true, value: undefined }));
  const attendance = [...held.getMap<unknown>('attendance').values()].map((entry) => Attendance.parse(entry));
  expect(
    attendance.map((entry) => [entry.participant.name, entry.participant.region, entry.via]).sort(),
  ).toEqual([
    ['Ayu Lestari', '33.10', 'join'],
    ['Budi Santoso', null, 'join'],
  ]);

  // The facilitator removes Budi: his phone says so, and a reload does not bring him back in.
  await hosting.remove('Budi Santoso').click();
  await expect(budi.removed).toContainText('Anda dikeluarkan dari sesi ini');
  await expect(hosting.participants).toHaveCount(1);
  await budi.page.screenshot({ path: testInfo.outputPath('phone-removed-390.png') });
  await budi.page.reload();
  await expect(budi.join).toBeVisible();
  await expect(ayu.votesLeft).toBeVisible();

  // Closing the session to participants asks first, then drops the remaining phone.
  await hosting.toggle.click({ force: true });
  await expect(hosting.stopDialog).toContainText('1 peserta terputus');
  await hosting.stopDialog.getByRole('button', { name: 'Tutup untuk peserta' }).click();
  await expect(hosting.toggle).not.toBeChecked();
  await expect(ayu.removed).toBeVisible();
  // The old code no longer works.
  await ayu.removed.getByRole('button', { name: 'Gabung lagi' }).click();
  await expect(ayu.code).toHaveValue(code);
  await ayu.joinAs('Ayu Lestari');
  await expect(ayu.joinError).toContainText('Kode tidak dikenal');
  expect(problems).toEqual([]);
});

test('a wrong code is explained, and too many wrong tries ask the phone to wait', async ({
  browser,
  hub,
}, testInfo) => {
  const problems: string[] = [];
  await seedSession(hub);
  const phone = await openPhone(browser, `${hub.httpUrl}#/ikut`, 'Tamu', problems);
  await expect(phone.code).toHaveValue('');
  await phone.join.click();
  await expect(phone.page.getByText('Kode terdiri dari 6 angka.')).toBeVisible();
  await expect(phone.page.getByText('Isi nama Anda.')).toBeVisible();
  await phone.code.fill('000000');
  await phone.joinAs('Tamu Undangan');
  await expect(phone.joinError).toHaveText(/^Kode tidak dikenal/);
  await phone.page.screenshot({ path: testInfo.outputPath('phone-wrong-code-390.png') });
  await expectAccessible(phone.page, 'phone with a wrong code');
  // Each wrong code costs extra: within a few more tries the node asks this address to wait.
  await expect(async () => {
    await phone.join.click();
    await expect(phone.joinError).toHaveText(/^Terlalu banyak percobaan\. Coba lagi dalam \d+ detik\.$/, {
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  expect(problems).toEqual([]);
});

test('a phone says when the node is unreachable, and a restarted node (which forgets hosting) sends it back to the form', async ({
  browser,
  hub,
}) => {
  const problems: string[] = [];
  await seedSession(hub);
  const hosting = await openFacilitator(browser, hub, problems);
  await hosting.toggle.click({ force: true });
  const joinUrl = await hosting.readUrl();
  await hosting.page.close();
  const phone = await openPhone(browser, joinUrl, 'Citra', problems);
  await phone.joinAs('Citra Dewi');
  await expect(phone.title).toHaveText(TITLE);
  await hub.stop();
  await expect(phone.page.getByTestId('fgd-participant-reconnecting')).toContainText('menyambung ulang');
  await hub.restart();
  await expect(phone.removed).toBeVisible();
  await phone.removed.getByRole('button', { name: 'Gabung lagi' }).click();
  await expect(phone.join).toBeVisible();
});

test('a room of ten phones: cards reach the projector live and hidden from each other, budgets hold, the tally is exact, and a join token opens nothing else', async ({
  browser,
  hub,
}) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  await seedSession(hub);
  const hosting = await openFacilitator(browser, hub, problems);
  await hosting.toggle.click({ force: true });
  await expect(hosting.toggle).toBeChecked();
  const joinUrl = await hosting.readUrl();
  const projector = await hosting.page.context().newPage();
  collectProblems(projector, 'projector', problems);
  await projector.setViewportSize({ width: 1024, height: 768 });
  await projector.goto(`${hub.httpUrl}?token=${TOKEN}#/papan/fgd/${FGD_ID}`);
  const projectorCount = projector.getByTestId('fgd-projector-count');
  await expect(projectorCount).toHaveText('0 kartu masuk');

  const members = KSPN_BOROBUDUR.members.slice(0, 10);
  const phones = await Promise.all(
    members.map((_, i) => openPhone(browser, joinUrl, `Peserta ${i + 1}`, problems)),
  );
  await Promise.all(phones.map((phone, i) => phone.joinAs(`Peserta ${i + 1}`)));
  for (const phone of phones)
    await expect(phone.step.getByRole('heading', { name: 'Curah gagasan' })).toBeVisible();
  await expect(hosting.participants).toHaveCount(10);

  // Everyone writes at once; the projector counts each card as it arrives, and no phone sees another's.
  const cardText = (i: number) => `Gagasan nomor ${i + 1} dari ruangan`;
  await Promise.all(phones.map((phone, i) => phone.addCard('Smart Governance', cardText(i))));
  await expect(projectorCount).toHaveText('10 kartu masuk');
  for (const [i, phone] of phones.entries()) {
    await expect(phone.mine.getByTestId('fgd-participant-card')).toHaveCount(1);
    await expect(phone.mine).toContainText(cardText(i));
    await expect(phone.others.getByTestId('fgd-participant-card')).toHaveCount(0);
  }

  await drive(hub, (doc) => revealStep(doc, STEPS.ideas, facilitatorCtx));
  for (const phone of phones) await expect(phone.others.getByTestId('fgd-participant-card')).toHaveCount(9);

  // Each phone gives its two votes (one per card) to the next two people's cards: every card gets 2.
  await drive(hub, (doc) => startStep(doc, STEPS.vote, facilitatorCtx));
  await Promise.all(
    phones.map(async (phone, i) => {
      await expect(phone.votesLeft).toHaveText('Sisa suara 2 dari 2');
      await phone.addVote(cardText((i + 1) % 10)).click();
      await expect(phone.votesLeft).toHaveText('Sisa suara 1 dari 2');
      await phone.addVote(cardText((i + 2) % 10)).click();
      await expect(phone.votesLeft).toHaveText('Sisa suara 0 dari 2');
    }),
  );
  // Over budget is refused on the phone and by the model; nothing changes.
  const [first] = phones;
  if (!first) throw new Error('no phone');
  await first.addVote(cardText(3)).click();
  await expect(first.voteRefusal).toBeVisible();
  await expect(first.votesLeft).toHaveText('Sisa suara 0 dari 2');
  await expect(projectorCount).toHaveText('20 suara masuk');

  await drive(hub, (doc) => revealStep(doc, STEPS.vote, facilitatorCtx));
  await expect(projectorCount).toHaveText('Hasil: 20 suara');
  const held = await drive(hub, () => ({ ok: true, value: undefined }));
  const tally = stepTally(held, STEPS.vote);
  expect(Object.values(tally)).toEqual(Array.from({ length: 10 }, () => 2));
  await expect(first.results.getByRole('listitem')).toHaveCount(10);
  for (const item of await first.results.getByRole('listitem').all())
    await expect(item).toContainText('2 suara');

  // The token a phone got for this session reaches the session and the area's profile only.
  const join = JoinResult.parse(
    JSON.parse(
      (await first.page.evaluate(() => window.sessionStorage.getItem('rembug.fgdJoin.v1'))) ?? 'null',
    ),
  );
  expect(await closeCodeFor(hub, ROOM, join.token)).toBe('open');
  expect(await closeCodeFor(hub, `${KSPN_BOROBUDUR.id}/area`, join.token)).toBe('open');
  for (const other of [
    `${KSPN_BOROBUDUR.id}/region/33.10`,
    `${KSPN_BOROBUDUR.id}/commitment/komitmen-bersama`,
    `${KSPN_BOROBUDUR.id}/fgd/fgd-lain`,
  ]) {
    expect(await closeCodeFor(hub, other, join.token)).toBe(4403);
  }
  expect(problems).toEqual([]);
});

/** Connects to `room` with `token`: 'open' if the node keeps the socket for a second, else its close code. */
function closeCodeFor(hub: RunningHub, room: string, token: string): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${hub.wsUrl}/${room}?token=${encodeURIComponent(token)}`);
    const timer = setTimeout(() => {
      socket.close();
      resolve('open');
    }, 1000);
    socket.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
