/**
 * The FGD board and the projector, on the demo session (fgd-2: ideas revealed, a vote with ten
 * ballots): a facilitator clusters a card by the keyboard path and a region editor's board shows it
 * live; the tally equals the ballots; the projector follows the steps the facilitator starts, with a
 * running countdown, "N suara masuk" while the room votes and the ranked results after the reveal.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import type * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { castVotes, fgdDocName, revealStep, setStep, startStep } from '../../shared/model/fgd';
import type { CommandContext } from '../../shared/model/identity';
import type { CommandResult } from '../../shared/model/result';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { FgdBoardPage, FgdProjectorPage } from './pages/fgd-board';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { FACILITATOR, KLATEN_EDITOR, useProfile as withProfile } from './profile';
import { pushDoc, seedDemo } from './seed';

const FGD_ID = 'fgd-2';
const SCREENS = process.env.REMBUG_SCREENSHOTS;

/** Contexts this file opens itself: closed after each test, or their pages keep running into later tests. */
const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

async function openAs(
  browser: Browser,
  profile: Profile,
  problems: string[],
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  openContexts.push(context);
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    // The join banner polls the node's hosting route, which answers 404 (notHosted) for a room that
    // is not hosted — by its contract — and Chromium logs every 404 as an error.
    const notHosted =
      /\/fgd\/hosting/.test(message.location().url) || message.text().includes('status of 404');
    if (message.type() === 'error' && !notHosted) problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${profile.name} pageerror: ${error.message}`));
  return page;
}

/** Kept with the test's report, and in REMBUG_SCREENSHOTS when set (to look at). */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(`${name}.png`, { body, contentType: 'image/png' });
  if (SCREENS) {
    await mkdir(SCREENS, { recursive: true });
    await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
  }
}

interface DemoBallot {
  votes: Record<string, number>;
}
const isBallot = (value: unknown): value is DemoBallot =>
  typeof value === 'object' && value !== null && 'votes' in value && typeof value.votes === 'object';

/** [card text, votes] for every card of the demo session, from its ballots — what the tally must say. */
function expectedTally(fgd: Y.Doc): [string, number][] {
  const totals = new Map<string, number>();
  for (const ballot of fgd.getMap<unknown>('votes').values()) {
    if (!isBallot(ballot)) throw new Error('demo ballot without votes');
    for (const [card, n] of Object.entries(ballot.votes)) totals.set(card, (totals.get(card) ?? 0) + n);
  }
  return [...fgd.getMap<unknown>('cards').entries()].map(([id, card]) => {
    const text = typeof card === 'object' && card !== null && 'text' in card ? String(card.text) : id;
    return [text, totals.get(id) ?? 0];
  });
}

const byVotesThenText = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

function expectOk(result: CommandResult<unknown>, what: string): void {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result.error)}`);
}

test('a facilitator clusters a card from the keyboard; another board shows it live; the tally equals the ballots', async ({
  browser,
  hub,
}, testInfo) => {
  test.setTimeout(120_000);
  const demo = await seedDemo(hub.wsUrl);
  const problems: string[] = [];
  const tally = expectedTally(demo.fgd);
  const totalVotes = tally.reduce((sum, [, n]) => sum + n, 0);
  // A card whose text no other card shares, so the board finds exactly it.
  const texts = tally.map(([text]) => text);
  const moving = texts.find((text) => texts.filter((other) => other === text).length === 1);
  if (!moving) throw new Error('every demo card shares its text with another');

  const page = await openAs(browser, FACILITATOR, problems);
  const board = new FgdBoardPage(page);
  await board.open(hub.httpUrl, FGD_ID);
  // The current step is the vote: the board opens on its results, every card ranked by its votes.
  await expect(board.voteTotal).toHaveText(`${totalVotes} suara masuk`);
  await expect(board.resultRows).toHaveCount(tally.length);
  expect((await board.results()).sort(byVotesThenText)).toEqual([...tally].sort(byVotesThenText));
  // Ranked: no row has more votes than the one above it.
  const ranked = (await board.results()).map(([, n]) => n);
  expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  await expectAccessible(page, 'board results');
  await shoot(page, testInfo, 'fgd-board-results-1366');

  // The region editor follows the ideas step by cluster, read-only.
  const other = await openAs(browser, KLATEN_EDITOR, problems);
  const follower = new FgdBoardPage(other);
  await follower.open(hub.httpUrl, FGD_ID);
  await follower.chooseStep('Inovasi yang ingin direplikasi');
  await follower.show('Per klaster');
  await expect(follower.column('Belum masuk klaster').getByTestId('fgd-board-card')).toHaveCount(
    tally.length,
  );
  await expect(follower.createClusterButton).toHaveCount(0);
  await expect(follower.board.getByRole('button', { name: /^Tindakan untuk kartu/ })).toHaveCount(0);

  // The facilitator groups the ideas by dimension first: every card sits under a named dimension.
  await board.chooseStep('Inovasi yang ingin direplikasi');
  await board.show('Per dimensi');
  await expect(board.board.getByTestId('fgd-board-card')).toHaveCount(tally.length);
  await expect(board.column('Smart Governance')).toBeVisible();
  await expectAccessible(page, 'board by dimension');
  await shoot(page, testInfo, 'fgd-board-dimensions-1366');

  // A cluster, named; the card moved into it from the keyboard.
  await board.show('Per klaster');
  await board.createCluster('Pariwisata digital');
  await expect(board.column('Pariwisata digital')).toContainText('Seret kartu ke sini');
  await board.moveWithKeyboard(moving, 'Pariwisata digital');
  await expect(board.column('Pariwisata digital').getByTestId('fgd-board-card')).toHaveText([
    new RegExp(moving),
  ]);
  await expect(board.column('Belum masuk klaster').getByTestId('fgd-board-card')).toHaveCount(
    tally.length - 1,
  );

  // Live on the other board.
  await expect(follower.column('Pariwisata digital').getByTestId('fgd-board-card')).toHaveText([
    new RegExp(moving),
  ]);
  await expect(follower.column('Belum masuk klaster').getByTestId('fgd-board-card')).toHaveCount(
    tally.length - 1,
  );

  // Renamed, and then the card taken out again through the same menu.
  await board
    .column('Pariwisata digital')
    .getByRole('button', { name: 'Ganti nama klaster Pariwisata digital' })
    .click();
  await board.clusterDialog.getByLabel('Nama klaster').fill('Wisata digital');
  await board.clusterDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(follower.column('Wisata digital').getByTestId('fgd-board-card')).toHaveCount(1);
  await expectAccessible(page, 'board by cluster');
  await shoot(page, testInfo, 'fgd-board-clusters-1366');
  await board.moveWithKeyboard(moving, 'Keluarkan dari klaster');
  await expect(follower.column('Wisata digital')).toContainText('Seret kartu ke sini');
  await expect(follower.column('Belum masuk klaster').getByTestId('fgd-board-card')).toHaveCount(
    tally.length,
  );
  expect(problems).toEqual([]);
});

test('the projector follows the steps: a running countdown, votes coming in, the ranked results after the reveal', async ({
  browser,
  hub,
}, testInfo) => {
  test.setTimeout(120_000);
  const demo = await seedDemo(hub.wsUrl);
  const problems: string[] = [];
  const room = fgdDocName(demo.preset.id, demo.fgdId);
  const facilitator: CommandContext = {
    author: { name: 'Rina Hapsari', region: null, role: 'facilitator' },
    now: () => new Date(),
  };
  /** The facilitator's laptop changes the session; the hub passes it on to the projector. */
  const facilitate = async (what: string, command: (doc: Y.Doc) => CommandResult<unknown>) => {
    expectOk(command(demo.fgd), what);
    await pushDoc(hub.wsUrl, room, demo.fgd);
  };

  const page = await openAs(browser, FACILITATOR, problems, { width: 1024, height: 768 });
  const projector = new FgdProjectorPage(page);
  await projector.open(hub.httpUrl, FGD_ID);
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // The demo's vote: revealed long ago, its timer long over.
  await expect(projector.step).toHaveText('Prioritas');
  await expect(projector.timer).toHaveText('Waktu habis');
  const tally = expectedTally(demo.fgd);
  const total = tally.reduce((sum, [, n]) => sum + n, 0);
  await expect(projector.count).toHaveText(`Hasil: ${total} suara`);
  const shown = await projector.ranked();
  const expectedVotes = tally
    .map(([, n]) => n)
    .filter((n) => n > 0)
    .sort((a, b) => b - a);
  expect(shown.map(([, n]) => n)).toEqual(expectedVotes.slice(0, shown.length));
  for (const [text, votes] of shown) expect(tally).toContainEqual([text, votes]);

  // A second vote opens: a five-minute countdown that runs, and the votes counted as they come in.
  await facilitate('setStep', (doc) =>
    setStep(
      doc,
      'suara-2',
      {
        title: 'Prioritas tahap dua',
        instruction: 'Beri suara pada gagasan yang paling siap direplikasi tahun ini.',
        minutes: 5,
        allow: 'votes',
        hideUntilReveal: true,
        anonymous: false,
        voteBudget: 3,
        onePerCard: false,
        order: 2,
      },
      facilitator,
    ),
  );
  await facilitate('startStep', (doc) => startStep(doc, 'suara-2', facilitator));
  await expect(projector.step).toHaveText('Prioritas tahap dua');
  await expect(projector.timer).toHaveText(/^0[45]:\d\d$/);
  const first = await projector.timer.textContent();
  await expect(projector.timer).not.toHaveText(first ?? '', { timeout: 3000 });
  await expect(projector.count).toHaveText('0 suara masuk');

  const voter = (n: number) => ({ id: `peserta-baru-${n}`, name: `Peserta ${n}`, region: null });
  await facilitate('castVotes', (doc) => {
    castVotes(doc, voter(1), 'kartu-1', 2, facilitator);
    return castVotes(doc, voter(2), 'kartu-2', 1, facilitator);
  });
  await expect(projector.count).toHaveText('3 suara masuk');
  await expect(page.getByText('Hasil tampil setelah fasilitator membukanya.')).toBeVisible();
  await expect(projector.results).toHaveCount(0);
  await expectAccessible(page, 'projector while voting');
  await shoot(page, testInfo, 'fgd-projector-voting-1024x768');

  // Revealed: the two cards ranked with their numbers.
  await facilitate('revealStep', (doc) => revealStep(doc, 'suara-2', facilitator));
  await expect(projector.count).toHaveText('Hasil: 3 suara');
  const cardText = (id: string) => {
    const card = demo.fgd.getMap<unknown>('cards').get(id);
    return typeof card === 'object' && card !== null && 'text' in card ? String(card.text) : id;
  };
  expect(await projector.ranked()).toEqual([
    [cardText('kartu-1'), 2],
    [cardText('kartu-2'), 1],
  ]);
  await expectAccessible(page, 'projector results');
  await shoot(page, testInfo, 'fgd-projector-results-1024x768');

  // Back to the ideas: the count, and (revealed) the cards by dimension.
  await facilitate('startStep', (doc) => startStep(doc, 'gagasan', facilitator));
  await expect(projector.step).toHaveText('Inovasi yang ingin direplikasi');
  await expect(projector.count).toHaveText(`${tally.length} kartu masuk`);
  await expect(projector.cardsByDimension).toBeVisible();
  await expect(projector.timer).toHaveText(/^1[45]:\d\d$/);
  await expectAccessible(page, 'projector cards');
  await shoot(page, testInfo, 'fgd-projector-cards-1024x768');

  // Esc leaves the projector for the session's page.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/fgd/${FGD_ID}$`));
  expect(problems).toEqual([]);
});
