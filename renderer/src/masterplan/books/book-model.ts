/**
 * The four master plan books as documents with no UI: a letterhead, a title and numbered chapters of
 * paragraphs, fact lists and tables, every word already in the reader's language. The printed page
 * and the .docx are both drawn from one such book, so they never say different things.
 */
import type { Locale, MessageKey, MessageParams } from '../../../../shared/i18n/index';
import { translate } from '../../../../shared/i18n/index';
import type { MasterPlan } from '../../../../shared/model/master-plan';

/** The books in the order the programme's guide lists them; the ids are those of the print route. */
export const BOOK_IDS = ['analisis-strategis', 'masterplan', 'ringkasan-eksekutif', 'quick-win'] as const;
export type BookId = (typeof BOOK_IDS)[number];

export function isBookId(value: string): value is BookId {
  return (BOOK_IDS as readonly string[]).includes(value);
}

/** A cell's lines: the first is its value, any others stand under it (linked innovations, a source). */
export type BookCell = readonly string[];

export interface BookColumn {
  label: string;
  /** Its share of the table's width. */
  width: number;
  /** Amounts and scores: right-aligned. */
  numeric?: boolean;
}

export type BookRow =
  /** A row naming the group of rows under it (a dimension, a horizon), across the whole table. */
  { kind: 'group'; label: string } | { kind: 'row'; cells: readonly BookCell[]; total?: boolean };

export type BookBlock =
  | { kind: 'paragraph'; text: string }
  /** What a section says when nothing has been entered for it yet. */
  | { kind: 'empty'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'facts'; label: string; rows: readonly (readonly [string, string])[] }
  | { kind: 'table'; label: string; columns: readonly BookColumn[]; rows: readonly BookRow[] };

export interface BookChapter {
  /** Numbered: "2. Tim Pelaksana". */
  title: string;
  blocks: readonly BookBlock[];
}

export interface Book {
  id: BookId;
  locale: Locale;
  /** "PEMERINTAH KABUPATEN KLATEN". */
  government: string;
  /** The area in full, under the government line. */
  areaName: string;
  /** The book's name as its title: "ANALISIS STRATEGIS". */
  heading: string;
  /** "Masterplan Smart City Kabupaten Klaten". */
  title: string;
  chapters: readonly BookChapter[];
  /** "Dicetak dari Rembug, 23 November 2026 21.40": every page's footer. */
  stamp: string;
  /** `Masterplan-Kab-Klaten-Analisis-Strategis` (no extension). */
  fileName: string;
}

export interface BookInput {
  plan: MasterPlan;
  regionCode: string;
  /** "Kabupaten Klaten". */
  regionName: string;
  /** "Kab. Klaten": the short form file names use. */
  regionShortName: string;
  /** The area as a letterhead writes it (abbreviations written out). */
  areaName: string;
  pillars: readonly { id: string; name: string }[];
  /** Catalog innovations by `<region code>/<innovation id>`, and the region's replication plans by id. */
  innovationNames: ReadonlyMap<string, string>;
  planNames: ReadonlyMap<string, string>;
  printedAt: Date;
}

/** A book builder's way to its words: the catalog of `locale`, placeholders filled. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translate {
  return (key, params = {}) => translate(locale, { key, params });
}

/** The names the file and the browser's PDF use, the programme's own Indonesian words in any language. */
const FILE_TITLES: Record<BookId, string> = {
  'analisis-strategis': 'Analisis-Strategis',
  masterplan: 'Masterplan',
  'ringkasan-eksekutif': 'Ringkasan-Eksekutif',
  'quick-win': 'Quick-Win',
};

/** "Kab. Klaten", "analisis-strategis" → `Masterplan-Kab-Klaten-Analisis-Strategis`. */
export function bookFileName(regionShortName: string, book: BookId): string {
  const region = regionShortName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ['Masterplan', region, FILE_TITLES[book]].filter((part) => part !== '').join('-');
}
