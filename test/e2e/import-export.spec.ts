/**
 * Importing innovations from a sheet (CSV and XLSX) and exporting the current catalog view, through
 * what a region editor sees: the toolbar buttons, the import dialog's steps and report, the files
 * the browser downloads.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { catalogTable } from '../../shared/catalog/export';
import { readInnovations } from '../../shared/model/innovation';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { KLATEN_EDITOR, useProfile } from './profile';
import { seedDemo } from './seed';

const HEADER = ['Nama Inovasi', 'OPD', 'Tahapan', 'Dimensi', 'Waktu Uji Coba', 'Anggaran'];
const GOOD_FIRST = [
  'Antrean Puskesmas Daring',
  'Dinas Kesehatan',
  'Penerapan',
  'Smart Living',
  '27/11/2021',
  'Rp 150.000.000',
];
const GOOD_LAST = ['Lapak UMKM Klaten', 'Dinas Koperasi dan UKM', 'Inisiatif', 'Smart Economy', '', ''];
const FIXED = ['Lapor Bupati Klaten', 'Diskominfo', 'Uji coba', 'Smart Governance', '', ''];

function csv(rows: readonly (readonly string[])[]): Buffer {
  // As Indonesian Excel saves "CSV UTF-8": a byte-order mark and ';' between cells.
  return Buffer.from(`\uFEFF${rows.map((row) => row.join(';')).join('\r\n')}\r\n`, 'utf8');
}

async function xlsx(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Inovasi');
  for (const row of rows) {
    // Dates as real date cells and the budget as a number, as a person typing into Excel gets them.
    sheet.addRow(
      row.map((cell, i) => {
        const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell);
        if (HEADER[i] === 'Waktu Uji Coba' && date)
          return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
        if (HEADER[i] === 'Anggaran' && cell.startsWith('Rp')) return Number(cell.replace(/\D/g, ''));
        return cell;
      }),
    );
  }
  sheet.getColumn(5).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

class ImportDialog {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Impor inovasi dari lembar kerja' });
  }
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Impor', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }
  async choose(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.dialog.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  }
  problemRow(column: string): Locator {
    return this.dialog
      .getByRole('table', { name: 'Masalah per baris' })
      .getByRole('row')
      .filter({ hasText: column });
  }
  importButton(count: number): Locator {
    return this.dialog.getByRole('button', { name: `Impor ${count} inovasi` });
  }
}

const catalogCount = (page: Page) => page.getByTestId('catalog-count');

const FORMATS = [
  {
    kind: 'CSV',
    file: 'inovasi-klaten.csv',
    mimeType: 'text/csv',
    build: async (rows: readonly (readonly string[])[]) => csv(rows),
  },
  {
    kind: 'XLSX',
    file: 'inovasi-klaten.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: xlsx,
  },
] as const;

for (const format of FORMATS) {
  test(`imports a ${format.kind} sheet only once every row is right`, async ({ page, hub }) => {
    await useProfile(page, KLATEN_EDITOR);
    await page.goto(`${hub.httpUrl}#/katalog`);
    await expect(catalogCount(page)).toHaveAttribute('data-count', '0');
    const importer = new ImportDialog(page);
    await importer.open();

    // Not a spreadsheet: a clear message, and the dialog stays on the first step.
    await importer.choose('foto.csv', 'text/csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await expect(importer.dialog.getByRole('alert')).toContainText('foto.csv bukan lembar kerja');

    // Row 3: no name and a stage nobody knows.
    const broken = [HEADER, GOOD_FIRST, ['', 'Diskominfo', 'Selesai', 'Smart Governance', '', ''], GOOD_LAST];
    await importer.choose(format.file, format.mimeType, await format.build(broken));
    // The xlsx reader is a separate ~1 MB chunk: on a busy machine its first load can take a while.
    await expect(importer.dialog.getByLabel('Nama inovasi')).toHaveValue('Kolom A · Nama Inovasi', {
      timeout: 20_000,
    });
    await expect(importer.dialog.getByLabel('Tahapan')).toHaveValue('Kolom C · Tahapan');
    await expectAccessible(page, 'mapping step', { include: '[role="dialog"]' });
    await importer.dialog.getByRole('button', { name: 'Periksa baris' }).click();

    await expect(importer.dialog.getByText('2 baris siap diimpor')).toBeVisible();
    await expect(importer.problemRow('Nama inovasi').getByRole('cell').first()).toHaveText('3');
    await expect(importer.problemRow('Nama inovasi')).toContainText('Wajib diisi');
    await expect(importer.problemRow('Tahapan').getByRole('cell').first()).toHaveText('3');
    await expect(importer.problemRow('Tahapan')).toContainText('"Selesai" bukan tahapan');
    await expect(
      importer.dialog.getByText(/Tidak ada yang diimpor sebelum semua masalah diperbaiki/),
    ).toBeVisible();
    await expect(importer.importButton(2)).toBeDisabled();
    await expect(catalogCount(page)).toHaveAttribute('data-count', '0');

    // Fixed in Excel and chosen again: same columns, so straight to the check.
    await importer.choose(
      format.file,
      format.mimeType,
      await format.build([HEADER, GOOD_FIRST, FIXED, GOOD_LAST]),
    );
    await expect(importer.dialog.getByText('Tidak ada masalah: semua baris siap diimpor.')).toBeVisible();
    await importer.importButton(3).click();

    await expect(page.getByText('3 inovasi diimpor ke Kab. Klaten.')).toBeVisible();
    await expect(importer.dialog).toBeHidden();
    await expect(catalogCount(page)).toHaveAttribute('data-count', '3');
    for (const name of ['Antrean Puskesmas Daring', 'Lapor Bupati Klaten', 'Lapak UMKM Klaten'])
      await expect(page.getByText(name).first()).toBeVisible();
  });
}

test('exports exactly the filtered view as XLSX and CSV', async ({ page, hub }) => {
  const demo = await seedDemo(hub.wsUrl);
  const klaten = demo.regions.get('33.10');
  if (!klaten) throw new Error('demo set has no Klaten');
  const expected = readInnovations(klaten, '33.10', '33.10', () => undefined).length;
  await useProfile(page, KLATEN_EDITOR);
  await page.goto(`${hub.httpUrl}#/katalog?regions=33.10`);
  await expect(catalogCount(page)).toHaveAttribute('data-count', String(expected));
  const exportHeader = catalogTable([], { regionName: (code) => code, pillarName: (id) => id })[0];

  const exportAs = async (item: string) => {
    await page.getByRole('button', { name: 'Ekspor' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: item }).click(),
    ]);
    return download;
  };

  const xlsxDownload = await exportAs('Excel (.xlsx)');
  expect(xlsxDownload.suggestedFilename()).toMatch(
    /^katalog-inovasi-kspn-borobudur-\d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsxDownload.path());
  const sheet = workbook.getWorksheet('Katalog inovasi');
  if (!sheet) throw new Error('no "Katalog inovasi" sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(exportHeader);
  expect(sheet.actualRowCount - 1).toBe(expected);
  const regions = new Set<unknown>();
  sheet.eachRow((row, n) => {
    if (n > 1) regions.add(row.getCell(1).value);
  });
  expect([...regions]).toEqual(['Kab. Klaten']);

  // Export → import round-trips: the exported sheet is read back with no problem, and the dialog
  // warns that these names already exist rather than importing duplicates unannounced.
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.choose(
    xlsxDownload.suggestedFilename(),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    await readFile(await xlsxDownload.path()),
  );
  await importer.dialog.getByRole('button', { name: 'Periksa baris' }).click();
  await expect(importer.dialog.getByText(`${expected} baris siap diimpor`)).toBeVisible();
  await expect(importer.dialog.getByText('Tidak ada masalah: semua baris siap diimpor.')).toBeVisible();
  await expect(importer.dialog.getByText(/sudah ada di katalog Kab\. Klaten/)).toBeVisible();
  await importer.dialog.getByRole('button', { name: 'Tutup impor' }).click();
  await expect(importer.dialog).toBeHidden();

  const csvDownload = await exportAs('CSV (.csv)');
  expect(csvDownload.suggestedFilename()).toMatch(/^katalog-inovasi-kspn-borobudur-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await csvDownload.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.data[0]).toEqual(exportHeader);
  expect(parsed.data).toHaveLength(expected + 1);
});

test('a viewer may export but not import; an empty view cannot be exported', async ({ page, hub }) => {
  await useProfile(page, { ...KLATEN_EDITOR, role: 'viewer', region: null });
  await page.goto(`${hub.httpUrl}#/katalog`);
  await expect(catalogCount(page)).toHaveAttribute('data-count', '0');
  const exportButton = page.getByRole('button', { name: 'Ekspor' });
  await expect(exportButton).toHaveAttribute('aria-disabled', 'true');
  await exportButton.hover();
  await expect(page.getByRole('tooltip')).toHaveText(/Tidak ada inovasi di tampilan ini/);
  await exportButton.click({ force: true });
  await expect(page.getByRole('menuitem', { name: 'Excel (.xlsx)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Impor', exact: true })).toHaveCount(0);
});
