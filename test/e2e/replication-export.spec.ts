/**
 * A replication plan exported: its print route as the adopting region's official document, printed to
 * PDF by Chromium and read back as text; and the plan as an Excel workbook, downloaded and read back.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { type ReplicationPlan, readReplicationPlans } from '../../shared/model/replication-plan';
import { readReplicationSupport } from '../../shared/model/replication-support';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { MAGELANG_EDITOR, useProfile } from './profile';
import { seedDemo } from './seed';

const run = promisify(execFile);

/** Kota Magelang: its letterhead says KOTA, where Kab. Magelang's says KABUPATEN. */
const ADOPTER = '33.71';

async function demoPlan(wsUrl: string) {
  const demo = await seedDemo(wsUrl);
  const doc = demo.regions.get(ADOPTER);
  if (!doc) throw new Error(`no demo document for ${ADOPTER}`);
  const plans = readReplicationPlans(doc, ADOPTER, ADOPTER, () => undefined);
  // An evaluated plan has milestones, figures and (in the demo) the source region's support.
  const plan = plans.find((p) => p.stage === 'evaluasi' && p.milestones.length > 0);
  if (!plan) throw new Error(`the demo has no evaluated plan of ${ADOPTER}`);
  const sourceDoc = demo.regions.get(plan.source.regionCode);
  const support = sourceDoc
    ? readReplicationSupport(sourceDoc, 'source', plan.source.regionCode, () => undefined).get(
        `${ADOPTER}/${plan.id}`,
      )
    : undefined;
  return { plan, confirmed: support?.confirmed === true };
}

const printPath = (plan: ReplicationPlan) => `#/cetak/replikasi/${plan.adopterCode}/${plan.id}`;

test('a plan prints as the adopting region’s document, to PDF', async ({ page, hub }, testInfo) => {
  const { plan, confirmed } = await demoPlan(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(hub.httpUrl + printPath(plan));

  await expect(page.getByRole('heading', { name: 'RENCANA REPLIKASI INOVASI', level: 1 })).toBeVisible();
  await expect(page.getByText('PEMERINTAH KOTA MAGELANG')).toBeVisible();
  await expect(page.getByText('Kawasan Strategis Pariwisata Nasional Borobudur')).toBeVisible();
  // Outside the app's frame: none of its navigation, only the print toolbar.
  await expect(page.getByRole('link', { name: 'Katalog' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kembali' })).toBeVisible();
  await expectAccessible(page, 'print page');

  await page.emulateMedia({ media: 'print' });
  const pdfPath = testInfo.outputPath('rencana-replikasi.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  const { stdout } = await run('pdftotext', [pdfPath, '-']);
  const text = stdout.replace(/\s+/g, ' ');

  expect(text).toContain('PEMERINTAH KOTA MAGELANG');
  expect(text).toContain('Kawasan Strategis Pariwisata Nasional Borobudur');
  expect(text).toContain('RENCANA REPLIKASI INOVASI');
  expect(text).toContain(plan.source.innovationName);
  for (const milestone of plan.milestones) expect(text).toContain(milestone.title);
  for (const figure of plan.evaluation) expect(text).toContain(figure.indicator);
  expect(text).toContain(`Dukungan daerah asal ${confirmed ? 'Dikonfirmasi' : 'Belum dikonfirmasi'}`);
  // The running footer and page numbers come from the @page margin boxes.
  expect(text).toMatch(/Dicetak dari Rembug, \d{1,2} \w+ \d{4}/);
  expect(text).toMatch(/Halaman 1 dari \d/);
  // The toolbar is for the screen only.
  expect(text).not.toContain('Cetak / Simpan PDF');
  expect(text).not.toContain('Unduh Excel');
});

test('a plan downloads as an Excel workbook from its print page', async ({ page, hub }) => {
  const { plan } = await demoPlan(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(hub.httpUrl + printPath(plan));
  await expect(page.getByRole('heading', { name: 'RENCANA REPLIKASI INOVASI' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rencana-replikasi-[a-z0-9-]+-kota-magelang\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Rencana', 'Tonggak', 'Evaluasi']);

  const facts = workbook.getWorksheet('Rencana');
  const labels = new Map<string, ExcelJS.CellValue>();
  facts?.eachRow((row) => {
    labels.set(String(row.getCell(1).value), row.getCell(2).value);
  });
  expect(labels.get('Daerah replikator')).toBe('Kota Magelang');
  expect(labels.get('Tahap')).toBe('Evaluasi');
  expect(labels.get('Anggaran')).toBe(plan.budget.amount);

  const milestones = workbook.getWorksheet('Tonggak');
  expect(milestones?.rowCount).toBe(plan.milestones.length + 1);
  plan.milestones.forEach((milestone, index) => {
    const row = milestones?.getRow(index + 2);
    expect(row?.getCell(2).value).toBe(milestone.title);
    const due = row?.getCell(4).value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe(milestone.dueDate);
  });

  const evaluation = workbook.getWorksheet('Evaluasi');
  expect(evaluation?.getRow(2).getCell(1).value).toBe(plan.evaluation[0]?.indicator);
  expect(evaluation?.getRow(2).getCell(3).value).toBe(plan.evaluation[0]?.before);

  // Opened on its own (no page before it in this tab), "Kembali" leads to the plan's page.
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page).toHaveURL(new RegExp(`#/replikasi/${plan.adopterCode}/${plan.id}$`));
});

test('a print route of a plan that is not there says so and leads back', async ({ page, hub }) => {
  await seedDemo(hub.wsUrl);
  await useProfile(page, MAGELANG_EDITOR);
  await page.goto(`${hub.httpUrl}#/cetak/replikasi/${ADOPTER}/tidak-ada`);
  await expect(page.getByRole('heading', { name: 'Rencana replikasi tidak ditemukan' })).toBeVisible();
  await page.getByRole('link', { name: 'Ke daftar replikasi' }).click();
  await expect(page).toHaveURL(/#\/replikasi$/);
});
