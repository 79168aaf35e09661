/**
 * Working on a replication plan together: Klaten plans to replicate Kulon Progo's AirKu. Two Klaten
 * editors write the plan's notes at the same moment and see each other's named carets; Kulon Progo
 * confirms its support and both regions discuss the plan, each seeing the other live; Kab. Magelang,
 * a third region, reads all of it and can change none of it.
 */
import type { Browser, Page } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { regionDocName } from '../../shared/model/demo/generate';
import type { Author, CommandContext } from '../../shared/model/identity';
import { readInnovations } from '../../shared/model/innovation';
import { createReplicationPlan, planNotesName } from '../../shared/model/replication-plan';
import { addPlanComment, type PlanRef, setReplicationSupport } from '../../shared/model/replication-support';
import type { CommandResult } from '../../shared/model/result';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { PlanCollaboration } from './pages/plan-collaboration';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { pushDoc, seedDemo } from './seed';

const KLATEN = '33.10';
const KULON_PROGO = '34.01';
const PLAN_ID = 'replikasi-airku-klaten';
const FIRST_NOTE = 'Rapat tim replikasi 12 Mei.';
const SUPPORT_REQUESTED = 'Pendampingan teknis dua kali dan salinan SOP AirKu.';

/** A second editor of Klaten, with another name (and so another caret colour). */
const KLATEN_SECOND_EDITOR: Profile = { ...KLATEN_EDITOR, name: 'Dewi Lestari' };
/** An editor of the source region, Kulon Progo. */
const KULON_PROGO_EDITOR: Profile = { ...KLATEN_EDITOR, name: 'Rini Astuti', region: KULON_PROGO };

const authorOf = (profile: Profile): Author => ({
  name: profile.name,
  region: profile.region,
  role: profile.role,
});
const asPerson = (profile: Profile): CommandContext => ({ author: authorOf(profile), now: () => new Date() });

function expectOk<T>(result: CommandResult<T>): void {
  if (!result.ok) throw new Error(`seed refused: ${result.error.key}`);
}

interface SeedExtras {
  /** Kulon Progo has confirmed, and each region has said something. */
  answered?: boolean;
}

/**
 * The demo area, plus Klaten's plan to replicate Kulon Progo's AirKu with one paragraph of notes —
 * made with the model's commands, as Klaten's (and Kulon Progo's) own windows would.
 */
async function seedPlan(hub: RunningHub, extras: SeedExtras = {}): Promise<PlanRef> {
  const demo = await seedDemo(hub.wsUrl);
  const klaten = demo.regions.get(KLATEN);
  const kulonProgo = demo.regions.get(KULON_PROGO);
  if (!klaten || !kulonProgo) throw new Error('demo area lacks Klaten or Kulon Progo');
  const airku = readInnovations(kulonProgo, 'seed', KULON_PROGO, () => undefined).find(
    (innovation) => innovation.name === 'AirKu',
  );
  if (!airku) throw new Error('demo area lacks AirKu of Kulon Progo');
  const source = { regionCode: KULON_PROGO, innovationId: airku.id, innovationName: airku.name };
  expectOk(
    createReplicationPlan(
      klaten,
      KLATEN,
      PLAN_ID,
      {
        source,
        facilitator: '',
        adaptation: 'utuh',
        budget: { amount: null, source: '' },
        rpjmdReference: '',
        risks: '',
        supportRequested: SUPPORT_REQUESTED,
        letterOfIntent: null,
        agreement: null,
      },
      asPerson(KLATEN_EDITOR),
    ),
  );
  klaten.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(FIRST_NOTE)]);
    klaten.getXmlFragment(planNotesName(PLAN_ID)).insert(0, [paragraph]);
  });
  const ref: PlanRef = {
    adopterCode: KLATEN,
    planId: PLAN_ID,
    sourceCode: KULON_PROGO,
    innovationId: airku.id,
  };
  if (extras.answered) {
    expectOk(addPlanComment(klaten, KLATEN, ref, 'tanya-sop', 'Mohon SOP AirKu.', asPerson(KLATEN_EDITOR)));
    const message = 'Kami siap mendampingi.';
    const answer = { confirmed: true, message };
    expectOk(setReplicationSupport(kulonProgo, KULON_PROGO, ref, answer, asPerson(KULON_PROGO_EDITOR)));
    expectOk(
      addPlanComment(
        kulonProgo,
        KULON_PROGO,
        ref,
        'kirim-sop',
        'SOP terkirim.',
        asPerson(KULON_PROGO_EDITOR),
      ),
    );
    await pushDoc(hub.wsUrl, regionDocName(demo.preset.id, KULON_PROGO), kulonProgo);
  }
  await pushDoc(hub.wsUrl, regionDocName(demo.preset.id, KLATEN), klaten);
  return ref;
}

/** A person in their own browser context, on the plan's page, with page errors collected. */
async function openPlan(
  browser: Browser,
  hub: RunningHub,
  profile: Profile,
  problems: string[],
): Promise<PlanCollaboration> {
  const context = await browser.newContext();
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${profile.name} pageerror: ${error.message}`));
  const plan = new PlanCollaboration(page);
  await plan.open(hub.httpUrl, KLATEN, PLAN_ID);
  await expect(plan.firstParagraph()).toContainText(FIRST_NOTE);
  return plan;
}

/** The hub's copy of a room, as its state vector: equal vectors mean nobody wrote in between. */
async function roomState(wsUrl: string, room: string): Promise<Buffer> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    return Buffer.from(Y.encodeStateVector(doc));
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

const hashOf = (page: Page) => new URL(page.url()).hash;

test('two Klaten editors write the same notes paragraph at once; both texts stay and each sees the other’s caret', async ({
  browser,
  hub,
}) => {
  await seedPlan(hub);
  const problems: string[] = [];
  const sri = await openPlan(browser, hub, KLATEN_EDITOR, problems);
  const dewi = await openPlan(browser, hub, KLATEN_SECOND_EDITOR, problems);
  await expect(sri.notesToolbar.getByRole('button', { name: 'Tebal' })).toBeVisible();

  // Both put their cursor at the end of the paragraph, then type at the same time.
  await sri.placeCursorAtEndOfFirstParagraph();
  await dewi.placeCursorAtEndOfFirstParagraph();
  await Promise.all([sri.type(' Sri: anggaran.'), dewi.type(' Dewi: jadwal Juli.')]);
  for (const plan of [sri, dewi]) {
    const text = expect.poll(() => plan.firstParagraphText());
    await text.toContain(FIRST_NOTE);
    await text.toContain('Sri: anggaran.');
    await text.toContain('Dewi: jadwal Juli.');
    await expect(plan.notesEditor.getByRole('paragraph')).toHaveCount(1);
  }
  await expect(sri.caret('Dewi Lestari · Kab. Klaten')).toBeVisible();
  await expect(dewi.caret('Sri Wahyuni · Kab. Klaten')).toBeVisible();
  await expectAccessible(sri.page, 'plan notes while co-editing', { include: 'main' });

  // The app's shortcuts stay out of the text: "/", "n", "?" and "g k" are just letters here.
  const before = hashOf(sri.page);
  await sri.page.keyboard.type(' /n? g k', { delay: 30 });
  await expect.poll(() => sri.firstParagraphText()).toContain('/n? g k');
  expect(hashOf(sri.page)).toBe(before);
  await expect(sri.page.getByRole('dialog')).toHaveCount(0);

  // Ctrl+Z in the notes undoes Sri's own typing there, not Dewi's, and not her change elsewhere.
  await sri.page.keyboard.press('Escape');
  await sri.comment('Catatan rapat sudah diisi.');
  await expect(sri.comments).toHaveCount(1);
  await sri.firstParagraph().click();
  // While someone else types in the same text, each of her keys is its own undo step (Yjs starts a
  // new step after every remote change): more presses than she typed keys, and nothing more goes.
  const keysTyped = ' Sri: anggaran. /n? g k'.length;
  for (let press = 0; press < keysTyped + 10; press += 1) await sri.page.keyboard.press('ControlOrMeta+z');
  for (const plan of [sri, dewi]) {
    // Keys typed at the same spot at once interleave, so a space between Dewi's words may have been
    // Sri's (CI saw "Dewi:jadwal Juli." once): undoing Sri's keys keeps every word of Dewi's, in order,
    // not necessarily the spaces between them.
    await expect.poll(() => plan.firstParagraphText()).not.toContain('Sri');
    await expect.poll(() => plan.firstParagraphText()).not.toContain('/n?');
    const text = await plan.firstParagraphText();
    expect(text).toContain(FIRST_NOTE);
    expect(text).toMatch(/Dewi:\s*jadwal\s*Juli\./);
  }
  await expect(sri.comments).toHaveCount(1);
  // Outside the text, Ctrl+Z is the app's undo again: it takes back her comment.
  await sri.page.getByRole('heading', { level: 1 }).click();
  await sri.page.keyboard.press('ControlOrMeta+z');
  await expect(dewi.conversation.getByText('Belum ada diskusi.')).toBeVisible();
  expect(problems).toEqual([]);
});

test('Kulon Progo confirms its support and both regions discuss the plan, each seeing the other live', async ({
  browser,
  hub,
}) => {
  await seedPlan(hub);
  const problems: string[] = [];
  const klaten = await openPlan(browser, hub, KLATEN_EDITOR, problems);
  const kulonProgo = await openPlan(browser, hub, KULON_PROGO_EDITOR, problems);

  await expect(klaten.support.getByText(SUPPORT_REQUESTED)).toBeVisible();
  await expect(klaten.support.getByText('Menunggu konfirmasi Kab. Kulon Progo')).toBeVisible();
  await expect(klaten.confirmSupport).toHaveCount(0);
  // Kulon Progo reads the notes but writes only its own part.
  await expect(kulonProgo.notesEditor).not.toBeEditable();
  await expect(kulonProgo.notesToolbar).toHaveCount(0);

  await kulonProgo.supportMessage.fill('Kami siap mendampingi, termasuk kunjungan lapangan.');
  await kulonProgo.confirmSupport.click();
  await expect(klaten.support.getByText('Dukungan dikonfirmasi')).toBeVisible();
  await expect(
    klaten.support.getByText(/^Oleh Rini Astuti \(Kab\. Kulon Progo\), \d{1,2} \w+ 20\d\d/),
  ).toBeVisible();
  await expect(klaten.support.getByText('Kami siap mendampingi, termasuk kunjungan lapangan.')).toBeVisible();
  await expect(klaten.support.getByText('Menunggu konfirmasi Kab. Kulon Progo')).toHaveCount(0);

  await expect(klaten.conversation.getByText('Belum ada diskusi.')).toBeVisible();
  await klaten.comment('Terima kasih. Kapan kunjungan lapangan bisa dijadwalkan?');
  await expect(kulonProgo.comments).toHaveCount(1);
  await kulonProgo.commentBox.fill('Minggu kedua Juni, kami kabari tanggal pastinya.');
  await kulonProgo.commentBox.press('ControlOrMeta+Enter');
  await expect(kulonProgo.commentBox).toHaveValue('');
  for (const plan of [klaten, kulonProgo]) {
    await expect(plan.comments).toHaveCount(2);
    const [first, second] = [plan.comments.nth(0), plan.comments.nth(1)];
    await expect(first).toContainText('Sri Wahyuni');
    await expect(first).toContainText('Daerah replikator');
    await expect(first).toContainText('Kapan kunjungan lapangan bisa dijadwalkan?');
    await expect(second).toContainText('Rini Astuti');
    await expect(second).toContainText('Kab. Kulon Progo');
    await expect(second).toContainText('Daerah asal');
    await expect(second).toContainText('Minggu kedua Juni');
  }
  await expectAccessible(kulonProgo.page, 'plan support form and discussion', { include: 'main' });

  await kulonProgo.withdrawSupport.click();
  await expect(klaten.support.getByText('Dukungan ditarik')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a third region reads the notes, the support and the discussion live but can change none of them', async ({
  browser,
  hub,
}) => {
  const ref = await seedPlan(hub, { answered: true });
  const problems: string[] = [];
  const klatenRoom = regionDocName('kspn-borobudur', ref.adopterCode);
  const untouched = await roomState(hub.wsUrl, klatenRoom);
  const magelang = await openPlan(browser, hub, MAGELANG_EDITOR, problems);

  await expect(magelang.support.getByText('Dukungan dikonfirmasi')).toBeVisible();
  await expect(magelang.comments).toHaveCount(2);
  await expect(magelang.notesEditor).not.toBeEditable();
  await expect(magelang.notesToolbar).toHaveCount(0);
  await expect(
    magelang.notes.getByText('Hanya editor Kab. Klaten yang dapat mengubah catatan ini.'),
  ).toBeVisible();
  await expect(magelang.supportMessage).toHaveCount(0);
  await expect(magelang.confirmSupport).toHaveCount(0);
  await expect(magelang.withdrawSupport).toHaveCount(0);
  await expect(magelang.commentBox).toHaveCount(0);
  await expect(magelang.send).toHaveCount(0);
  await expect(
    magelang.conversation.getByText(
      'Hanya editor Kab. Klaten dan Kab. Kulon Progo yang dapat ikut berdiskusi.',
    ),
  ).toBeVisible();

  await magelang.firstParagraph().click();
  await magelang.page.keyboard.type('xyz');
  await expect(magelang.firstParagraph()).not.toContainText('xyz');
  // Reading is not writing: Klaten's document on the hub is exactly as it was.
  expect(await roomState(hub.wsUrl, klatenRoom)).toEqual(untouched);

  const klaten = await openPlan(browser, hub, KLATEN_EDITOR, problems);
  await klaten.placeCursorAtEndOfFirstParagraph();
  await klaten.type(' Disetujui Bappeda.');
  await expect.poll(() => magelang.firstParagraphText()).toBe(`${FIRST_NOTE} Disetujui Bappeda.`);
  await expectAccessible(magelang.page, 'plan read by a third region', { include: 'main' });
  expect(problems).toEqual([]);
});
