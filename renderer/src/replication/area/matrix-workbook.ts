/**
 * The replication matrix as an .xlsx for the area's reports: a "Matriks" sheet (source regions ×
 * adopting regions, full names, totals) and a "Rencana" sheet listing every plan counted in it.
 * Counts and percentages are numbers and dates are date cells, so the sheet sums and sorts in Excel.
 */
import type { PlanStatus, ReplicationStage } from '../../../../shared/model/replication-plan';
import { loadExcelJs } from '../../catalog/spreadsheet';
import type { PlanStatusRow } from '../plan-rows';
import type { ReplicationMatrix } from './matrix';

export const MATRIX_SHEET = 'Matriks';
export const PLANS_SHEET = 'Rencana';

/** The words of the sheets, in the interface language. */
export interface MatrixSheetLabels {
  /** Top-left cell: "Daerah asal \ daerah replikator". */
  corner: string;
  total: string;
  plan: {
    source: string;
    innovation: string;
    adopter: string;
    stage: string;
    status: string;
    progress: string;
    nextDue: string;
    nextDueDate: string;
    overdue: string;
    created: string;
  };
  stage: Readonly<Record<ReplicationStage, string>>;
  status: Readonly<Record<PlanStatus, string>>;
}

export type SheetCell = string | number | Date | null;

/** Header row, one row per source region, then the totals row; every count a number. */
export function matrixSheetRows(
  matrix: ReplicationMatrix,
  name: (code: string) => string,
  labels: MatrixSheetLabels,
): SheetCell[][] {
  return [
    [labels.corner, ...matrix.adopters.map(name), labels.total],
    ...matrix.sources.map((source, r) => [
      name(source),
      ...(matrix.counts[r] ?? []),
      matrix.sourceTotals[r] ?? 0,
    ]),
    [labels.total, ...matrix.adopterTotals, matrix.total],
  ];
}

/** UTC midnight: exceljs writes a Date's UTC fields, so the cell shows the calendar date everywhere. */
const dateCell = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

export function planSheetRows(rows: readonly PlanStatusRow[], labels: MatrixSheetLabels): SheetCell[][] {
  const p = labels.plan;
  return [
    [
      p.source,
      p.innovation,
      p.adopter,
      p.stage,
      p.status,
      p.progress,
      p.nextDue,
      p.nextDueDate,
      p.overdue,
      p.created,
    ],
    ...rows.map((row) => [
      row.sourceName,
      row.innovationName,
      row.adopterName,
      labels.stage[row.plan.stage],
      labels.status[row.plan.status],
      row.percent,
      row.progress.nextDue?.title ?? null,
      row.progress.nextDue ? dateCell(row.progress.nextDue.dueDate) : null,
      row.progress.overdue.length,
      dateCell(row.plan.created.at),
    ]),
  ];
}

const MAX_WIDTH = 50;

export async function matrixWorkbook(
  matrix: ReplicationMatrix,
  rows: readonly PlanStatusRow[],
  name: (code: string) => string,
  labels: MatrixSheetLabels,
  now = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rembug';
  workbook.created = now;

  const grid = matrixSheetRows(matrix, name, labels);
  const sheet = workbook.addWorksheet(MATRIX_SHEET, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  for (const cells of grid) sheet.addRow(cells);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { textRotation: 90, vertical: 'bottom', horizontal: 'center' };
  sheet.getCell(1, 1).alignment = { vertical: 'bottom', wrapText: true };
  sheet.getRow(grid.length).font = { bold: true };
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(1).width = Math.min(
    MAX_WIDTH,
    Math.max(...grid.map((cells) => String(cells[0] ?? '').length), 12) + 2,
  );
  for (let c = 2; c <= matrix.adopters.length + 2; c++) sheet.getColumn(c).width = 6;

  const plans = workbook.addWorksheet(PLANS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const planGrid = planSheetRows(rows, labels);
  for (const cells of planGrid) plans.addRow(cells);
  plans.getRow(1).font = { bold: true };
  const header = planGrid[0] ?? [];
  header.forEach((title, i) => {
    const column = plans.getColumn(i + 1);
    const isDate = planGrid.some((cells) => cells[i] instanceof Date);
    if (isDate) column.numFmt = 'dd/mm/yyyy';
    const longest = Math.max(
      String(title).length,
      ...planGrid.map((cells) => (typeof cells[i] === 'string' ? String(cells[i]).length : 4)),
    );
    column.width = isDate ? 14 : Math.min(Math.max(longest, 6) + 2, MAX_WIDTH);
  });
  if (header.length > 0)
    plans.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** `matriks-replikasi-<area id>-<yyyy-mm-dd>.xlsx`, dated where the person is. */
export function matrixFileName(areaId: string, today: string): string {
  const area = areaId.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `matriks-replikasi-${area}-${today}.xlsx`;
}
