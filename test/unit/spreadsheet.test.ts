import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_SHEET_NAME,
  catalogWorkbook,
  columnLetter,
  csvDelimiter,
  MAX_SHEET_ROWS,
  readSheet,
  type SheetRead,
  type SheetTable,
} from '../../renderer/src/catalog/spreadsheet.js';
import { catalogTable, type ExportContext } from '../../shared/catalog/export.js';
import { guessMapping, previewImport } from '../../shared/catalog/import.js';
import { generateArea } from '../../shared/model/demo/index.js';
import { type Innovation, readInnovations } from '../../shared/model/innovation.js';
import { DEFAULT_PILLARS } from '../../shared/model/presets.js';

const { regions } = generateArea('demo');
const catalog: Innovation[] = [...regions].flatMap(([code, ydoc]) =>
  readInnovations(ydoc, code, code, () => undefined),
);
const ctx: ExportContext = {
  regionName: (code) => code,
  pillarName: (id) => DEFAULT_PILLARS.find((p) => p.id === id)?.name ?? id,
};

const bytesOf = (data: Uint8Array): ArrayBuffer =>
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
const text = (value: string): ArrayBuffer => bytesOf(new TextEncoder().encode(value));

function table(read: SheetRead): SheetTable {
  if (!read.ok) throw new Error(`expected a table, got ${JSON.stringify(read.error)}`);
  return read.value;
}

async function xlsx(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Lembar1'), workbook);
  return bytesOf(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const isoToLocal = (cell: string) => cell.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

describe('catalog workbook', () => {
  it('reads back through the reader into the same rows (dates as dd/mm/yyyy)', async () => {
    const exported = catalogTable(catalog, ctx);
    const read = table(await readSheet('katalog.xlsx', bytesOf(await catalogWorkbook(exported))));
    const [header, ...rows] = exported;
    expect(read.header).toEqual(header);
    expect(read.sheetName).toBe(CATALOG_SHEET_NAME);
    expect(read.headerRow).toBe(1);
    expect(read.rows).toEqual(rows.map((row) => row.map(isoToLocal)));
    // …and the import takes them as they were: export → import is lossless for the catalog fields.
    const preview = previewImport(read.rows, guessMapping(read.header), DEFAULT_PILLARS);
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((r) => [r.fields.name, r.fields.trialDate, r.fields.budget.amount])).toEqual(
      catalog.map((i) => [i.name, i.trialDate, i.budget.amount]),
    );
  });

  it('has a bold frozen header with a filter, date cells and a Rupiah number', async () => {
    const exported = catalogTable(catalog.slice(0, 5), ctx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(await catalogWorkbook(exported)));
    const sheet = workbook.getWorksheet(CATALOG_SHEET_NAME);
    if (!sheet) throw new Error('no catalog sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const header = exported[0] ?? [];
    const column = (name: string) => header.indexOf(name) + 1;
    const withTrial = catalog.slice(0, 5).findIndex((i) => i.trialDate !== null);
    const trial = sheet.getRow(withTrial + 2).getCell(column('Waktu Uji Coba'));
    expect(trial.value).toBeInstanceOf(Date);
    expect(trial.numFmt).toBe('dd/mm/yyyy');
    const withBudget = catalog.slice(0, 5).findIndex((i) => i.budget.amount !== null);
    const budget = sheet.getRow(withBudget + 2).getCell(column('Anggaran'));
    expect(typeof budget.value).toBe('number');
    expect(budget.numFmt).toContain('Rp');
    for (let c = 1; c <= header.length; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8);
  });
});

describe('reading xlsx', () => {
  it('turns cells into what offices type: dates, numbers, rich text, formulas, yes/no', async () => {
    const data = await xlsx((sheet) => {
      sheet.addRow(['Nama Inovasi', 'Waktu Uji Coba', 'Anggaran', 'Jenis', 'Tautan']);
      sheet.addRow([
        { richText: [{ text: 'Sistem ' }, { font: { bold: true }, text: 'Antrean' }] },
        new Date(Date.UTC(2021, 10, 27)),
        150_000_000,
        true,
        { text: 'https://klaten.go.id', hyperlink: 'https://klaten.go.id' },
      ]);
      sheet.addRow([
        'Rekap',
        { formula: 'DATE(2022,1,5)', result: new Date(Date.UTC(2022, 0, 5)) },
        1_500_000.5,
      ]);
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      sheet.getCell('B3').numFmt = 'd mmmm yyyy';
      sheet.getCell('C3').value = { formula: 'C2/100', result: 1_500_000.5 };
    });
    const read = table(await readSheet('daftar.xlsx', data));
    expect(read.rows).toEqual([
      ['Sistem Antrean', '27/11/2021', '150000000', 'Ya', 'https://klaten.go.id'],
      ['Rekap', '05/01/2022', '1500000,5', '', ''],
    ]);
  });

  it('takes the first worksheet with data, skips blank rows and keeps sheet row numbers', async () => {
    const data = await xlsx((sheet, workbook) => {
      // The first sheet is empty: the data is on the second, below two blank rows.
      workbook.removeWorksheet(sheet.id);
      workbook.addWorksheet('Kosong');
      const second = workbook.addWorksheet('Data');
      second.getCell('A3').value = 'Nama Inovasi';
      second.getCell('B3').value = 'OPD';
      second.getCell('A4').value = 'Satu';
      second.getCell('A6').value = 'Dua';
      second.getCell('A900').font = { bold: true };
      second.getCell('Z3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    const read = table(await readSheet('data.xlsx', data));
    expect(read.sheetName).toBe('Data');
    // Formatting alone (a styled row far below, a styled column far right) adds no rows or columns.
    expect(read.header).toEqual(['Nama Inovasi', 'OPD']);
    expect(read.headerRow).toBe(3);
    // Row 5 is blank; it stays (blank) so that "row 6" still means sheet row 6.
    expect(read.rows).toEqual([
      ['Satu', ''],
      ['', ''],
      ['Dua', ''],
    ]);
  });
});

describe('reading csv', () => {
  it("reads ';' with a byte-order mark, quoted cells and commas inside cells", async () => {
    const csv =
      '\uFEFFNama Inovasi;OPD;Dimensi;Anggaran\r\n' +
      'Sistem Antrean;Dinas Kesehatan;Smart Governance, Smart Living;Rp 150.000.000\r\n' +
      '"Lapor; Bupati";"Dinas ""Kominfo""";Smart Society;\r\n';
    const read = table(await readSheet('daftar.csv', text(csv)));
    expect(read.header).toEqual(['Nama Inovasi', 'OPD', 'Dimensi', 'Anggaran']);
    expect(read.rows).toEqual([
      ['Sistem Antrean', 'Dinas Kesehatan', 'Smart Governance, Smart Living', 'Rp 150.000.000'],
      ['Lapor; Bupati', 'Dinas "Kominfo"', 'Smart Society', ''],
    ]);
  });

  it("reads ',' without a BOM, and Excel's Windows-1252 CSV", async () => {
    const comma = table(await readSheet('a.csv', text('Nama Inovasi,OPD\nKafé Literasi,Dinas Arsip\n')));
    expect(comma.rows).toEqual([['Kafé Literasi', 'Dinas Arsip']]);
    const latin1 = new Uint8Array([...new TextEncoder().encode('Nama Inovasi;OPD\nKaf'), 0xe9, 0x3b, 0x44]);
    expect(table(await readSheet('b.csv', bytesOf(latin1))).rows).toEqual([['Kafé', 'D']]);
  });

  it('guesses the delimiter from the header line', () => {
    expect(csvDelimiter('Nama;OPD;Tahapan\na,b;c')).toBe(';');
    expect(csvDelimiter('Nama,OPD\n')).toBe(',');
    expect(csvDelimiter('"Nama, lengkap";OPD\n')).toBe(';');
    expect(csvDelimiter('Nama\tOPD\n')).toBe('\t');
  });
});

describe('malformed files are error values', () => {
  const error = async (name: string, data: ArrayBuffer) => {
    const read = await readSheet(name, data);
    return read.ok ? null : read.error;
  };

  it('corrupt or foreign bytes', async () => {
    expect(await error('daftar.xlsx', text('ini bukan zip'))).toEqual({ kind: 'corrupt' });
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(200).fill(7)]);
    expect(await error('daftar.xlsx', bytesOf(brokenZip))).toEqual({ kind: 'corrupt' });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await error('lama.xls', bytesOf(ole))).toEqual({ kind: 'legacyXls' });
    expect(await error('foto.png', bytesOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])))).toEqual({
      kind: 'notSpreadsheet',
    });
    expect(await error('foto.csv', bytesOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])))).toEqual({
      kind: 'notSpreadsheet',
    });
    expect(await error('x.csv', text('Nama Inovasi;OPD\n"tidak ditutup;x\n'))).toEqual({ kind: 'corrupt' });
  });

  it('empty sheet, header only, no header', async () => {
    expect(await error('kosong.xlsx', await xlsx(() => undefined))).toEqual({ kind: 'empty' });
    expect(await error('kosong.csv', text('\uFEFF\r\n;;\r\n'))).toEqual({ kind: 'empty' });
    expect(await error('judul.csv', text('Nama Inovasi;OPD;Tahapan\n'))).toEqual({ kind: 'noRows' });
    const noHeader = await xlsx((sheet) => {
      sheet.addRow(['Sistem Antrean', 'Dinas Kesehatan', 'penerapan']);
      sheet.addRow(['Lapor Bupati', 'Diskominfo', 'uji coba']);
    });
    expect(await error('data.xlsx', noHeader)).toEqual({ kind: 'noHeader' });
  });

  it('too many rows, too many bytes', async () => {
    const rows = Array.from({ length: MAX_SHEET_ROWS + 1 }, (_, i) => `Inovasi ${i};Dinas`).join('\n');
    expect(await error('besar.csv', text(`Nama Inovasi;OPD\n${rows}\n`))).toEqual({
      kind: 'tooManyRows',
      rows: MAX_SHEET_ROWS + 1,
      max: MAX_SHEET_ROWS,
    });
    const manyXlsx = await xlsx((sheet) => {
      sheet.addRow(['Nama Inovasi']);
      for (let i = 0; i <= MAX_SHEET_ROWS; i++) sheet.addRow([`Inovasi ${i}`]);
    });
    expect(await error('besar.xlsx', manyXlsx)).toMatchObject({ kind: 'tooManyRows' });
    const strayValue = await xlsx((sheet) => {
      sheet.addRow(['Nama Inovasi', 'OPD']);
      sheet.addRow(['Satu', 'Dinas']);
      sheet.getCell('A100000').value = 'x';
    });
    expect(await error('jauh.xlsx', strayValue)).toEqual({
      kind: 'tooManyRows',
      rows: 99_999,
      max: MAX_SHEET_ROWS,
    });
    expect(await error('raksasa.csv', new ArrayBuffer(10 * 1024 * 1024 + 1))).toEqual({
      kind: 'tooLarge',
      maxMb: 10,
    });
  });
});

it('names columns as the spreadsheet does', () => {
  expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
});
