/**
 * Spreadsheet files ↔ tables of strings, with no UI: reading an .xlsx or .csv into a header and rows
 * of the text an office would have typed (what shared/catalog/import.ts parses), and writing a
 * catalog table as an .xlsx workbook. Every malformed file is an error value, never a throw.
 *
 * exceljs is loaded on first use: it is most of a megabyte, and most visits never touch a file.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import Papa from 'papaparse';
import { guessMapping, type ImportColumn } from '../../../shared/catalog/import';

export const MAX_SHEET_BYTES = 10 * 1024 * 1024;
export const MAX_SHEET_ROWS = 5000;

export type SheetProblem =
  | { kind: 'notSpreadsheet' }
  | { kind: 'legacyXls' }
  | { kind: 'tooLarge'; maxMb: number }
  | { kind: 'corrupt' }
  /** The xlsx reader is loaded on demand and its download failed (a browser on a flaky network). */
  | { kind: 'readerUnavailable' }
  | { kind: 'empty' }
  | { kind: 'noRows' }
  | { kind: 'noHeader' }
  | { kind: 'tooManyRows'; rows: number; max: number };

export interface SheetTable {
  header: string[];
  /**
   * The rows below the header, each as wide as the header. Blank rows in between stay (as blank
   * rows) so that index + 2 is still the row number the spreadsheet shows.
   */
  rows: string[][];
  /** 1-based row of the header in the sheet (rows above it were blank). */
  headerRow: number;
  /** The worksheet read, for an .xlsx; null for a .csv. */
  sheetName: string | null;
}

export type SheetRead = { ok: true; value: SheetTable } | { ok: false; error: SheetProblem };

const fail = (error: SheetProblem): SheetRead => ({ ok: false, error });

let excelJs: Promise<typeof import('exceljs')> | null = null;

/** exceljs, loaded once; dialogs preload it as they open so a chosen file is read without waiting. */
export function loadExcelJs(): Promise<typeof import('exceljs')> {
  excelJs ??= import('exceljs').then(
    // A CommonJS module: Node puts it under `default`; some bundles hand the namespace itself.
    (loaded) => ('default' in loaded ? loaded.default : loaded),
    (error: unknown) => {
      // A failed chunk download (flaky venue Wi-Fi) is not cached here: the next use tries again.
      excelJs = null;
      throw error;
    },
  );
  return excelJs;
}

/** Loads exceljs ahead of need; a failure here is reported when the file is actually read or written. */
export function preloadExcelJs(): void {
  loadExcelJs().catch((error: unknown) =>
    console.warn('preloading exceljs failed; will retry on use', error),
  );
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE container of Excel 97–2003 .xls files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads the first worksheet with data of an .xlsx, or a .csv; decided by content, then by name. */
export async function readSheet(fileName: string, data: ArrayBuffer): Promise<SheetRead> {
  if (data.byteLength > MAX_SHEET_BYTES)
    return fail({ kind: 'tooLarge', maxMb: MAX_SHEET_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(data);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(data);
  if (startsWith(bytes, OLE_MAGIC))
    return fail({ kind: extension === 'xls' ? 'legacyXls' : 'notSpreadsheet' });
  if (extension === 'xlsx') return fail({ kind: 'corrupt' });
  if (extension === 'csv' || extension === 'txt') return readCsv(bytes);
  return fail({ kind: 'notSpreadsheet' });
}

async function readXlsx(data: ArrayBuffer): Promise<SheetRead> {
  let ExcelJS: typeof import('exceljs');
  try {
    ExcelJS = await loadExcelJs();
  } catch (error) {
    console.warn('the xlsx reader could not be loaded', error);
    return fail({ kind: 'readerUnavailable' });
  }
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    // A truncated download, a password-protected file or a zip that is no workbook: all "unreadable".
    console.warn('xlsx could not be read', error);
    return fail({ kind: 'corrupt' });
  }
  if (workbook.worksheets.length === 0) return fail({ kind: 'notSpreadsheet' });
  const withData = (sheet: Worksheet) => sheet.actualRowCount > 0;
  const sheet =
    workbook.worksheets.find((ws) => ws.state === 'visible' && withData(ws)) ??
    workbook.worksheets.find(withData);
  if (!sheet) return fail({ kind: 'empty' });
  // Checked before converting: a sheet formatted down to row 1,048,576 should not be walked.
  if (sheet.actualRowCount - 1 > MAX_SHEET_ROWS)
    return fail({ kind: 'tooManyRows', rows: sheet.actualRowCount - 1, max: MAX_SHEET_ROWS });
  const filled: { number: number; cells: string[] }[] = [];
  // Only rows and cells holding a value: formatting alone can reach the sheet's last row and column.
  sheet.eachRow((row, number) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    filled.push({ number, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  const lastRow = filled.at(-1)?.number ?? 0;
  // Blank rows between data stay (they keep row numbers), so a stray value far below the data would
  // mean a grid of up to a million blank rows: such a sheet counts as too long.
  if (lastRow - 1 > 2 * MAX_SHEET_ROWS)
    return fail({ kind: 'tooManyRows', rows: lastRow - 1, max: MAX_SHEET_ROWS });
  const grid: string[][] = Array.from({ length: lastRow }, () => []);
  for (const { number, cells } of filled) grid[number - 1] = cells;
  return toTable(grid, sheet.name);
}

/** A cell as the person typed or sees it: dates dd/mm/yyyy, formulas as their last result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  // Yes/no as offices write it; the import reads "ya"/"tidak" (e.g. in the Jenis column).
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return value.error;
  if ('hyperlink' in value) {
    // exceljs types `text` as a string, but a styled link arrives as rich text.
    const text: unknown = value.text;
    if (typeof text === 'string') return text || value.hyperlink;
    return isRichText(text) ? text.richText.map((run) => run.text).join('') : value.hyperlink;
  }
  return '';
}

function isRichText(value: unknown): value is { richText: { text: string }[] } {
  return typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText);
}

/**
 * Digits without grouping and a decimal comma, as written in Indonesia: the import reads "." as a
 * thousands separator, so 1500000.5 must become "1500000,5", not "1500000.5".
 */
function numberText(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US', { useGrouping: false });
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 }).replace('.', ',');
}

/** exceljs turns a date serial into a Date at UTC midnight, so the UTC fields are the sheet's date. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function decodeText(bytes: Uint8Array): string {
  try {
    // UTF-8 with or without BOM (the decoder drops a BOM).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Excel's plain "CSV (Comma delimited)" saves in the Windows code page, not UTF-8.
    console.info(`csv is not UTF-8 (${String(error)}); reading it as Windows-1252`);
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): SheetRead {
  // Text files have no NUL bytes; a PDF or an image renamed to .csv does.
  if (bytes.subarray(0, 4096).includes(0)) return fail({ kind: 'notSpreadsheet' });
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: csvDelimiter(text), skipEmptyLines: false });
  // A quote never closed swallows the rest of the file into one cell: the file is broken, not the rows.
  if (parsed.errors.some((error) => error.type === 'Quotes')) return fail({ kind: 'corrupt' });
  return toTable(parsed.data, null);
}

/**
 * The delimiter the header line uses most: ',' in most of the world, ';' where Excel's list
 * separator is ';' (Indonesian Windows), tab for text pasted from a sheet. Decided on the header
 * because headers rarely hold commas while free-text cells often do.
 */
export function csvDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** The first non-blank row is the header; it must name at least one column the import knows. */
export function toTable(grid: readonly (readonly string[])[], sheetName: string | null): SheetRead {
  const headerIndex = grid.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return fail({ kind: 'empty' });
  let end = grid.length;
  while (end > headerIndex + 1 && isBlank(grid[end - 1] ?? [])) end--;
  const body = grid.slice(headerIndex + 1, end);
  const filled = body.filter((row) => !isBlank(row)).length;
  if (filled > MAX_SHEET_ROWS) return fail({ kind: 'tooManyRows', rows: filled, max: MAX_SHEET_ROWS });
  const width = Math.max(...grid.slice(headerIndex, end).map((row) => row.length));
  const widen = (row: readonly string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '');
  const header = widen(grid[headerIndex] ?? []).map((cell) => cell.trim());
  if (Object.keys(guessMapping(header)).length === 0) return fail({ kind: 'noHeader' });
  if (filled === 0) return fail({ kind: 'noRows' });
  return { ok: true, value: { header, rows: body.map(widen), headerRow: headerIndex + 1, sheetName } };
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export const CATALOG_SHEET_NAME = 'Katalog inovasi';
const DATE_COLUMNS: readonly ImportColumn[] = ['trialDate', 'implementationDate'];
export const RUPIAH_FORMAT = '"Rp"\\ #,##0';
export const DATE_FORMAT = 'dd/mm/yyyy';
const MAX_WIDTH = 60;

/**
 * A catalog table (header row first, as catalogTable writes it) as an .xlsx: one sheet, bold frozen
 * header with a filter, widths that fit the content.
 *
 * Dates are real date cells shown as dd/mm/yyyy, not text: Excel then sorts them and its filter
 * groups them by year and month, and reading the file back (cellText) gives dd/mm/yyyy again, which
 * the import accepts. The budget is a number shown as Rupiah, so it can be summed.
 */
export async function catalogWorkbook(
  table: readonly (readonly string[])[],
  now = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rembug';
  workbook.created = now;
  const [header = [], ...rows] = table;
  const mapping = guessMapping(header);
  const kindOf = new Map<number, 'date' | 'rupiah'>();
  for (const column of DATE_COLUMNS) {
    const at = mapping[column];
    if (at !== undefined) kindOf.set(at, 'date');
  }
  if (mapping.budgetAmount !== undefined) kindOf.set(mapping.budgetAmount, 'rupiah');

  const sheet = workbook.addWorksheet(CATALOG_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell, i) => typedCell(cell, kindOf.get(i))));
  header.forEach((title, i) => {
    const column = sheet.getColumn(i + 1);
    const kind = kindOf.get(i);
    if (kind === 'date') column.numFmt = DATE_FORMAT;
    if (kind === 'rupiah') column.numFmt = RUPIAH_FORMAT;
    const longest = Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length));
    column.width =
      kind === 'date' ? 14 : kind === 'rupiah' ? 20 : Math.min(Math.max(longest, 8) + 2, MAX_WIDTH);
  });
  if (header.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written);
}

function typedCell(cell: string, kind: 'date' | 'rupiah' | undefined): string | number | Date | null {
  if (cell === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  // UTC midnight: exceljs writes a Date's UTC fields, so the serial is the calendar date everywhere.
  if (kind === 'date' && iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  if (kind === 'rupiah' && /^\d+$/.test(cell)) return Number(cell);
  return cell;
}
