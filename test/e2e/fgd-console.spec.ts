/**
 * The facilitator console: a facilitator creates a session, edits its agenda and runs a step with a
 * countdown, while a region editor follows the same step live and cannot change anything; a
 * coordinator records attendance by hand and turns an action item into an item of a commitment; a
 * region editor turns decisions into an innovation and a replication plan of their region.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { registerFgd } from '../../shared/model/area';
import { type GeneratedArea, regionDocName } from '../../shared/model/demo/generate';
import { createSession, fgdDocName, setStep } from '../../shared/model/fgd';
import type { CommandContext } from '../../shared/model/identity';
import { readInnovations } from '../../shared/model/innovation';
import { KSPN_BOROBUDUR } from '../../shared/model/presets';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { CatalogPage } from './pages/catalog-page';
import { FgdConsole } from './pages/fgd-console';
import { fillRequired } from './pages/innovation-form';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { AREA_COORDINATOR, FACILITATOR, KLATEN_EDITOR, useProfile as withProfile } from './profile';
import { DRAFT_COMMITMENT, pushDoc, seedDemo, seedDraftCommitment } from './seed';

/** Contexts this file opens itself: closed after each test, or their pages keep running into later tests. */
const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

const SCREENS = process.env.REMBUG_SCREENSHOTS;
const NOT_HOSTED = /^Failed to load resource: the server responded with a status of 404/;
const FAKE_CLOCK_STRICTNESS =
  /^Cannot clear timer: timer created with requestAnimationFrame\(\) but cleared with clearTimeout\(\)/;

async function openAs(browser: Browser, profile: Profile, problems: string[], width = 1366): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 768 } });
  openContexts.push(context);
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    // The hosting panel asks the node whether the session is hosted; 404 is its "not hosted" answer.
    if (message.type() === 'error' && !NOT_HOSTED.test(message.text()))
      problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    // Playwright's fake clock is stricter than browsers about which clear function ends a frame callback.
    if (!FAKE_CLOCK_STRICTNESS.test(error.message))
      problems.push(`${profile.name} pageerror: ${error.message}`);
  });
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

test('a facilitator creates a session, edits the agenda and runs a step; a region editor follows live, read-only', async ({
  browser,
  hub,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  const page = await openAs(browser, FACILITATOR, problems);
  // The clock is the page's own, so the countdown can be fast-forwarded to its end.
  await page.clock.install();
  const fgd = new FgdConsole(page);
  await fgd.openList(hub.httpUrl);
  await expect(page.getByRole('heading', { name: 'Belum ada sesi FGD' })).toBeVisible();
  await expectAccessible(page, 'empty FGD list');
  const id = await fgd.create({ title: 'FGD Kalender Event Kawasan', venue: 'Hotel di Kota Magelang' });
  await expect(page.getByText('Fasilitator: Rina Hapsari')).toBeVisible();

  // The default agenda, then: a new closing step, moved up one place; the opening removed.
  await fgd.tab('Agenda').click();
  await expect
    .poll(() => fgd.agendaTitles())
    .toEqual([
      'Pembukaan dan tujuan FGD',
      'Curah gagasan per dimensi',
      'Prioritas',
      'Keputusan dan tindak lanjut',
    ]);
  await fgd.addStep.click();
  await fgd.stepDialog.getByLabel('Judul langkah').fill('Kesepakatan kalender');
  await fgd.stepDialog.getByLabel('Durasi (menit)').fill('5');
  await fgd.segment(fgd.stepDialog, 'Tanpa isian');
  await fgd.stepDialog.getByRole('button', { name: 'Simpan langkah' }).click();
  await expect(fgd.stepDialog).toBeHidden();
  await fgd.stepButton('Naikkan', 'Kesepakatan kalender').click();
  await fgd.stepButton('Hapus', 'Pembukaan dan tujuan FGD').click();
  await page
    .getByRole('dialog', { name: 'Hapus langkah agenda?' })
    .getByRole('button', { name: 'Hapus langkah' })
    .click();
  await fgd.stepButton('Ubah', 'Prioritas').click();
  await fgd.stepDialog.getByLabel('Jatah suara per orang').fill('5');
  await fgd.stepDialog.getByRole('button', { name: 'Simpan langkah' }).click();
  // Closed, not closing: axe below would read the fading title's colours (contrast 1.12).
  await expect(fgd.stepDialog).toBeHidden();
  await expect
    .poll(() => fgd.agendaTitles())
    .toEqual([
      'Curah gagasan per dimensi',
      'Prioritas',
      'Kesepakatan kalender',
      'Keputusan dan tindak lanjut',
    ]);
  await expect(fgd.agendaList.getByRole('listitem', { name: 'Prioritas' })).toContainText('5 suara');
  await expectAccessible(page, 'agenda tab');
  await shoot(page, 'fgd-agenda');

  // A region editor opens the session from its link: read-only, nothing started yet.
  const editorProblems: string[] = [];
  const editorPage = await openAs(browser, KLATEN_EDITOR, editorProblems);
  const editor = new FgdConsole(editorPage);
  await editor.openSession(hub.httpUrl, id);
  await expect(editor.readOnlyHint).toBeVisible();
  await expect(editorPage.getByRole('heading', { name: 'Belum ada langkah yang berjalan' })).toBeVisible();

  await fgd.tab('Jalannya sesi').click();
  await fgd.startButton('Curah gagasan per dimensi').click();
  await expect(fgd.runAgenda.getByRole('listitem').first()).toHaveAttribute('aria-current', 'step');
  await expect(fgd.timer).toHaveText('20:00');
  await page.clock.runFor(65_000);
  await expect(fgd.timer).toHaveText('18:55');
  await expect(page.getByRole('button', { name: 'Buka kartu untuk semua' })).toBeVisible();
  await expectAccessible(page, 'run tab');
  await shoot(page, 'fgd-run');

  // The editor sees the same step live, with what participants may do, and no controls.
  await expect(
    editorPage.getByRole('heading', { level: 2, name: 'Curah gagasan per dimensi' }),
  ).toBeVisible();
  await expect(
    editorPage.getByText('Setiap peserta hanya melihat kartunya sendiri sampai fasilitator membuka kartu.'),
  ).toBeVisible();
  await expect(editor.timer).toHaveText(/^\d\d:\d\d$/);
  await expect(editorPage.getByRole('button', { name: /^Mulai langkah / })).toHaveCount(0);
  await expect(editorPage.getByRole('button', { name: 'Buka kartu untuk semua' })).toHaveCount(0);
  await expectAccessible(editorPage, 'read-only run tab');
  await shoot(editorPage, 'fgd-readonly');
  await editor.tab('Agenda').click();
  await expect(editor.agendaList.getByRole('listitem')).toHaveCount(4);
  await expect(editor.addStep).toHaveCount(0);
  await expect(editorPage.getByRole('button', { name: /^Ubah langkah / })).toHaveCount(0);
  await expectAccessible(editorPage, 'read-only agenda');

  // The next step reaches the editor as the facilitator starts it; the countdown runs out.
  await page.getByRole('button', { name: 'Lanjut: Prioritas' }).click();
  await editor.tab('Jalannya sesi').click();
  await expect(editorPage.getByRole('heading', { level: 2, name: 'Prioritas' })).toBeVisible();
  await expect(editorPage.getByText('Setiap peserta membagikan 5 suara ke kartu gagasan.')).toBeVisible();
  await page.clock.runFor(10 * 60_000 + 1000);
  await expect(fgd.timer).toHaveText('Waktu habis');

  // The list shows the session on the facilitator's device, with its running step.
  await page.getByRole('link', { name: 'FGD', exact: true }).first().click();
  const card = page.getByRole('article', { name: 'FGD Kalender Event Kawasan' });
  await expect(card).toContainText('Sedang berjalan: Prioritas');
  await expect(card).toContainText('Hotel di Kota Magelang');
  await expectAccessible(page, 'FGD list');
  await shoot(page, 'fgd-list');
  expect([...problems, ...editorProblems]).toEqual([]);
});

const SEEDED = { id: 'fgd-uji', title: 'FGD Replikasi Kawasan Borobudur' } as const;

/** The draft commitment's area, plus one session in its index with a short agenda. */
async function seedSession(hub: RunningHub): Promise<void> {
  await seedDraftCommitment(hub.wsUrl);
  const ctx: CommandContext = {
    author: { name: 'Koordinator Kawasan', region: null, role: 'coordinator' },
    now: () => new Date(),
  };
  // Only the index entry: it merges into the area document the commitment seed put on the hub.
  const area = new Y.Doc();
  registerFgd(area, { id: SEEDED.id, title: SEEDED.title, date: '2026-05-27' }, ctx);
  await pushDoc(hub.wsUrl, `${KSPN_BOROBUDUR.id}/area`, area);
  const session = new Y.Doc();
  createSession(
    session,
    { title: SEEDED.title, date: '2026-05-27', venue: 'Surakarta', facilitators: ['Koordinator Kawasan'] },
    ctx,
  );
  setStep(
    session,
    'keputusan',
    {
      title: 'Keputusan',
      instruction: '',
      minutes: 15,
      allow: 'nothing',
      hideUntilReveal: false,
      anonymous: false,
      voteBudget: 3,
      onePerCard: false,
      order: 0,
    },
    ctx,
  );
  await pushDoc(hub.wsUrl, fgdDocName(KSPN_BOROBUDUR.id, SEEDED.id), session);
}

test('a coordinator records attendance by hand and turns an action item into a commitment item', async ({
  browser,
  hub,
}) => {
  test.setTimeout(120_000);
  await seedSession(hub);
  const problems: string[] = [];
  const page = await openAs(browser, AREA_COORDINATOR, problems);
  const fgd = new FgdConsole(page);
  await fgd.openList(hub.httpUrl);
  await page.getByRole('link', { name: SEEDED.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEEDED.title })).toBeVisible();

  await fgd.tab('Kehadiran').click();
  await fgd.attendanceForm.getByLabel('Nama').fill('Siti Aminah');
  await fgd.choose(fgd.attendanceForm, 'Daerah', 'Kab. Klaten');
  await fgd.attendanceForm.getByRole('button', { name: 'Catat hadir' }).click();
  await fgd.attendanceForm.getByLabel('Nama').fill('Joko Santoso');
  await fgd.choose(fgd.attendanceForm, 'Daerah', 'Kab. Klaten');
  await fgd.attendanceForm.getByRole('button', { name: 'Catat hadir' }).click();
  await expect(fgd.attendanceTable.getByRole('row')).toHaveCount(3);
  await expect(fgd.attendanceTable.getByRole('row', { name: /Siti Aminah/ })).toContainText('Manual');
  await expect(fgd.perRegion.getByRole('listitem')).toHaveText(['Kab. Klaten2 orang']);
  await expect(fgd.absent.getByRole('listitem', { name: 'Kab. Klaten' })).toHaveCount(0);
  await expect(fgd.absent).toContainText('Kab. Magelang');
  await expect(fgd.absent.getByRole('listitem')).toHaveCount(KSPN_BOROBUDUR.members.length - 1);
  await expectAccessible(page, 'attendance tab');
  await shoot(page, 'fgd-attendance');

  await fgd.tab('Keputusan & tindak lanjut').click();
  await fgd.addDecision.click();
  await fgd.decisionDialog.getByLabel('Isi').fill('Susun kalender event bersama kawasan Borobudur');
  await fgd.decisionDialog.getByLabel('Penanggung jawab').fill('Dinas Pariwisata Kab. Magelang');
  await fgd.decisionDialog.getByLabel('Tenggat').fill('2026-08-31');
  await fgd.decisionDialog.getByRole('button', { name: 'Simpan' }).click();
  const decision = fgd.decisions.getByRole('listitem', {
    name: 'Susun kalender event bersama kawasan Borobudur',
  });
  await expect(decision).toContainText('Penanggung jawab: Dinas Pariwisata Kab. Magelang');
  await decision.getByRole('button', { name: /^Jadikan .* butir komitmen$/ }).click();
  await fgd.choose(fgd.convertDialog, 'Komitmen', DRAFT_COMMITMENT.title);
  await fgd.choose(fgd.convertDialog, 'Dimensi', 'Smart Branding');
  await fgd.convertDialog.getByRole('button', { name: 'Tambahkan ke komitmen' }).click();
  await expect(fgd.convertDialog).toBeHidden();
  const link = decision.getByRole('link', { name: `Menjadi butir komitmen: ${DRAFT_COMMITMENT.title}` });
  await expect(link).toBeVisible();
  await expect(decision.getByRole('button', { name: /butir komitmen$/ })).toHaveCount(0);
  await expectAccessible(page, 'decisions tab');
  await shoot(page, 'fgd-decisions');

  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/komitmen/${DRAFT_COMMITMENT.id}/butir$`));
  await expect(page.getByText('Susun kalender event bersama kawasan Borobudur')).toBeVisible();
  expect(problems).toEqual([]);
});

/** The demo session's decisions (seedDemo's fgd-2). */
const SOP = 'Daerah asal mengirim SOP kepada daerah replikator.';
const PRIORITY = 'Tiga inovasi teratas menjadi prioritas replikasi kawasan.';
const KLATEN = '33.10';

/** An innovation of another region that Klaten has no plan for yet in the demo set. */
function innovationToReplicate(demo: GeneratedArea): { name: string; region: string } {
  const planned = new Set<string>();
  for (const plan of demo.regions.get(KLATEN)?.getMap<unknown>('replicationPlans').values() ?? []) {
    if (plan instanceof Y.Map) planned.add(JSON.stringify(plan.get('source')));
  }
  for (const [code, doc] of demo.regions) {
    if (code === KLATEN) continue;
    const innovations = readInnovations(doc, regionDocName(demo.preset.id, code), code, (problem) => {
      throw new Error(`demo data unreadable: ${problem.key} ${problem.problem}`);
    });
    const free = innovations.find(
      ({ id, name }) =>
        !planned.has(JSON.stringify({ regionCode: code, innovationId: id, innovationName: name })) &&
        innovations.filter((other) => other.name === name).length === 1,
    );
    if (free) return { name: free.name, region: code };
  }
  throw new Error('the demo set has no innovation Klaten could plan to replicate');
}

test('a region editor turns one decision into an innovation and another into a replication plan; the facilitator sees both links live', async ({
  browser,
  hub,
}) => {
  test.setTimeout(180_000);
  const demo = await seedDemo(hub.wsUrl);
  const source = innovationToReplicate(demo);
  const problems: string[] = [];
  const facilitatorPage = await openAs(browser, FACILITATOR, problems);
  const watcher = new FgdConsole(facilitatorPage);
  await watcher.openSession(hub.httpUrl, demo.fgdId, 'keputusan');
  await expect(watcher.decisions.getByRole('listitem')).toHaveCount(2);

  const page = await openAs(browser, KLATEN_EDITOR, problems);
  const fgd = new FgdConsole(page);
  await fgd.openSession(hub.httpUrl, demo.fgdId, 'keputusan');
  const sop = fgd.decisions.getByRole('listitem', { name: SOP });
  const priority = fgd.decisions.getByRole('listitem', { name: PRIORITY });
  await expect(page.getByText(/^Yang disepakati forum\. Sebagai editor Kab\. Klaten/)).toBeVisible();
  // The editor changes no decision; the two ways out are for their own region.
  await expect(fgd.addDecision).toHaveCount(0);
  await expect(sop.getByRole('button', { name: /^(Ubah|Hapus) “/ })).toHaveCount(0);
  await expect(sop.getByRole('link', { name: `Jadikan “${SOP}” inovasi Kab. Klaten` })).toHaveText(
    'Jadikan inovasi Kab. Klaten',
  );
  await expect(watcher.decisions.getByRole('link', { name: /^Jadikan / })).toHaveCount(0);
  await expectAccessible(page, 'decisions tab of a region editor');
  await shoot(page, 'fgd-decisions-editor');

  // An innovation of Klaten, from the catalog's form filled in from the decision.
  await sop.getByRole('link', { name: `Jadikan “${SOP}” inovasi Kab. Klaten` }).click();
  await expect(page).toHaveURL(/#\/katalog\/baru\?fgd=fgd-2&keputusan=tindak-1$/);
  await expect(
    page.getByText(/^Dari keputusan di sesi FGD “FGD Replikasi Inovasi Antar-Daerah”/),
  ).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Nama inovasi' });
  await expect(name).toHaveValue('Daerah asal mengirim SOP kepada daerah replikator');
  await expect(page.getByRole('textbox', { name: 'Ringkasan' })).toHaveValue(SOP);
  await expectAccessible(page, 'innovation form from a decision');
  await shoot(page, 'fgd-decision-innovation-form');
  await name.fill('Pengiriman SOP replikasi Klaten');
  await fillRequired(page);
  await page.getByRole('button', { name: 'Simpan inovasi' }).click();
  await expect(page).toHaveURL(/#\/fgd\/fgd-2\/keputusan$/);
  const innovationLink = 'Menjadi inovasi Kab. Klaten: Pengiriman SOP replikasi Klaten';
  await expect(sop.getByRole('link', { name: innovationLink })).toBeVisible();
  await expect(sop.getByRole('link', { name: /^Jadikan / })).toHaveCount(0);
  await expect(
    watcher.decisions.getByRole('listitem', { name: SOP }).getByRole('link', { name: innovationLink }),
  ).toBeVisible();

  // A replication plan of Klaten for another region's innovation, picked from the catalog.
  await priority.getByRole('button', { name: `Jadikan “${PRIORITY}” rencana replikasi Kab. Klaten` }).click();
  const dialog = page.getByRole('dialog', { name: 'Jadikan rencana replikasi Kab. Klaten' });
  await dialog.getByRole('button', { name: 'Buat rencana replikasi' }).click();
  await expect(dialog.getByText('Pilih inovasi yang akan direplikasi.')).toBeVisible();
  const picker = dialog.getByRole('combobox', { name: 'Inovasi yang direplikasi' });
  await picker.fill(source.name);
  await page.getByRole('option', { name: new RegExp(`^${escapeRegExp(source.name)} · `) }).click();
  await expectAccessible(page, 'replication plan dialog');
  await shoot(page, 'fgd-decision-plan-dialog');
  await dialog.getByRole('button', { name: 'Buat rencana replikasi' }).click();
  await expect(dialog).toBeHidden();
  const planLink = `Menjadi rencana replikasi Kab. Klaten: ${source.name}`;
  await expect(priority.getByRole('link', { name: planLink })).toBeVisible();
  const watched = watcher.decisions
    .getByRole('listitem', { name: PRIORITY })
    .getByRole('link', { name: planLink });
  await expect(watched).toBeVisible();
  await expectAccessible(facilitatorPage, 'decisions tab with links');
  await shoot(facilitatorPage, 'fgd-decisions-linked');

  // Both are where the rest of the app lists them.
  await watched.click();
  await expect(facilitatorPage).toHaveURL(/#\/replikasi\/33\.10\/replikasi-[a-z0-9-]+$/);
  await page.goto(`${hub.httpUrl}#/replikasi`);
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(escapeRegExp(source.name)) })
      .first(),
  ).toBeVisible();
  await page.goto(`${hub.httpUrl}#/fgd/${demo.fgdId}/keputusan`);
  await sop.getByRole('link', { name: innovationLink }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Pengiriman SOP replikasi Klaten' }),
  ).toBeVisible();
  const catalog = new CatalogPage(page);
  await catalog.open(hub.httpUrl);
  await catalog.search.fill('Pengiriman SOP replikasi');
  await expect(catalog.rows.filter({ hasText: 'Pengiriman SOP replikasi Klaten' })).toHaveCount(1);
  expect(problems).toEqual([]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
