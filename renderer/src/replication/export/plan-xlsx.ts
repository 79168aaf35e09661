/**
 * One replication plan as an .xlsx workbook, with no UI: "Rencana" (the plan's facts as label/value
 * rows), "Tonggak" (milestones) and "Evaluasi" (before/after figures). Dates are date cells, money
 * and figures numbers, so a Bappeda officer can sort, filter and sum them in Excel. The words follow
 * the interface language.
 */
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { MessageKey } from '../../../../shared/i18n/id';
import { type Locale, type MessageParams, translate } from '../../../../shared/i18n/index';
import { planProgress, type ReplicationPlan } from '../../../../shared/model/replication-plan';
import type { ReplicationSupport } from '../../../../shared/model/replication-support';
import { DATE_FORMAT, RUPIAH_FORMAT } from '../../catalog/spreadsheet';
import { figureChange, overdueMilestoneIds } from './plan-document';

export interface PlanSheetInput {
  plan: ReplicationPlan;
  innovationName: string;
  sourceName: string;
  adopterName: string;
  support: ReplicationSupport | null;
  /** The plan's rich-text notes as plain text. */
  notes: string;
  /** yyyy-mm-dd: open milestones due before it are flagged as late. */
  today: string;
}

type ExcelJsModule = Pick<typeof import('exceljs'), 'Workbook'>;

const DATE_TIME_FORMAT = `${DATE_FORMAT} hh:mm`;
const PERCENT_FORMAT = '0%';
const CHANGE_PERCENT_FORMAT = '+0.0%;-0.0%;0%';
const NUMBER_FORMAT = '#,##0.##';
const MAX_WIDTH = 60;

/** A calendar date as a date cell: UTC midnight, since exceljs writes a Date's UTC fields. */
function dateCell(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * A moment as the clock on the wall showed it where the person is: a date cell has no time zone, and
 * exceljs writes the UTC fields.
 */
function localTimeCell(at: Date | string): Date {
  const d = new Date(at);
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()));
}

export function planWorkbook(
  ExcelJS: ExcelJsModule,
  input: PlanSheetInput,
  locale: Locale,
  now: Date = new Date(),
): Workbook {
  const t = (key: MessageKey, params: MessageParams = {}) => translate(locale, { key, params });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rembug';
  workbook.created = now;
  workbook.title = t('planPrint.title');
  addPlanSheet(workbook, input, t, now);
  addMilestoneSheet(workbook, input, t);
  addEvaluationSheet(workbook, input, t);
  return workbook;
}

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Fact = readonly [label: string, value: CellValue, format?: string];

function planFacts(input: PlanSheetInput, t: Translate, now: Date): Fact[] {
  const { plan, support } = input;
  const none = (text: string): CellValue => (text.trim() === '' ? null : text);
  const letter = plan.letterOfIntent;
  const agreement = plan.agreement;
  const facts: Fact[] = [
    [t('planPrint.field.innovation'), input.innovationName],
    [t('planPrint.field.source'), input.sourceName],
    [t('planPrint.field.adopter'), input.adopterName],
    [t('planPrint.field.facilitator'), none(plan.facilitator)],
    [t('planPrint.field.adaptation'), t(`planPrint.adaptation.${plan.adaptation}`)],
    [t('planPrint.field.stage'), t(`replicationStage.${plan.stage}`)],
    [t('planPrint.field.status'), t(`planPrint.status.${plan.status}`)],
    [t('planPrint.field.progress'), planProgress(plan, input.today).fraction, PERCENT_FORMAT],
    [t('planPrint.field.budget'), plan.budget.amount, RUPIAH_FORMAT],
    [t('planPrint.field.budgetSource'), none(plan.budget.source)],
    [t('planPrint.field.rpjmd'), none(plan.rpjmdReference)],
    [t('planPrint.field.risks'), none(plan.risks)],
    [t('planPrint.field.supportRequested'), none(plan.supportRequested)],
    [t('planPrint.letter.number'), letter?.number ?? null],
    [t('planPrint.letter.date'), letter ? dateCell(letter.date) : null, DATE_FORMAT],
    [t('planPrint.letter.link'), letter?.link ? letter.link : null],
    [t('planPrint.agreement.number'), agreement?.number ?? null],
    [t('planPrint.agreement.date'), agreement ? dateCell(agreement.date) : null, DATE_FORMAT],
    [t('planPrint.agreement.parties'), agreement ? agreement.parties.join('; ') : null],
    [
      t('planPrint.field.support'),
      support?.confirmed ? t('planPrint.support.stateConfirmed') : t('planPrint.support.stateOpen'),
    ],
  ];
  if (support) {
    facts.push(
      [t('planPrint.support.recordedBy'), support.updated.by.name],
      [t('planPrint.support.recordedAt'), localTimeCell(support.updated.at), DATE_TIME_FORMAT],
      [t('planPrint.support.message'), none(support.message)],
    );
  }
  facts.push(
    [t('planPrint.notes.title'), none(input.notes)],
    [t('planPrint.field.updated'), localTimeCell(plan.updated.at), DATE_TIME_FORMAT],
    [t('planPrint.field.exported'), localTimeCell(now), DATE_TIME_FORMAT],
  );
  return facts;
}

function addPlanSheet(workbook: Workbook, input: PlanSheetInput, t: Translate, now: Date): void {
  const sheet = workbook.addWorksheet(t('planPrint.sheet.plan'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([t('planPrint.xlsx.label'), t('planPrint.xlsx.value')]).font = { bold: true };
  for (const [label, value, format] of planFacts(input, t, now)) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    if (format) cell.numFmt = format;
    // Text cells wrap (risks and notes run long); numbers and dates stay on one line, left-aligned
    // like the text around them.
    cell.alignment = { wrapText: typeof value === 'string', vertical: 'top', horizontal: 'left' };
    row.getCell(1).alignment = { vertical: 'top' };
  }
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 80;
}

function addMilestoneSheet(workbook: Workbook, input: PlanSheetInput, t: Translate): void {
  const { plan } = input;
  const late = overdueMilestoneIds(plan, input.today);
  const sheet = workbook.addWorksheet(t('planPrint.sheet.milestones'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = [
    t('planPrint.col.stage'),
    t('planPrint.col.milestone'),
    t('planPrint.col.owner'),
    t('planPrint.col.due'),
    t('planPrint.col.status'),
    t('planPrint.col.notes'),
    t('planPrint.col.overdue'),
  ];
  const rows = plan.milestones.map((milestone) => [
    t(`replicationStage.${milestone.stage}`),
    milestone.title,
    milestone.ownerOpd,
    dateCell(milestone.dueDate),
    t(`planPrint.milestoneStatus.${milestone.status}`),
    milestone.notes === '' ? null : milestone.notes,
    late.has(milestone.id) ? t('planPrint.yes') : t('planPrint.no'),
  ]);
  writeTable(sheet, header, rows);
  sheet.getColumn(4).numFmt = DATE_FORMAT;
  sheet.getColumn(4).width = 14;
}

function addEvaluationSheet(workbook: Workbook, input: PlanSheetInput, t: Translate): void {
  const sheet = workbook.addWorksheet(t('planPrint.sheet.evaluation'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = [
    t('planPrint.col.indicator'),
    t('planPrint.col.unit'),
    t('planPrint.col.before'),
    t('planPrint.col.after'),
    t('planPrint.col.change'),
    t('planPrint.col.changePercent'),
    t('planPrint.col.notes'),
  ];
  const rows = input.plan.evaluation.map((figure, index): CellValue[] => {
    const row = index + 2;
    const change = figureChange(figure.before, figure.after);
    // Formulas, so a figure corrected in Excel updates its change; the result is stored for readers
    // that do not calculate.
    return [
      figure.indicator,
      figure.unit === '' ? null : figure.unit,
      figure.before,
      figure.after,
      change.difference === null ? null : { formula: `D${row}-C${row}`, result: change.difference },
      change.relative === null
        ? null
        : { formula: `(D${row}-C${row})/ABS(C${row})`, result: change.relative },
      figure.note === '' ? null : figure.note,
    ];
  });
  writeTable(sheet, header, rows);
  for (const column of [3, 4, 5]) sheet.getColumn(column).numFmt = NUMBER_FORMAT;
  sheet.getColumn(6).numFmt = CHANGE_PERCENT_FORMAT;
}

/** Bold header with a filter, widths fitted to the content. */
function writeTable(sheet: Worksheet, header: readonly string[], rows: readonly CellValue[][]): void {
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((title, i) => {
    const longest = Math.max(
      title.length,
      ...rows.map((row) => {
        const value = row[i];
        return typeof value === 'string' ? value.length : 10;
      }),
    );
    sheet.getColumn(i + 1).width = Math.min(Math.max(longest, 8) + 2, MAX_WIDTH);
  });
}
