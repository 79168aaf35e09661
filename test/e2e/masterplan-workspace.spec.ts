/**
 * A region's master plan workspace on the demo set: Klaten's editor records stage 1, a team member, a
 * readiness score, a programme built on another region's innovation and a quick win, and Kab.
 * Magelang's editor, with Klaten's plan open in another window, sees each appear without reloading —
 * and sees why they cannot change it, with no edit controls. Every tab passes axe; screenshots at
 * desktop, projector and phone widths go to /tmp/mpw/shots when MASTERPLAN_SHOTS is set.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';
import type { GeneratedArea } from '../../shared/model/demo/generate';
import { type Innovation, readInnovations } from '../../shared/model/innovation';
import { expectAccessible } from './axe';
import { expect, type RunningHub, test } from './fixtures';
import { MASTER_PLAN_TABS, MasterPlanPage } from './pages/master-plan';
// Named like a React hook but is not one; the alias keeps the hooks lint out of plain helpers.
import { AREA_COORDINATOR, KLATEN_EDITOR, MAGELANG_EDITOR, useProfile as withProfile } from './profile';
import { seedDemo } from './seed';

const KLATEN = '33.10';
const MAGELANG = '33.08';
/** The shell's header is checked by its own tests; these axe checks are about the workspace. */
const WORKSPACE_ONLY = { exclude: 'header' };
const SHOTS = process.env.MASTERPLAN_SHOTS;

const openContexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()));
});

async function openPlan(
  browser: Browser,
  hub: RunningHub,
  profile: Profile,
  regionCode: string,
  problems: string[],
  viewport = { width: 1366, height: 768 },
): Promise<MasterPlanPage> {
  const context = await browser.newContext({ viewport });
  openContexts.push(context);
  await withProfile(context, profile);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${profile.name} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${profile.name} pageerror: ${error.message}`));
  const plan = new MasterPlanPage(page);
  await plan.open(hub.httpUrl, regionCode);
  await expect(plan.heading).toHaveText('Masterplan Kab. Klaten');
  return plan;
}

/** One of Kab. Magelang's innovations: a programme in Klaten builds on another region's work. */
function magelangInnovation(demo: GeneratedArea): Innovation {
  const doc = demo.regions.get(MAGELANG);
  if (!doc) throw new Error('no Kab. Magelang document in the demo set');
  const [first] = readInnovations(doc, MAGELANG, MAGELANG, (problem) => {
    throw new Error(`demo data invalid: ${problem.problem}`);
  });
  if (!first) throw new Error('Kab. Magelang has no innovation in the demo set');
  return first;
}

test('Klaten fills its master plan; Kab. Magelang watches it live and cannot change it', async ({
  browser,
  hub,
}) => {
  const demo = await seedDemo(hub.wsUrl);
  const innovation = magelangInnovation(demo);
  const problems: string[] = [];
  const klaten = await openPlan(browser, hub, KLATEN_EDITOR, KLATEN, problems);
  const magelang = await openPlan(browser, hub, MAGELANG_EDITOR, KLATEN, problems);

  // Magelang reads Klaten's plan: the reason, and nothing to press or type.
  await expect(magelang.readOnlyNotice).toContainText('Hanya editor Kab. Klaten yang dapat mengubahnya');
  await expect(klaten.readOnlyNotice).toHaveCount(0);
  await expect(klaten.stage(1).getByRole('radio', { name: 'Berjalan' })).toBeAttached();

  // Stage 1: running, with dates; an end before the start is marked and not saved.
  await klaten.setStageStatus(1, 'Berjalan');
  await klaten.stage(1).getByLabel('Tanggal mulai tahap 1').fill('2026-02-02');
  await klaten.stage(1).getByLabel('Tanggal selesai tahap 1').fill('2026-01-15');
  await expect(klaten.stage(1).getByText('Tanggal selesai tidak boleh sebelum tanggal mulai')).toBeVisible();
  await klaten.stage(1).getByLabel('Tanggal selesai tahap 1').fill('2026-03-27');
  await expect(klaten.stage(1).getByText('Tanggal selesai tidak boleh')).toHaveCount(0);
  await expect(magelang.stage(1).getByText('Berjalan', { exact: true })).toBeVisible();
  await expect(magelang.stage(1)).toContainText('Periode: 2 Februari 2026 – 27 Maret 2026');
  await expect(magelang.progress).toHaveAccessibleName(/dari 4 tahap bimtek selesai/);
  await expect(magelang.editControls()).toHaveCount(0);

  // A team member.
  await Promise.all([klaten.showTab('Tim pelaksana'), magelang.showTab('Tim pelaksana')]);
  await klaten.page.getByRole('button', { name: 'Tambah anggota' }).click();
  await klaten.page
    .getByRole('textbox', { name: /^Nama anggota \d+$/ })
    .last()
    .fill('Ratna Uji Coba');
  await klaten.page
    .getByRole('textbox', { name: /^OPD anggota \d+$/ })
    .last()
    .fill('Dinas Perhubungan');
  await klaten.page
    .getByRole('textbox', { name: /^Peran anggota \d+$/ })
    .last()
    .fill('Anggota');
  await klaten.page.getByRole('button', { name: 'Simpan tim' }).click();
  const memberRow = magelang.page.getByRole('row', { name: /Ratna Uji Coba/ });
  await expect(memberRow).toContainText('Dinas Perhubungan');
  await expect(magelang.editControls()).toHaveCount(0);

  // A readiness score.
  await Promise.all([klaten.showTab('Kesiapan'), magelang.showTab('Kesiapan')]);
  await klaten.score('SDM', 2);
  await expect(klaten.scoreGroup('SDM').getByRole('radio', { name: '2' })).toBeChecked();
  const sdm = magelang.section('Struktur').getByText('SDM', { exact: true }).locator('xpath=../..');
  await expect(sdm).toContainText('Nilai 2 dari 5');
  await expect(magelang.page.getByRole('img', { name: /Grafik radar nilai kesiapan/ })).toBeVisible();
  await expect(magelang.editControls()).toHaveCount(0);

  // A programme under Smart Governance, built on one of Kab. Magelang's innovations.
  await Promise.all([klaten.showTab('Program'), magelang.showTab('Program')]);
  await klaten.page.getByRole('button', { name: 'Tambah program di Smart Governance' }).click();
  const programmeForm = klaten.dialog.getByRole('form', { name: 'Tambah program' });
  await programmeForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(programmeForm.getByLabel('Nama program')).toHaveAttribute('aria-invalid', 'true');
  await programmeForm.getByLabel('Nama program').fill('Dasbor Layanan Publik Terpadu');
  await programmeForm.getByLabel('OPD pengampu').fill('Diskominfo');
  await programmeForm.getByLabel('Rujukan RPJMD/Renstra').fill('RPJMD 2026–2031 Misi 1');
  await programmeForm.getByLabel('Anggaran (Rp)').fill('750000000');
  await programmeForm.getByLabel('Inovasi terkait').fill(innovation.name.slice(0, 12));
  const optionName = `${innovation.name} — Kab. Magelang`;
  await klaten.page.getByRole('option', { name: optionName }).click();
  await klaten.page.keyboard.press('Escape');
  await programmeForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(klaten.dialog).toHaveCount(0);
  const programme = magelang.entry('Dasbor Layanan Publik Terpadu');
  await expect(programme).toContainText('Pengampu: Diskominfo');
  await expect(programme).toContainText('Rp\u00a0750.000.000');
  await expect(programme.getByRole('link', { name: optionName })).toHaveAttribute(
    'href',
    `#/katalog/${MAGELANG}/${innovation.id}`,
  );
  await expect(magelang.section('Smart Governance')).toContainText('Dasbor Layanan Publik Terpadu');
  await expect(
    magelang.page.getByText(/^\d+ program, \d+ terhubung ke inovasi · total anggaran Rp/),
  ).toBeVisible();
  await expect(magelang.editControls()).toHaveCount(0);

  // A quick win under Smart Living, with an impact figure.
  await Promise.all([klaten.showTab('Quick win'), magelang.showTab('Quick win')]);
  await klaten.page.getByRole('button', { name: 'Tambah quick win di Smart Living' }).click();
  const quickWinForm = klaten.dialog.getByRole('form', { name: 'Tambah quick win' });
  await quickWinForm.getByLabel('Nama quick win').fill('Pendaftaran Puskesmas Lewat WhatsApp');
  await quickWinForm.getByRole('textbox', { name: 'Layanan yang dipertajam' }).fill('Pendaftaran puskesmas');
  await quickWinForm.getByRole('textbox', { name: 'Lama pengerjaan (bulan)' }).fill('9');
  await quickWinForm.getByRole('textbox', { name: 'Dampak 1', exact: true }).fill('Waktu tunggu');
  await quickWinForm.getByRole('textbox', { name: 'Satuan dampak 1', exact: true }).fill('menit');
  await quickWinForm.getByRole('textbox', { name: 'Target dampak 1', exact: true }).fill('30');
  await quickWinForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(klaten.dialog).toHaveCount(0);
  const quickWin = magelang.entry('Pendaftaran Puskesmas Lewat WhatsApp');
  await expect(quickWin).toContainText('9 bulan');
  await expect(quickWin.getByRole('row', { name: /Waktu tunggu/ })).toContainText('30 menit');
  await expect(quickWin.getByRole('row', { name: /Waktu tunggu/ })).toContainText('belum diukur');
  await expect(magelang.editControls()).toHaveCount(0);

  // Removing asks first; the reader sees the quick win go.
  await klaten.page.getByRole('button', { name: 'Hapus Pendaftaran Puskesmas Lewat WhatsApp' }).click();
  const confirmRemove = klaten.page.getByRole('dialog', { name: 'Hapus quick win?' });
  await expect(confirmRemove.getByRole('button', { name: 'Batal' })).toBeFocused();
  await confirmRemove.getByRole('button', { name: 'Hapus' }).click();
  await expect(quickWin).toHaveCount(0);

  // The stage cards count what was entered.
  await Promise.all([klaten.showTab('Tahapan'), magelang.showTab('Tahapan')]);
  await expect(magelang.stage(3)).toContainText(/\d+ program terhubung ke inovasi/);
  await expect(magelang.stage(4)).toContainText(/\d+ quick win tercatat/);
  expect(problems).toEqual([]);
});

test('every tab passes axe for the editor, and the reading views for a reader', async ({ browser, hub }) => {
  // Whole-page axe runs on the demo set's fullest plan take longer than the default minute.
  test.setTimeout(240_000);
  await seedDemo(hub.wsUrl);
  const problems: string[] = [];
  const klaten = await openPlan(browser, hub, KLATEN_EDITOR, KLATEN, problems);
  const magelang = await openPlan(browser, hub, MAGELANG_EDITOR, KLATEN, problems);
  // Every tab as the editor sees it (all the controls); as a reader, the tabs whose reading view is
  // its own component rather than the editor's controls disabled.
  const runs = [
    ...MASTER_PLAN_TABS.map((tab) => ['editor', klaten, tab] as const),
    ...(['Tahapan', 'Tim pelaksana'] as const).map((tab) => ['reader', magelang, tab] as const),
  ];
  for (const [who, plan, tab] of runs) {
    await plan.showTab(tab);
    await expect(plan.page.getByRole('tabpanel')).toBeVisible();
    await expectAccessible(plan.page, `${tab} (${who})`, WORKSPACE_ONLY);
  }
  // The programme dialog, with its searchable innovation list.
  await klaten.showTab('Program');
  await klaten.page.getByRole('button', { name: 'Tambah program di Smart Economy' }).click();
  await expect(klaten.dialog).toBeVisible();
  await expectAccessible(klaten.page, 'programme dialog', { include: '[role="dialog"]' });
  if (SHOTS) await klaten.page.screenshot({ path: `${SHOTS}/program-dialog-1366.png` });
  await klaten.page.keyboard.press('Escape');

  expect(problems).toEqual([]);
});

test('a region without a plan yet: empty states, and why a coordinator only reads it', async ({
  browser,
  hub,
}) => {
  await seedDemo(hub.wsUrl);
  const problems: string[] = [];
  // Kota Magelang (33.71) has no master plan in the demo set; the area coordinator reads it.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  openContexts.push(context);
  await withProfile(context, AREA_COORDINATOR);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const plan = new MasterPlanPage(page);
  await page.goto(`${hub.httpUrl}#/masterplan/33.71`);
  await expect(plan.heading).toHaveText('Masterplan Kota Magelang');
  await expect(plan.progress).toHaveAccessibleName('0 dari 4 tahap bimtek selesai');
  await expect(plan.readOnlyNotice).toHaveText(
    'Anda dapat membaca masterplan ini. Hanya editor Kota Magelang yang dapat mengubahnya.',
  );
  await expect(plan.stage(1).getByRole('link', { name: 'Lihat kesiapan' })).toBeVisible();
  await expect(plan.stage(1)).toContainText('0/9 subelemen dinilai');
  await plan.showTab('Kesiapan');
  await expect(page.getByText('Belum ada yang dinilai')).toBeVisible();
  await plan.showTab('Tim pelaksana');
  await expect(page.getByText('Daerah ini belum mencatat tim pelaksananya.')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/empty-team-1366.png`, fullPage: true });
  await plan.showTab('Kesiapan');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/empty-readiness-1366.png`, fullPage: true });
  await page.goto(`${hub.httpUrl}#/masterplan/99.99`);
  await expect(page.getByRole('heading', { name: 'Daerah ini tidak ada di kawasan' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('screenshots of every tab at desktop, projector and phone widths', async ({ browser, hub }) => {
  test.skip(!SHOTS, 'set MASTERPLAN_SHOTS to a folder to take them');
  test.setTimeout(240_000);
  await seedDemo(hub.wsUrl);
  const problems: string[] = [];
  const klaten = await openPlan(browser, hub, KLATEN_EDITOR, KLATEN, problems);
  const magelang = await openPlan(browser, hub, MAGELANG_EDITOR, KLATEN, problems);
  const sizes = [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ];
  const slug = (tab: string) => tab.toLowerCase().replace(/\s+/g, '-');
  for (const size of sizes) {
    for (const [who, plan] of [
      ['editor', klaten],
      ['reader', magelang],
    ] as const) {
      await plan.page.setViewportSize(size);
      for (const tab of MASTER_PLAN_TABS) {
        await plan.showTab(tab);
        await plan.page.waitForTimeout(300);
        await plan.page.screenshot({
          path: `${SHOTS}/${slug(tab)}-${who}-${size.width}.png`,
          fullPage: true,
        });
      }
    }
  }
  expect(problems).toEqual([]);
});
