/**
 * The facilitator console: a facilitator creates a session, edits its agenda and runs a step with a
 * countdown, while a region editor follows the same step live and cannot change anything; a
 * coordinator records attendance by hand and turns an action item into an item of a commitment.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { registerFgd } from '../../shared/model/area';
import { createSession, fgdDocName, setStep } from '../../shared/model/fgd';
import type { CommandContext } from '../../shared/model/identity';
import { KSPN_BOROBUDUR } from '../../shared/model/presets';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { FgdConsole } from './pages/fgd-console';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { AREA_COORDINATOR, FACILITATOR, KLATEN_EDITOR, useProfile as withProfile } from './profile';
import { DRAFT_COMMITMENT, pushDoc, seedDraftCommitment } from './seed';

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
