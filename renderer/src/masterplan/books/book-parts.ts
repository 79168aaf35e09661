/**
 * What more than one book says the same way: the frame (letterhead, title, stamp, file name), the
 * bimtek stages, readiness scores in words, amounts in rupiah, and programmes grouped by dimension.
 */
import type { Locale } from '../../../../shared/i18n/index';
import {
  BIMTEK_STAGES,
  type MasterPlan,
  READINESS,
  type ReadinessElement,
} from '../../../../shared/model/master-plan';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../catalog/innovation-format';
import {
  type Book,
  type BookBlock,
  type BookChapter,
  type BookId,
  type BookInput,
  type BookRow,
  bookFileName,
  type Translate,
  translator,
} from './book-model';

export type Programme = MasterPlan['programmes'][number];
export type QuickWin = MasterPlan['quickWins'][number];

/** Each book's name in the catalog. */
export const BOOK_KEYS = {
  'analisis-strategis': 'masterPlanBooks.book.analisis-strategis',
  masterplan: 'masterPlanBooks.book.masterplan',
  'ringkasan-eksekutif': 'masterPlanBooks.book.ringkasan-eksekutif',
  'quick-win': 'masterPlanBooks.book.quick-win',
} as const;

/** The book's name in the reader's language ("Analisis Strategis"). */
export function bookName(id: BookId, t: Translate): string {
  return t(BOOK_KEYS[id]);
}

/** A book around its chapters, numbered in order: "1. …", "2. …". */
export function frameBook(
  id: BookId,
  input: BookInput,
  locale: Locale,
  chapters: readonly { title: string; blocks: readonly BookBlock[] }[],
): Book {
  const t = translator(locale);
  const tag = locale === 'en' ? 'en-GB' : 'id-ID';
  return {
    id,
    locale,
    government: t('masterPlanBooks.government', { region: input.regionName }).toLocaleUpperCase(tag),
    areaName: input.areaName,
    heading: bookName(id, t).toLocaleUpperCase(tag),
    title: t('masterPlanBooks.subtitle', { region: input.regionName }),
    chapters: chapters.map(
      (chapter, index): BookChapter => ({ title: `${index + 1}. ${chapter.title}`, blocks: chapter.blocks }),
    ),
    stamp: t('masterPlanBooks.footer', { date: formatDateTime(input.printedAt.toISOString(), locale) }),
    fileName: bookFileName(input.regionShortName, id),
  };
}

export const NONE = '—';

/** "Rp 1.250.000.000", or a dash when no amount has been set. */
export function money(amount: number | null): string {
  return amount === null ? NONE : formatRupiah(amount);
}

/** The sum of the amounts that are set (a programme without a budget adds nothing). */
export function totalBudget(programmes: readonly Programme[]): number {
  return programmes.reduce((sum, programme) => sum + (programme.budget.amount ?? 0), 0);
}

/** A programme's budget cell: the amount, and its source under it. */
export function budgetCell(programme: Programme): string[] {
  const source = programme.budget.source.trim();
  return source === '' ? [money(programme.budget.amount)] : [money(programme.budget.amount), source];
}

/** 1 sangat rendah … 5 sangat tinggi; a mean is named by its nearest whole score. */
export function scoreWord(score: number, t: Translate): string {
  const level = Math.min(5, Math.max(1, Math.round(score)));
  return t(`masterPlanBooks.level.${level as 1 | 2 | 3 | 4 | 5}`);
}

/** A mean score as people write it: "3,7" (one decimal, the reader's separator). */
export function meanText(mean: number, locale: Locale): string {
  return mean.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

export function elementName(element: ReadinessElement, t: Translate): string {
  return t(`masterPlanBooks.element.${element}`);
}

export function subElementName(sub: (typeof READINESS)[ReadinessElement][number], t: Translate): string {
  return t(`masterPlanBooks.sub.${sub}`);
}

/** The mean of each element as a table, unscored elements said so; null when nothing is scored. */
export function readinessMeansTable(
  means: Record<ReadinessElement, number | null>,
  t: Translate,
  locale: Locale,
): BookBlock | null {
  const elements = Object.keys(READINESS) as ReadinessElement[];
  if (elements.every((element) => means[element] === null)) return null;
  return {
    kind: 'table',
    label: t('masterPlanBooks.readiness.meansLabel'),
    columns: [
      { label: t('masterPlanBooks.col.element'), width: 40 },
      { label: t('masterPlanBooks.col.mean'), width: 25, numeric: true },
      { label: t('masterPlanBooks.col.level'), width: 35 },
    ],
    rows: elements.map((element): BookRow => {
      const mean = means[element];
      return {
        kind: 'row',
        cells:
          mean === null
            ? [[elementName(element, t)], [NONE], [t('masterPlanBooks.readiness.notScored')]]
            : [[elementName(element, t)], [meanText(mean, locale)], [scoreWord(mean, t)]],
      };
    }),
  };
}

/** Every bimtek stage with its status and dates; a stage never started reads "Belum dimulai". */
export function stagesTable(plan: MasterPlan, t: Translate, locale: Locale): BookBlock {
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : NONE);
  return {
    kind: 'table',
    label: t('masterPlanBooks.stages.label'),
    columns: [
      { label: t('masterPlanBooks.col.stage'), width: 8 },
      { label: t('masterPlanBooks.col.stageTopic'), width: 38 },
      { label: t('masterPlanBooks.col.status'), width: 14 },
      // Wide enough for "16 Februari 2026" on one line.
      { label: t('masterPlanBooks.col.start'), width: 20 },
      { label: t('masterPlanBooks.col.end'), width: 20 },
    ],
    rows: BIMTEK_STAGES.map((stage): BookRow => {
      const state = plan.stages[stage];
      return {
        kind: 'row',
        cells: [
          [String(stage)],
          [t(`masterPlanBooks.stage.${stage}`)],
          [t(`masterPlanBooks.status.${state?.status ?? 'belum'}`)],
          [date(state?.start)],
          [date(state?.end)],
        ],
      };
    }),
  };
}

/** "2 dari 4 tahap selesai". */
export function stagesDone(plan: MasterPlan, t: Translate): string {
  const done = BIMTEK_STAGES.filter((stage) => plan.stages[stage]?.status === 'selesai').length;
  return t('masterPlanBooks.stages.done', { done, total: BIMTEK_STAGES.length });
}

export interface Dimension<T> {
  name: string;
  entries: T[];
}

/**
 * Entries per dimension of the area, in the area's order, every dimension listed (empty ones too);
 * entries of a dimension the area no longer has go to "Dimensi lain" at the end.
 */
export function byDimension<T extends { pillarId: string }>(
  entries: readonly T[],
  pillars: readonly { id: string; name: string }[],
  t: Translate,
): Dimension<T>[] {
  const known = new Set(pillars.map((pillar) => pillar.id));
  const dimensions = pillars.map((pillar) => ({
    name: pillar.name,
    entries: entries.filter((entry) => entry.pillarId === pillar.id),
  }));
  const others = entries.filter((entry) => !known.has(entry.pillarId));
  if (others.length > 0) dimensions.push({ name: t('masterPlanBooks.otherDimension'), entries: others });
  return dimensions;
}

/** The dimension's name for one entry. */
export function dimensionName(
  pillarId: string,
  pillars: readonly { id: string; name: string }[],
  t: Translate,
): string {
  return pillars.find((pillar) => pillar.id === pillarId)?.name ?? t('masterPlanBooks.otherDimension');
}

/** "9 bulan". */
export function monthsText(months: number, t: Translate): string {
  return t('masterPlanBooks.months', { n: months });
}

export function count(n: number): string {
  return formatNumber(n);
}

/** The quick wins in a numbered table: name, dimension, the service sharpened and the duration. */
export function quickWinsTable(
  quickWins: readonly QuickWin[],
  pillars: readonly { id: string; name: string }[],
  t: Translate,
): BookBlock {
  return {
    kind: 'table',
    label: t('masterPlanBooks.chapter.quickWins'),
    columns: [
      { label: t('masterPlanBooks.col.no'), width: 6, numeric: true },
      { label: t('masterPlanBooks.col.quickWin'), width: 34 },
      { label: t('masterPlanBooks.col.dimension'), width: 18 },
      { label: t('masterPlanBooks.col.service'), width: 28 },
      { label: t('masterPlanBooks.col.duration'), width: 14 },
    ],
    rows: quickWins.map(
      (quickWin, index): BookRow => ({
        kind: 'row',
        cells: [
          [String(index + 1)],
          [quickWin.name],
          [dimensionName(quickWin.pillarId, pillars, t)],
          [quickWin.service],
          [monthsText(quickWin.months, t)],
        ],
      }),
    ),
  };
}

/** An empty sentence as a block. */
export function empty(text: string): BookBlock {
  return { kind: 'empty', text };
}
