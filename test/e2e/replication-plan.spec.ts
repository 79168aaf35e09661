/**
 * A replication plan from start to finish on one hub: Klaten's editor starts a plan for another
 * region's demo innovation from the catalog and fills in its details; the step into replikasi is
 * refused until the letter of intent is recorded; milestones are tracked (an overdue one is flagged);
 * before/after figures are recorded and the plan is finished. Magelang's editor has the same page
 * open and sees every change as it happens, without edit controls and told why.
 */
import type { Browser, Page } from '@playwright/test';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { type GeneratedArea, generateArea, regionDocName } from '../../shared/model/demo/generate';
import type { CommandContext } from '../../shared/model/identity';
import { readInnovations } from '../../shared/model/innovation';
import {
  createReplicationPlan,
  moveReplicationStage,
  REPLICATION_STAGES,
  type ReplicationStage,
} from '../../shared/model/replication-plan';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { isoDateFromToday, PlanPage } from './pages/plan';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { pushDoc, seedDemo } from './seed';

const KLATEN = '33.10';
const MAGELANG = '33.08';
/** What the page shows now: the shell is checked elsewhere. */
const OUTSIDE_SHELL = { exclude: 'header' };

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

interface DemoInnovation {
  regionCode: string;
  id: string;
  name: string;
}

/** A demo innovation of a region other than Klaten and Magelang that Klaten does not plan to replicate yet. */
function thirdRegionInnovation(regions: ReadonlyMap<string, Y.Doc>): DemoInnovation {
  const planned = new Set<string>();
  for (const plan of regions.get(KLATEN)?.getMap<unknown>('replicationPlans').values() ?? []) {
    if (plan instanceof Y.Map) planned.add(JSON.stringify(plan.get('source')));
  }
  for (const [regionCode, doc] of regions) {
    if (regionCode === KLATEN || regionCode === MAGELANG) continue;
    const innovations = readInnovations(doc, regionCode, regionCode, (problem) => {
      throw new Error(`demo data unreadable: ${problem.key} ${problem.problem}`);
    });
    for (const { id, name } of innovations) {
      if (!planned.has(JSON.stringify({ regionCode, innovationId: id, innovationName: name }))) {
        return { regionCode, id, name };
      }
    }
  }
  throw new Error('the demo set has no innovation Klaten could start a plan for');
}

/**
 * Klaten's plan for a demo innovation, already at `stage`, on the hub with only the two regions'
 * documents (the rest of the demo set would only slow the pages down).
 */
async function seedKlatenPlan(
  wsUrl: string,
  stage: ReplicationStage,
  letterOfIntent: boolean,
): Promise<{ planId: string; source: DemoInnovation }> {
  const demo: GeneratedArea = generateArea('demo');
  const source = thirdRegionInnovation(demo.regions);
  const klaten = demo.regions.get(KLATEN);
  const sourceDoc = demo.regions.get(source.regionCode);
  if (!klaten || !sourceDoc) throw new Error('the demo set lacks Klaten or the source region');
  const ctx: CommandContext = {
    author: { name: KLATEN_EDITOR.name, region: KLATEN, role: 'regionEditor' },
    now: () => new Date(),
  };
  const planId = 'replikasi-uji';
  const created = createReplicationPlan(
    klaten,
    KLATEN,
    planId,
    {
      source: { regionCode: source.regionCode, innovationId: source.id, innovationName: source.name },
      facilitator: '',
      adaptation: 'utuh',
      budget: { amount: null, source: '' },
      rpjmdReference: '',
      risks: '',
      supportRequested: '',
      letterOfIntent: letterOfIntent ? { number: '500/1/2026', date: '2026-01-05', link: '' } : null,
      agreement: null,
    },
    ctx,
  );
  expect(created.ok).toBe(true);
  for (const next of REPLICATION_STAGES.slice(1, REPLICATION_STAGES.indexOf(stage) + 1)) {
    expect(moveReplicationStage(klaten, KLATEN, planId, next, ctx).ok).toBe(true);
  }
  await pushDoc(wsUrl, demo.areaDocName, demo.area);
  await pushDoc(wsUrl, regionDocName(demo.preset.id, KLATEN), klaten);
  await pushDoc(wsUrl, regionDocName(demo.preset.id, source.regionCode), sourceDoc);
  return { planId, source };
}

/** Klaten's editor and Magelang's editor with the same plan open. */
async function bothOnPlan(browser: Browser, url: string, problems: string[]) {
  const klaten = await person(browser, KLATEN_EDITOR, problems);
  const magelang = await person(browser, MAGELANG_EDITOR, problems);
  await Promise.all([klaten.goto(url), magelang.goto(url)]);
  return { klaten, magelang, plan: new PlanPage(klaten), watcher: new PlanPage(magelang) };
}

test('Klaten starts a plan from the catalog and fills in its details; Magelang follows live, read-only', async ({
  browser,
  hub,
}) => {
  const demo = await seedDemo(hub.wsUrl);
  const source = thirdRegionInnovation(demo.regions);
  const problems: string[] = [];
  const klaten = await person(browser, KLATEN_EDITOR, problems);
  const magelang = await person(browser, MAGELANG_EDITOR, problems);
  const plan = new PlanPage(klaten);
  const watcher = new PlanPage(magelang);

  await klaten.goto(`${hub.httpUrl}#/katalog/${source.regionCode}/${source.id}`);
  await klaten.getByRole('button', { name: 'Replikasi inovasi ini' }).click();
  await expect(klaten.getByText('Sudah dalam rencana replikasi')).toBeVisible();
  await klaten.getByRole('main').getByRole('link', { name: 'Lihat rencana replikasi' }).click();
  await expect(plan.heading(source.name)).toBeVisible();
  await expect(plan.currentStage).toContainText('Persiapan');
  await expect(plan.readOnlyNote).toHaveCount(0);

  await magelang.goto(klaten.url().replace(/^[^#]+/, hub.httpUrl));
  await expect(watcher.heading(source.name)).toBeVisible();
  await expect(magelang.getByText('Hanya editor Kab. Klaten yang dapat mengubah rencana ini.')).toBeVisible();
  for (const control of [
    'Simpan rincian',
    'Lanjut ke tahap berikutnya',
    'Catat surat minat',
    'Tambah tonggak',
  ]) {
    await expect(magelang.getByRole('button', { name: control })).toHaveCount(0);
  }
  await expect(watcher.details.getByRole('textbox')).toHaveCount(0);

  // Only what changed is saved; the form says when something is not saved yet.
  await plan.details.getByRole('textbox', { name: 'Fasilitator' }).fill('Tenaga Ahli Smart City Kominfo');
  await expect(plan.details.getByText('Ada perubahan yang belum disimpan')).toBeVisible();
  await plan.details.getByRole('radio', { name: 'Sebagian' }).check();
  const amount = plan.details.getByRole('textbox', { name: 'Jumlah anggaran' });
  await amount.fill('150000000');
  await expect(amount).toHaveValue('150.000.000');
  const budgetSource = plan.details.getByRole('combobox', { name: 'Sumber anggaran' });
  await budgetSource.fill('APBD');
  await budgetSource.press('Tab');
  await plan.saveDetails.click();
  await expect(plan.notice('Rincian rencana disimpan.')).toBeVisible();
  await expect(plan.details.getByText('Semua perubahan sudah disimpan')).toBeVisible();
  await expect(magelang.getByText('Fasilitator: Tenaga Ahli Smart City Kominfo')).toBeVisible();
  await expect(magelang.getByText('Adaptasi sebagian')).toBeVisible();
  await expect(watcher.details).toContainText('Rp\u00a0150.000.000 (APBD)');

  await expectAccessible(klaten, 'plan page, editor', OUTSIDE_SHELL);
  expect(problems).toEqual([]);
});

test('the step into replikasi is refused until the letter of intent is recorded', async ({
  browser,
  hub,
}) => {
  const { planId } = await seedKlatenPlan(hub.wsUrl, 'persiapan', false);
  const problems: string[] = [];
  const { klaten, plan, watcher } = await bothOnPlan(
    browser,
    `${hub.httpUrl}#/replikasi/${KLATEN}/${planId}`,
    problems,
  );

  await plan.nextStage.click();
  await expect(plan.currentStage).toContainText('Rencana & pengembangan');
  await expect(watcher.currentStage).toContainText('Rencana & pengembangan');
  const reason = 'Catat surat minat replikasi kepada daerah asal sebelum masuk tahap replikasi.';
  // Said before it is tried, and again, as the refusal, when it is.
  await expect(klaten.getByText(reason)).toBeVisible();
  await plan.nextStage.click();
  await expect(plan.notice(reason)).toBeVisible();
  await expect(plan.currentStage).toContainText('Rencana & pengembangan');

  await plan.recordLetterOfIntent('500/123/Diskominfo/2026', 'https://arsip.klatenkab.go.id/surat-minat.pdf');
  await expect(plan.letter).toContainText('500/123/Diskominfo/2026');
  await expect(watcher.letter).toContainText('500/123/Diskominfo/2026');
  await expect(watcher.letter.getByRole('link', { name: 'Buka lampiran' })).toHaveAttribute(
    'href',
    'https://arsip.klatenkab.go.id/surat-minat.pdf',
  );
  await plan.nextStage.click();
  await expect(plan.currentStage).toContainText('Replikasi');
  await expect(watcher.currentStage).toContainText('Replikasi');
  await plan.previousStage.click();
  await expect(watcher.currentStage).toContainText('Rencana & pengembangan');
  expect(problems).toEqual([]);
});

test('an overdue milestone is flagged until it is done; milestones are added, edited and removed live', async ({
  browser,
  hub,
}) => {
  const { planId } = await seedKlatenPlan(hub.wsUrl, 'replikasi', true);
  const problems: string[] = [];
  const { plan, watcher } = await bothOnPlan(
    browser,
    `${hub.httpUrl}#/replikasi/${KLATEN}/${planId}`,
    problems,
  );

  await plan.addMilestone({
    title: 'Sosialisasi ke kecamatan',
    ownerOpd: 'Dinas Komunikasi dan Informatika',
    dueDate: isoDateFromToday(-5),
  });
  await plan.addMilestone({
    title: 'Pelatihan operator',
    ownerOpd: 'Badan Kepegawaian Daerah',
    dueDate: isoDateFromToday(10),
  });
  await expect(plan.milestone('Sosialisasi ke kecamatan')).toContainText('Terlambat 5 hari');
  await expect(plan.milestone('Pelatihan operator')).toContainText('Tenggat berikutnya');
  await expect(plan.milestone('Pelatihan operator')).not.toContainText('Terlambat');
  await expect(plan.milestones).toContainText('1 terlambat');
  await expect(watcher.milestone('Sosialisasi ke kecamatan')).toContainText('Terlambat 5 hari');
  await expect(watcher.milestones.getByRole('button')).toHaveCount(0);

  await plan.setMilestoneStatus('Sosialisasi ke kecamatan', 'Selesai');
  await expect(plan.milestone('Sosialisasi ke kecamatan')).not.toContainText('Terlambat');
  await expect(watcher.milestone('Sosialisasi ke kecamatan')).toContainText('Selesai');
  await expect(watcher.milestone('Sosialisasi ke kecamatan')).not.toContainText('Terlambat');
  await plan.removeMilestone('Pelatihan operator');
  await expect(plan.milestone('Pelatihan operator')).toHaveCount(0);
  await expect(watcher.milestone('Pelatihan operator')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('evaluation figures show their change, and the finished plan reads as finished to both', async ({
  browser,
  hub,
}) => {
  const { planId } = await seedKlatenPlan(hub.wsUrl, 'evaluasi', true);
  const problems: string[] = [];
  const { klaten, magelang, plan, watcher } = await bothOnPlan(
    browser,
    `${hub.httpUrl}#/replikasi/${KLATEN}/${planId}`,
    problems,
  );

  await plan.addFigure({ indicator: 'Waktu layanan izin', unit: 'hari', before: '14', after: '3' });
  const figure = plan.evaluation.getByRole('row').filter({ hasText: 'Waktu layanan izin' });
  await expect(figure).toContainText('14\u00a0hari');
  await expect(figure).toContainText('\u221278,6%');
  await expect(watcher.evaluation.getByRole('row').filter({ hasText: 'Waktu layanan izin' })).toContainText(
    '\u221278,6%',
  );

  await klaten.getByRole('button', { name: 'Selesaikan' }).click();
  await expect(plan.notice('Rencana replikasi diselesaikan.')).toBeVisible();
  await expect(klaten.getByRole('button', { name: 'Aktifkan kembali' })).toBeVisible();
  await expect(magelang.getByText(/^Rencana ini sudah selesai\./)).toBeVisible();
  await expect(watcher.currentStage).toHaveCount(0);
  await expect(magelang.getByRole('button', { name: 'Aktifkan kembali' })).toHaveCount(0);
  await expectAccessible(klaten, 'plan page, finished', OUTSIDE_SHELL);
  await expectAccessible(magelang, 'plan page, read-only', OUTSIDE_SHELL);
  expect(problems).toEqual([]);
});

test('a plan that is not there says so and leads back to the replication list', async ({ browser, hub }) => {
  const problems: string[] = [];
  const klaten = await person(browser, KLATEN_EDITOR, problems);
  await klaten.goto(`${hub.httpUrl}#/replikasi/${KLATEN}/replikasi-tidak-ada`);
  await expect(
    klaten.getByRole('heading', { level: 1, name: 'Rencana replikasi tidak ditemukan' }),
  ).toBeVisible();
  await klaten.getByRole('link', { name: 'Ke daftar rencana replikasi' }).click();
  await expect(klaten).toHaveURL(/#\/replikasi$/);
  await expectAccessible(klaten, 'plan not found', OUTSIDE_SHELL);
  expect(problems).toEqual([]);
});
