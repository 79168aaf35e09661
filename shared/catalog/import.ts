/**
 * Importing innovations from a spreadsheet (rows already read from XLSX or CSV): map columns to
 * fields, parse cells the way Indonesian offices write them, report every problem by row and
 * column, and import all rows in one transaction — or none, if any row has a problem.
 */
import type * as Y from 'yjs';
import type { CommandContext } from '../model/identity.js';
import { createInnovation, InnovationFields } from '../model/innovation.js';
import { requireRegionEditor } from '../model/permissions.js';
import { type CommandResult, invalidInput, ok, refuse } from '../model/result.js';
import { foldText } from './search.js';

export const IMPORT_COLUMNS = [
  'name',
  'opd',
  'initiatorKind',
  'initiatorName',
  'stage',
  'digital',
  'form',
  'urusan',
  'urusanIrisan',
  'dimensions',
  'tags',
  'trialDate',
  'implementationDate',
  'summary',
  'goal',
  'benefit',
  'results',
  'budgetAmount',
  'budgetSource',
  'status',
  'link',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header words people use for each field (folded); the first match wins. */
const HEADER_SYNONYMS: Record<ImportColumn, string[]> = {
  name: ['nama inovasi', 'nama', 'inovasi'],
  opd: ['opd', 'perangkat daerah', 'pengampu'],
  initiatorKind: ['jenis inisiator', 'inisiator'],
  initiatorName: ['nama inisiator'],
  stage: ['tahapan', 'tahap'],
  digital: ['jenis', 'digital'],
  form: ['bentuk'],
  urusan: ['urusan utama', 'urusan pemerintahan', 'urusan'],
  urusanIrisan: ['urusan beririsan', 'urusan irisan'],
  dimensions: ['dimensi', 'pilar', 'dimensi smart city'],
  tags: ['tag', 'kata kunci'],
  trialDate: ['waktu uji coba', 'tanggal uji coba'],
  implementationDate: ['waktu penerapan', 'tanggal penerapan'],
  summary: ['ringkasan', 'deskripsi'],
  goal: ['tujuan'],
  benefit: ['manfaat'],
  results: ['hasil'],
  budgetAmount: ['anggaran', 'nilai anggaran'],
  budgetSource: ['sumber anggaran', 'sumber dana'],
  status: ['status'],
  link: ['tautan', 'link', 'url'],
};

export type ColumnMapping = Partial<Record<ImportColumn, number>>;

/** Proposes a mapping from the header row; the person confirms or corrects it before importing. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const folded = headers.map((header) => foldText(header).trim());
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  // Longer synonyms first, so "nama inisiator" is not taken by "nama".
  const candidates = IMPORT_COLUMNS.flatMap((column) =>
    HEADER_SYNONYMS[column].map((word) => ({ column, word })),
  ).sort((a, b) => b.word.length - a.word.length);
  for (const { column, word } of candidates) {
    if (mapping[column] !== undefined) continue;
    const index = folded.findIndex((header, i) => !taken.has(i) && header === word);
    if (index >= 0) {
      mapping[column] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export interface RowProblem {
  /** 1-based, counting the header as row 1 — what the spreadsheet shows. */
  row: number;
  column: ImportColumn | null;
  message: string;
}

export interface ImportPreview {
  rows: { row: number; fields: InnovationFields }[];
  problems: RowProblem[];
}

function chooser<T extends string>(table: Record<string, T>): (cell: string) => T | null {
  return (cell) => table[foldText(cell).trim()] ?? null;
}

const initiatorKindOf = chooser<InnovationFields['initiatorKind']>({
  'kepala daerah': 'kepalaDaerah',
  'anggota dprd': 'anggotaDprd',
  'perangkat daerah': 'perangkatDaerah',
  asn: 'asn',
  masyarakat: 'masyarakat',
});
const stageOf = chooser<InnovationFields['stage']>({
  inisiatif: 'inisiatif',
  'uji coba': 'ujiCoba',
  penerapan: 'penerapan',
});
const formOf = chooser<InnovationFields['form']>({
  'tata kelola pemerintahan daerah': 'tataKelola',
  'tata kelola': 'tataKelola',
  'pelayanan publik': 'pelayananPublik',
  lainnya: 'lainnya',
});
const statusOf = chooser<InnovationFields['status']>({ berlanjut: 'berlanjut', vakum: 'vakum' });

/** `2021-11-27`, `27/11/2021` or `27-11-2021`; empty → null; anything else → undefined (a problem). */
export function parseDate(cell: string): string | null | undefined {
  const text = cell.trim();
  if (text === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const local = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : [];
  if (!year || !month || !day) return undefined;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? undefined : date;
}

/** "Rp 150.000.000", "150000000", "150.000.000,00" → 150000000; empty → null; otherwise undefined. */
export function parseRupiah(cell: string): number | null | undefined {
  const text = cell.replace(/^\s*rp\.?\s*/i, '').trim();
  if (text === '') return null;
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(text)) return undefined;
  return Math.round(Number(text.replace(/\./g, '').replace(',', '.')));
}

const list = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Reads every data row (header excluded) into fields, collecting every problem instead of stopping at the first. */
export function previewImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  pillars: readonly { id: string; name: string }[],
): ImportPreview {
  const preview: ImportPreview = { rows: [], problems: [] };
  for (const column of ['name', 'opd', 'stage', 'dimensions'] as const) {
    if (mapping[column] === undefined)
      preview.problems.push({ row: 1, column, message: 'kolom wajib belum dipetakan' });
  }
  if (preview.problems.length > 0) return preview;
  const pillarByName = new Map(
    pillars.flatMap(
      (p) =>
        [
          [foldText(p.name), p.id],
          [foldText(p.id), p.id],
        ] as const,
    ),
  );
  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: ImportColumn) => {
      const at = mapping[column];
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    if (cells.every((value) => value.trim() === '')) return;
    const problems: RowProblem[] = [];
    const problem = (column: ImportColumn, message: string) => problems.push({ row, column, message });
    const required = (column: ImportColumn, min: number) => {
      const value = cell(column);
      if (value.length < min) problem(column, 'wajib diisi');
      return value;
    };
    const name = required('name', 3);
    const opd = required('opd', 2);
    const stage = stageOf(cell('stage'));
    if (!stage) problem('stage', `"${cell('stage')}" bukan tahapan (inisiatif, uji coba, penerapan)`);
    const dimensions = list(cell('dimensions')).map((d) => pillarByName.get(foldText(d)) ?? null);
    if (dimensions.length === 0 || dimensions.includes(null))
      problem('dimensions', `pilar tidak dikenal: "${cell('dimensions')}"`);
    const initiatorKind =
      cell('initiatorKind') === '' ? 'perangkatDaerah' : initiatorKindOf(cell('initiatorKind'));
    if (!initiatorKind) problem('initiatorKind', `"${cell('initiatorKind')}" bukan jenis inisiator`);
    const form = cell('form') === '' ? 'lainnya' : formOf(cell('form'));
    if (!form) problem('form', `"${cell('form')}" bukan bentuk inovasi`);
    const status = cell('status') === '' ? 'berlanjut' : statusOf(cell('status'));
    if (!status) problem('status', `"${cell('status')}" bukan status (berlanjut, vakum)`);
    const digitalCell = foldText(cell('digital')).trim();
    const digital = ['digital', 'ya', 'y'].includes(digitalCell)
      ? true
      : ['non-digital', 'non digital', 'tidak', '', 't'].includes(digitalCell)
        ? false
        : null;
    if (digital === null) problem('digital', `"${cell('digital')}" bukan digital/non-digital`);
    const trialDate = parseDate(cell('trialDate'));
    if (trialDate === undefined) problem('trialDate', `tanggal tidak terbaca: "${cell('trialDate')}"`);
    const implementationDate = parseDate(cell('implementationDate'));
    if (implementationDate === undefined)
      problem('implementationDate', `tanggal tidak terbaca: "${cell('implementationDate')}"`);
    const amount = parseRupiah(cell('budgetAmount'));
    if (amount === undefined) problem('budgetAmount', `nominal tidak terbaca: "${cell('budgetAmount')}"`);
    const link = cell('link');
    if (link !== '' && !/^https?:\/\/\S+$/i.test(link))
      problem('link', 'tautan harus diawali http:// atau https://');
    if (problems.length > 0 || !stage || !initiatorKind || !form || !status || digital === null) {
      preview.problems.push(...problems);
      return;
    }
    const fields: InnovationFields = {
      name,
      opd,
      initiatorKind,
      initiatorName: cell('initiatorName'),
      stage,
      digital,
      form,
      urusan: cell('urusan') || 'lainnya',
      urusanIrisan: list(cell('urusanIrisan')),
      dimensions: [...new Set(dimensions.filter((d): d is string => d !== null))],
      tags: list(cell('tags')),
      trialDate: trialDate ?? null,
      implementationDate: implementationDate ?? null,
      summary: cell('summary'),
      design: '',
      goal: cell('goal'),
      benefit: cell('benefit'),
      results: cell('results'),
      figures: [],
      budget: { amount: amount ?? null, source: cell('budgetSource') },
      contacts: [],
      links: link === '' ? [] : [{ label: 'Tautan', url: link }],
      status,
    };
    // The model's own rules (lengths, counts, URL form) decide last, so import and the form agree.
    const checked = InnovationFields.safeParse(fields);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = (IMPORT_COLUMNS as readonly string[]).includes(field) ? (field as ImportColumn) : null;
        preview.problems.push({ row, column, message: `${issue.path.join('.')}: ${issue.message}` });
      }
      return;
    }
    preview.rows.push({ row, fields: checked.data });
  });
  return preview;
}

function slug(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'inovasi'
  );
}

/**
 * Imports a preview without problems into the region's document as one transaction (one update for
 * every peer). Any refusal — a row the model rejects, or a person who may not write here — comes
 * before anything is written.
 */
export function applyImport(
  ydoc: Y.Doc,
  regionCode: string,
  preview: ImportPreview,
  ctx: CommandContext,
): CommandResult<string[]> {
  if (preview.problems.length > 0)
    return refuse('error.importHasProblems', { count: preview.problems.length });
  const existing = new Set(ydoc.getMap<unknown>('innovations').keys());
  const planned = preview.rows.map(({ row, fields }) => {
    let id = slug(fields.name);
    for (let n = 2; existing.has(id); n++) id = `${slug(fields.name)}-${n}`;
    existing.add(id);
    return { row, id, fields };
  });
  // Checked before the transaction starts, so a refusal leaves the document untouched.
  const denied = requireRegionEditor(regionCode, ctx);
  if (denied) return denied;
  for (const { fields } of planned) {
    const valid = InnovationFields.safeParse(fields);
    if (!valid.success) return invalidInput(valid.error);
  }
  ydoc.transact(() => {
    for (const { id, fields } of planned) createInnovation(ydoc, regionCode, id, fields, ctx);
  }, ctx);
  return ok(planned.map(({ id }) => id));
}
