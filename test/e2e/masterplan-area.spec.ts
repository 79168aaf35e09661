/**
 * The area's master plan view (#/masterplan): on the demo set it shows every member region's stages,
 * readiness and figures as the seed has them, the quick wins per dimension and the common-programme
 * groups; a region's change (written to the hub as a client would) shows in open browsers without a
 * reload; before any region starts, each tab says what to do. Every tab passes axe, at a projector's
 * and a phone's width too.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import * as Y from 'yjs';
import type { Profile } from '../../renderer/src/data/profile';
import { type GeneratedArea, regionDocName } from '../../shared/model/demo/generate';
import type { Author, CommandContext } from '../../shared/model/identity';
import {
  type MasterPlan,
  readMasterPlan,
  scoreReadiness,
  setBimtekStage,
  setProgramme,
  setQuickWin,
} from '../../shared/model/master-plan';
import { commonProgrammes, summarizeRegionPlan } from '../../shared/model/master-plan-area';
import type { CommandResult } from '../../shared/model/result';
import { displayName, regencyByCode } from '../../shared/regions/index';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { AREA_COORDINATOR, KLATEN_EDITOR, useProfile } from './profile';
import { pushDoc, seedDemo } from './seed';

/** Where screenshots go for people to look at; none are taken unless set. */
const SHOTS = process.env.MASTERPLAN_SHOTS;
const KLATEN = '33.10';
const WONOSOBO = '33.07';
const KOTA_MAGELANG = '33.71';
/** The shell's header has its own tests; these checks are about the master plan screen. */
const SCREEN_ONLY = { exclude: 'header' };
const TABLE = 'Kemajuan masterplan per daerah';
const VIEWER: Profile = { ...KLATEN_EDITOR, name: 'Dewi Anggraini', region: null, role: 'viewer' };

const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

function regionName(code: string): string {
  const regency = regencyByCode(code);
  if (!regency) throw new Error(`unknown region ${code}`);
  return displayName(regency);
}

function planOf(doc: Y.Doc, code: string): MasterPlan {
  return readMasterPlan(doc, code, (problem) => {
    throw new Error(`demo master plan invalid: ${JSON.stringify(problem)}`);
  });
}

function expectOk(result: CommandResult<unknown>): void {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
}

/** A region editor's change, made with the model on a copy of the region's document and sent to the hub. */
async function writeAsRegion(
  wsUrl: string,
  code: string,
  base: Y.Doc | null,
  change: (doc: Y.Doc, ctx: CommandContext) => CommandResult<unknown>,
): Promise<void> {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const author: Author = { name: `Editor ${regionName(code)}`, region: code, role: 'regionEditor' };
  expectOk(change(doc, { author, now: () => new Date() }));
  await pushDoc(wsUrl, regionDocName('kspn-borobudur', code), doc);
}

async function openArea(context: BrowserContext, baseUrl: string, width: number, tab = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
  await page.goto(`${baseUrl}#/masterplan${tab === '' ? '' : `?tab=${tab}`}`);
  await expect(page.getByRole('heading', { name: 'Masterplan kawasan', level: 1 })).toBeVisible();
  return page;
}

function regionRow(page: Page, code: string): Locator {
  return page
    .getByRole('table', { name: TABLE })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${regionName(code)}`) }) });
}

/** The row's data cells: the four stages with stages done, struktur, infrastruktur, suprastruktur, programmes, quick wins, updated. */
const cell = (row: Locator, index: number) => row.getByRole('cell').nth(index);

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  if (SHOTS === undefined) return;
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

test('the demo set: every region’s stages, readiness and figures, quick wins per dimension and common programmes', async ({
  browser,
  hub,
}) => {
  test.setTimeout(90_000);
  const demo: GeneratedArea = await seedDemo(hub.wsUrl);
  const plans = [...demo.regions].map(([code, doc]) => ({ regionCode: code, plan: planOf(doc, code) }));
  const planning = plans.filter(({ plan }) => plan.programmes.length > 0);
  expect(planning.length).toBe(10);
  const klaten = summarizeRegionPlan(
    plans.find((plan) => plan.regionCode === KLATEN) ?? {
      regionCode: KLATEN,
      plan: planOf(new Y.Doc(), KLATEN),
    },
  );

  const context = await browser.newContext();
  openContexts.push(context);
  await useProfile(context, KLATEN_EDITOR);
  const page = await openArea(context, hub.httpUrl, 1366);
  await expect(page.getByRole('table', { name: TABLE }).getByRole('rowheader')).toHaveCount(25);
  const row = regionRow(page, KLATEN);
  for (const stage of [1, 2, 3, 4] as const) {
    await expect(row.locator(`[data-stage="${stage}"]`)).toHaveAttribute('data-status', klaten.stages[stage]);
  }
  await expect(cell(row, 0)).toContainText(`${klaten.stagesDone}/4`);
  await expect(cell(row, 4)).toHaveText(String(klaten.programmes));
  await expect(cell(row, 5)).toHaveText(String(klaten.quickWins));
  // Readiness means, as Indonesian readers write decimals.
  const mean = klaten.readiness.struktur;
  if (mean === null) throw new Error('Klaten’s demo plan has no struktur scores');
  await expect(cell(row, 1)).toHaveText(mean.toFixed(1).replace('.', ','));
  await expect(page.getByText('Daerah mulai mengisi')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Kesiapan per daerah' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Daerah per tahap bimtek' })).toBeVisible();
  await expectAccessible(page, 'progress tab', SCREEN_ONLY);
  await shoot(page, 'demo-progress-1366');

  // Sorting by programmes puts the busiest region first.
  const most = Math.max(...plans.map(({ plan }) => plan.programmes.length));
  await page.getByRole('button', { name: 'Program', exact: true }).click();
  await expect(
    page.getByRole('table', { name: TABLE }).getByRole('row').nth(1).getByRole('cell').nth(4),
  ).toHaveText(String(most));
  await expect(page.getByRole('columnheader', { name: 'Program', exact: true })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  // The own region's plan is one click away.
  const own = page.getByRole('link', { name: 'Buka masterplan Kab. Klaten' });
  await expect(own).toBeVisible();
  await expect(own).toHaveAttribute('href', `#/masterplan/${KLATEN}`);

  await page.getByRole('tab', { name: /^Quick win kawasan/ }).click();
  await expect(page).toHaveURL(/#\/masterplan\?tab=quick-win$/);
  const living = page.getByRole('region', { name: 'Smart Living' });
  const livingWins = plans.flatMap(({ regionCode, plan }) =>
    plan.quickWins
      .filter((quickWin) => quickWin.pillarId === 'living')
      .map((quickWin) => ({ regionCode, quickWin })),
  );
  expect(livingWins.length).toBeGreaterThan(0);
  await expect(living.getByRole('listitem')).toHaveCount(livingWins.length);
  const [firstWin] = livingWins;
  if (!firstWin) throw new Error('no living quick win');
  await expect(living.getByRole('listitem').first()).toContainText(firstWin.quickWin.name);
  await expect(living.getByRole('listitem').first()).toContainText(regionName(firstWin.regionCode));
  await expect(living.getByRole('listitem').first()).toContainText(`${firstWin.quickWin.months} bulan`);
  await expectAccessible(page, 'quick wins tab', SCREEN_ONLY);
  await shoot(page, 'demo-quickwins-1366');

  await page.getByRole('tab', { name: /^Program bersama/ }).click();
  const groups = commonProgrammes(
    plans,
    demo.preset.pillars.map((pillar) => pillar.id),
  );
  expect(groups.length).toBeGreaterThan(2);
  await expect(page.getByRole('table', { name: /Kata yang sama/ })).toHaveCount(groups.length);
  const [top] = groups;
  if (!top) throw new Error('no common group');
  const topTable = page.getByRole('table', { name: /Kata yang sama/ }).first();
  for (const programme of top.programmes) {
    await expect(topTable).toContainText(programme.name);
    await expect(topTable).toContainText(regionName(programme.regionCode));
  }
  await expectAccessible(page, 'common programmes tab', SCREEN_ONLY);
  await shoot(page, 'demo-common-1366');

  // A projector and a phone: the same tabs, nothing cut off; the phone layout (stacked) is checked
  // with axe too. Tabs are switched in the page: a reload would re-sync all 25 documents each time.
  for (const width of [1024, 390] as const) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
    for (const [tab, slug] of [
      ['Kemajuan', 'progress'],
      ['Quick win kawasan', 'quick-win'],
      ['Program bersama', 'program-bersama'],
    ] as const) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      if (slug === 'progress')
        await expect(page.getByRole('figure', { name: 'Kesiapan per daerah' })).toBeVisible();
      if (width === 390) await expectAccessible(page, `${slug} at ${width}`, SCREEN_ONLY);
      await shoot(page, `demo-${slug}-${width}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `page wider than ${width}`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('tab', { name: /^Kemajuan/ }).click();
  await shoot(page, 'demo-progress-1366-top', false);
});

test('a region’s changes show live in the area view: stage badge, readiness mean, a quick win under its dimension, a common programme group', async ({
  browser,
  hub,
}) => {
  test.setTimeout(90_000);
  const demo = await seedDemo(hub.wsUrl);
  const wonosoboDoc = demo.regions.get(WONOSOBO) ?? null;
  const magelangDoc = demo.regions.get(KOTA_MAGELANG) ?? null;
  expect(planOf(wonosoboDoc ?? new Y.Doc(), WONOSOBO).programmes).toHaveLength(0);

  const coordinatorContext = await browser.newContext();
  const klatenContext = await browser.newContext();
  openContexts.push(coordinatorContext, klatenContext);
  await useProfile(coordinatorContext, AREA_COORDINATOR);
  await useProfile(klatenContext, KLATEN_EDITOR);
  const coordinator = await openArea(coordinatorContext, hub.httpUrl, 1024);
  const klaten = await openArea(klatenContext, hub.httpUrl, 1366, 'program-bersama');
  await expect(coordinator.getByRole('link', { name: /^Buka masterplan/ })).toHaveCount(0);

  const row = regionRow(coordinator, WONOSOBO);
  await expect(row.locator('[data-stage="1"]')).toHaveAttribute('data-status', 'belum');
  // A dash to see, the words for a screen reader.
  await expect(cell(row, 1)).toHaveText('–belum dinilai');

  await writeAsRegion(hub.wsUrl, WONOSOBO, wonosoboDoc, (doc, ctx) => {
    expectOk(setBimtekStage(doc, WONOSOBO, 1, { status: 'berjalan', start: '2025-04-01', end: null }, ctx));
    expectOk(scoreReadiness(doc, WONOSOBO, 'struktur', 'sdm', { score: 4, notes: '' }, ctx));
    return scoreReadiness(doc, WONOSOBO, 'struktur', 'keuangan', { score: 3, notes: '' }, ctx);
  });
  await expect(row.locator('[data-stage="1"]')).toHaveAttribute('data-status', 'berjalan');
  await expect(row.getByRole('img', { name: 'Tahap 1: Berjalan' })).toBeVisible();
  await expect(cell(row, 1)).toHaveText('3,5');
  await shoot(coordinator, 'live-progress-1024', false);

  await coordinator.getByRole('tab', { name: /^Quick win kawasan/ }).click();
  const society = coordinator.getByRole('region', { name: 'Smart Society' });
  await expect(society).toHaveCount(0);
  await writeAsRegion(hub.wsUrl, WONOSOBO, wonosoboDoc, (doc, ctx) =>
    setQuickWin(
      doc,
      WONOSOBO,
      'kelas-digital',
      {
        pillarId: 'society',
        name: 'Kelas literasi digital di perpustakaan desa',
        service: 'Perpustakaan desa',
        months: 8,
        impact: [{ label: 'Warga terlatih', unit: 'orang', expected: 1200, actual: null }],
      },
      ctx,
    ),
  );
  await expect(society.getByRole('listitem')).toHaveCount(1);
  await expect(society).toContainText('Kelas literasi digital di perpustakaan desa');
  await expect(society).toContainText('Kab. Wonosobo');
  await expect(society).toContainText('Target Warga terlatih: 1.200 orang');

  // Two regions, one dimension, alike names: a new group in Klaten's open "Program bersama" tab.
  const group = klaten.getByRole('table', { name: /ruang, kreatif, anak, muda/ });
  await expect(group).toHaveCount(0);
  const programme = (name: string) => ({
    pillarId: 'society',
    name,
    leadOpd: 'Dinas Kepemudaan dan Olahraga',
    rpjmdReference: '',
    horizon: 'satuTahun' as const,
    budget: { amount: null, source: '' },
    innovations: [],
    replicationPlans: [],
  });
  await writeAsRegion(hub.wsUrl, WONOSOBO, wonosoboDoc, (doc, ctx) =>
    setProgramme(doc, WONOSOBO, 'ruang-kreatif', programme('Ruang Kreatif Anak Muda'), ctx),
  );
  await writeAsRegion(hub.wsUrl, KOTA_MAGELANG, magelangDoc, (doc, ctx) =>
    setProgramme(
      doc,
      KOTA_MAGELANG,
      'ruang-kreatif',
      programme('Pengembangan Ruang Kreatif bagi Anak Muda Kota'),
      ctx,
    ),
  );
  await expect(group).toHaveCount(1);
  await expect(group).toContainText('Kab. Wonosobo');
  await expect(group).toContainText('Ruang Kreatif Anak Muda');
  await expect(group).toContainText('Kota Magelang');
  await expect(group).toContainText('Pengembangan Ruang Kreatif bagi Anak Muda Kota');
  await expectAccessible(klaten, 'common programmes after the change', SCREEN_ONLY);
  await shoot(klaten, 'live-common-1366');

  // The region editor's button opens the region's own plan.
  await klaten.getByRole('link', { name: 'Buka masterplan Kab. Klaten' }).click();
  await expect(klaten).toHaveURL(new RegExp(`#/masterplan/${KLATEN.replace('.', '\\.')}$`));
});

test('before any region starts, every tab says what to do', async ({ browser, hub }) => {
  const context = await browser.newContext();
  openContexts.push(context);
  await useProfile(context, VIEWER);
  const page = await openArea(context, hub.httpUrl, 1024);
  await expect(
    page.getByText(
      'Belum ada daerah yang mengisi masterplan. Editor daerah mengisi masterplan dari halaman daerahnya',
    ),
  ).toBeVisible();
  // Still every member region, each a way into its plan.
  await expect(page.getByRole('table', { name: TABLE }).getByRole('rowheader')).toHaveCount(25);
  await expect(page.getByRole('figure')).toHaveCount(0);
  await expectAccessible(page, 'empty progress tab', SCREEN_ONLY);
  await shoot(page, 'empty-progress-1024');

  await page.getByRole('tab', { name: /^Quick win kawasan/ }).click();
  await expect(page.getByText('Editor daerah menulis quick win pada tahap 4')).toBeVisible();
  await expectAccessible(page, 'empty quick wins tab', SCREEN_ONLY);

  await page.getByRole('tab', { name: /^Program bersama/ }).click();
  await expect(page.getByText('Editor daerah menulis program pada tahap 2')).toBeVisible();
  await expectAccessible(page, 'empty common programmes tab', SCREEN_ONLY);
  await page.setViewportSize({ width: 390, height: 844 });
  // Opened on a phone from a shared link: the selected tab is scrolled into view.
  await page.goto(`${hub.httpUrl}#/masterplan?tab=program-bersama`);
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Program bersama/ })).toBeInViewport({ ratio: 0.95 });
  await expect(page.getByText('Editor daerah menulis program pada tahap 2')).toBeVisible();
  await shoot(page, 'empty-common-390', false);
});
