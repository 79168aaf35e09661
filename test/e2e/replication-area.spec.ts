/**
 * The replication overview on the demo set: the matrix counts what the seed holds and lists the plans
 * behind a cell; a plan made in one browser shows in the matrix, the charts' data and the source
 * region's inbox in others without a reload; late milestones are flagged in words, in the plan table
 * and on the timeline; every tab passes axe.
 */
import type { BrowserContext } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';
import type { GeneratedArea } from '../../shared/model/demo/generate';
import { type Innovation, readInnovations } from '../../shared/model/innovation';
import {
  planProgress,
  type ReplicationPlan,
  readReplicationPlans,
} from '../../shared/model/replication-plan';
import { displayName, regencyByCode } from '../../shared/regions/index';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { isoDateFromToday, PlanPage } from './pages/plan';
import { PlanCollaboration } from './pages/plan-collaboration';
import { ReplicationAreaPage } from './pages/replication-area';
import { KLATEN_EDITOR, MAGELANG_EDITOR, useProfile } from './profile';
import { seedDemo } from './seed';

const KLATEN = '33.10';
const MAGELANG = '33.08';
/** The shell's header has its own tests; these checks are about the replication screens. */
const SCREEN_ONLY = { exclude: 'header' };
const VIEWER: Profile = { ...KLATEN_EDITOR, name: 'Dewi Anggraini', region: null, role: 'viewer' };

const fail = (problem: unknown) => {
  throw new Error(`demo data invalid: ${JSON.stringify(problem)}`);
};

function plansOf(demo: GeneratedArea): ReplicationPlan[] {
  return [...demo.regions].flatMap(([code, doc]) => readReplicationPlans(doc, code, code, fail));
}

function innovationsOf(demo: GeneratedArea, code: string): Innovation[] {
  const doc = demo.regions.get(code);
  if (!doc) throw new Error(`no document for ${code}`);
  return readInnovations(doc, code, code, fail);
}

function regionName(code: string): string {
  const regency = regencyByCode(code);
  if (!regency) throw new Error(`unknown region ${code}`);
  return displayName(regency);
}

/** Today where the browser is (the same machine), as the screens compute it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function areaPage(context: BrowserContext, width = 1366) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 768 });
  return new ReplicationAreaPage(page);
}

test('the matrix counts a source × adopter pair as the seed has it and lists those plans', async ({
  page,
  hub,
}) => {
  const demo = await seedDemo(hub.wsUrl);
  const plans = plansOf(demo);
  const pairs = new Map<string, ReplicationPlan[]>();
  for (const plan of plans) {
    const key = `${plan.source.regionCode}|${plan.adopterCode}`;
    pairs.set(key, [...(pairs.get(key) ?? []), plan]);
  }
  const [pair, pairPlans] =
    [...pairs].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0] ?? [];
  if (!pair || !pairPlans) throw new Error('the demo set has no replication plans');
  const [source = '', adopter = ''] = pair.split('|');
  const sourceTotal = plans.filter((plan) => plan.source.regionCode === source).length;

  await useProfile(page, KLATEN_EDITOR);
  await page.setViewportSize({ width: 1024, height: 768 });
  const area = new ReplicationAreaPage(page);
  await area.open(hub.httpUrl, 'Matriks');
  await expect(page.getByText(`${plans.length} rencana. Baris: daerah asal inovasi`)).toBeVisible();
  await expect(area.matrixCell(regionName(source), regionName(adopter), pairPlans.length)).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Inovasi ${regionName(source)}: ${sourceTotal} rencana replikasi` }),
  ).toBeVisible();
  await expectAccessible(page, 'matrix', SCREEN_ONLY);

  await area.matrixCell(regionName(source), regionName(adopter), pairPlans.length).click();
  await expect(area.matrixDrawer).toContainText(
    `${regionName(adopter)} mereplikasi inovasi ${regionName(source)}`,
  );
  await expect(area.matrixDrawer).toContainText(`${pairPlans.length} rencana`);
  for (const plan of pairPlans)
    await expect(area.planLink(plan.source.innovationName, regionName(adopter))).toBeVisible();
  await expectAccessible(page, 'matrix plans drawer', SCREEN_ONLY);
  const [first] = pairPlans;
  if (!first) throw new Error('no plan in the pair');
  await area.planLink(first.source.innovationName, regionName(adopter)).click();
  await expect(page).toHaveURL(new RegExp(`#/replikasi/${adopter.replace('.', '\\.')}/${first.id}$`));
});

test('a plan made in one browser shows live in the matrix, the charts’ data and the source region’s inbox; the source confirms, the adopter advances, the area follows', async ({
  browser,
  hub,
}) => {
  // Three people through a whole replication start: longer than one screen's test.
  test.setTimeout(75_000);
  const demo = await seedDemo(hub.wsUrl);
  const plans = plansOf(demo);
  // A Klaten innovation nobody replicates yet, so its inbox card appears with this plan alone.
  const innovation = innovationsOf(demo, KLATEN).find(
    (candidate) =>
      !plans.some((plan) => plan.source.regionCode === KLATEN && plan.source.innovationId === candidate.id),
  );
  if (!innovation) throw new Error('every Klaten innovation is being replicated already');
  const before = plans.filter(
    (plan) => plan.source.regionCode === KLATEN && plan.adopterCode === MAGELANG,
  ).length;
  const magelangLive = plans.filter(
    (plan) => plan.adopterCode === MAGELANG && plan.status !== 'dibatalkan',
  ).length;

  const observerContext = await browser.newContext();
  const klatenContext = await browser.newContext();
  const magelangContext = await browser.newContext();
  const contexts = [observerContext, klatenContext, magelangContext];
  await useProfile(observerContext, VIEWER);
  await useProfile(klatenContext, KLATEN_EDITOR);
  await useProfile(magelangContext, MAGELANG_EDITOR);
  try {
    const observer = await areaPage(observerContext, 1024);
    const klaten = await areaPage(klatenContext);
    const magelang = await areaPage(magelangContext);

    await observer.open(hub.httpUrl, 'Matriks');
    await expect(
      observer.page.getByText(`${plans.length} rencana. Baris: daerah asal inovasi`),
    ).toBeVisible();
    await expect(observer.matrixCells('Kab. Klaten', 'Kab. Magelang')).toHaveCount(before === 0 ? 0 : 1);
    await klaten.open(hub.httpUrl, 'Kotak masuk');
    await expect(
      klaten.page.getByRole('heading', { name: 'Inovasi Kab. Klaten yang direplikasi daerah lain' }),
    ).toBeVisible();
    await expect(klaten.inboxGroup(innovation.name)).toHaveCount(0);

    await magelang.page.goto(`${hub.httpUrl}#/katalog/${KLATEN}/${innovation.id}`);
    await magelang.page.getByRole('button', { name: 'Replikasi inovasi ini' }).click();

    await expect(observer.matrixCell('Kab. Klaten', 'Kab. Magelang', before + 1)).toBeVisible();
    await expect(
      observer.page.getByText(`${plans.length + 1} rencana. Baris: daerah asal inovasi`),
    ).toBeVisible();
    await observer.switchTo('Progres');
    const byAdopter = await observer.chartData('Rencana per daerah replikator');
    await expect(observer.chartRow(byAdopter, 'Kab. Magelang').getByRole('cell').last()).toHaveText(
      String(magelangLive + 1),
    );

    const card = klaten.inboxGroup(innovation.name);
    await expect(card.getByRole('heading')).toHaveText(`1 daerah berencana mereplikasi ${innovation.name}`);
    await expect(klaten.planLink(innovation.name, 'Kab. Magelang')).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: 'Kab. Magelang' })).toContainText(
      'Perlu konfirmasi',
    );
    await expect(card.getByRole('listitem').filter({ hasText: 'Kab. Magelang' })).toContainText('Persiapan');

    // Klaten opens the plan from its inbox and confirms its support; Magelang sees it on its plan page.
    await klaten.planLink(innovation.name, 'Kab. Magelang').click();
    const klatenPlan = new PlanCollaboration(klaten.page);
    await klatenPlan.confirmSupport.click();
    await magelang.page.goto(klaten.page.url().replace(/^[^#]*/, hub.httpUrl));
    const magelangPlan = new PlanPage(magelang.page);
    const magelangTalk = new PlanCollaboration(magelang.page);
    await expect(magelangTalk.support.getByText('Dukungan dikonfirmasi')).toBeVisible();
    // Klaten is the source: it may answer, never edit Magelang's plan.
    await expect(new PlanPage(klaten.page).readOnlyNote).toBeVisible();
    await expect(klaten.page.getByRole('button', { name: 'Lanjut ke tahap berikutnya' })).toHaveCount(0);

    // Magelang advances: a milestone already late, the letter of intent, two stages on.
    const late = 'Kajian kesesuaian layanan';
    await magelangPlan.addMilestone({ title: late, ownerOpd: 'Bappeda', dueDate: isoDateFromToday(-3) });
    await expect(magelangPlan.milestone(late)).toContainText('Terlambat 3 hari');
    await magelangPlan.nextStage.click();
    await magelangPlan.recordLetterOfIntent('500/77/Diskominfo/2026', '');
    await magelangPlan.nextStage.click();
    await expect(magelangPlan.currentStage).toContainText('Replikasi');

    // The observer's charts and the plan table follow without a reload.
    const byStage = await observer.chartData('Rencana per tahap');
    const inReplikasi = plans.filter((plan) => plan.stage === 'replikasi').length;
    await expect(observer.chartRow(byStage, 'Replikasi').getByRole('cell').first()).toHaveText(
      String(inReplikasi + 1),
    );
    await observer.switchTo('Rencana');
    await expect(observer.planLink(innovation.name, 'Kab. Magelang')).toBeVisible();
    const row = observer.page
      .getByRole('row')
      .filter({ has: observer.planLink(innovation.name, 'Kab. Magelang') });
    await expect(row).toContainText('Replikasi');
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
});

test('late milestones are flagged in words in the plan table and on the timeline; every tab passes axe', async ({
  page,
  hub,
}) => {
  const demo = await seedDemo(hub.wsUrl);
  const day = today();
  const late = plansOf(demo)
    .map((plan) => ({ plan, overdue: planProgress(plan, day).overdue }))
    .filter(({ overdue }) => overdue.length > 0)
    .sort((a, b) => a.plan.adopterCode.localeCompare(b.plan.adopterCode))[0];
  if (!late) throw new Error('no plan in the demo set has a late milestone');
  const { plan, overdue } = late;
  const [milestone] = overdue;
  if (!milestone) throw new Error('no late milestone');
  const editor: Profile = { ...KLATEN_EDITOR, name: 'Editor Daerah', region: plan.adopterCode };

  await useProfile(page, editor);
  await page.setViewportSize({ width: 1366, height: 768 });
  const area = new ReplicationAreaPage(page);
  await area.open(hub.httpUrl, 'Rencana');
  await expect(area.myPlan(plan.source.innovationName)).toContainText(`${overdue.length} tonggak terlambat`);
  await expectAccessible(page, 'Rencana', SCREEN_ONLY);

  await area.switchTo('Linimasa');
  const bar = area.timelineBar(milestone.title, plan.source.innovationName);
  await expect(bar.first()).toHaveAccessibleName(/Terlambat \d+ hari\.$/);
  await expect(
    page.getByRole('region', { name: 'Bagan tonggak rencana replikasi' }).getByText('Terlambat').first(),
  ).toBeVisible();
  await expectAccessible(page, 'Linimasa', SCREEN_ONLY);
  await page.getByText('Tabel', { exact: true }).click();
  const row = page
    .getByRole('table', { name: 'Tonggak rencana replikasi' })
    .getByRole('row')
    .filter({ hasText: milestone.title })
    .filter({ hasText: plan.source.innovationName });
  await expect(row.first()).toContainText('Terlambat');
  await expectAccessible(page, 'Linimasa as a table', SCREEN_ONLY);

  await area.switchTo('Kotak masuk');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('yang direplikasi daerah lain');
  await expectAccessible(page, 'Kotak masuk', SCREEN_ONLY);

  await area.switchTo('Progres');
  for (const title of [
    'Rencana per tahap',
    'Rencana per dimensi smart city',
    'Rencana per daerah replikator',
    'Rata-rata progres per daerah replikator',
  ])
    await area.chartData(title);
  await expect(page.getByText('Tonggak terlambat', { exact: true })).toBeVisible();
  await expectAccessible(page, 'Progres', SCREEN_ONLY);
});
