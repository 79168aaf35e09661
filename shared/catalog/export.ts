/**
 * The catalog as a table: the same columns and Indonesian headers the import reads, so a sheet
 * exported from Rembug, edited in Excel and imported again needs no remapping.
 */
import { spreadsheetCsv } from '../csv.js';
import type { Innovation } from '../model/innovation.js';
import type { ImportColumn } from './import.js';

const STAGE = { inisiatif: 'Inisiatif', ujiCoba: 'Uji coba', penerapan: 'Penerapan' } as const;
const FORM = {
  tataKelola: 'Tata kelola pemerintahan daerah',
  pelayananPublik: 'Pelayanan publik',
  lainnya: 'Lainnya',
} as const;
const STATUS = { berlanjut: 'Berlanjut', vakum: 'Vakum' } as const;
const INITIATOR = {
  kepalaDaerah: 'Kepala daerah',
  anggotaDprd: 'Anggota DPRD',
  perangkatDaerah: 'Perangkat daerah',
  asn: 'ASN',
  masyarakat: 'Masyarakat',
} as const;

/** Header, and how to write the cell, per exported column; `Daerah` first so a sheet reads naturally. */
const COLUMNS: readonly {
  header: string;
  column: ImportColumn | null;
  cell: (i: Innovation, ctx: ExportContext) => string;
}[] = [
  { header: 'Daerah', column: null, cell: (i, ctx) => ctx.regionName(i.regionCode) },
  { header: 'Nama Inovasi', column: 'name', cell: (i) => i.name },
  { header: 'OPD', column: 'opd', cell: (i) => i.opd },
  { header: 'Jenis Inisiator', column: 'initiatorKind', cell: (i) => INITIATOR[i.initiatorKind] },
  { header: 'Nama Inisiator', column: 'initiatorName', cell: (i) => i.initiatorName },
  { header: 'Tahapan', column: 'stage', cell: (i) => STAGE[i.stage] },
  { header: 'Jenis', column: 'digital', cell: (i) => (i.digital ? 'Digital' : 'Non-digital') },
  { header: 'Bentuk', column: 'form', cell: (i) => FORM[i.form] },
  { header: 'Urusan', column: 'urusan', cell: (i) => i.urusan },
  { header: 'Urusan Beririsan', column: 'urusanIrisan', cell: (i) => i.urusanIrisan.join('; ') },
  { header: 'Dimensi', column: 'dimensions', cell: (i, ctx) => i.dimensions.map(ctx.pillarName).join('; ') },
  { header: 'Tag', column: 'tags', cell: (i) => i.tags.join('; ') },
  { header: 'Waktu Uji Coba', column: 'trialDate', cell: (i) => i.trialDate ?? '' },
  { header: 'Waktu Penerapan', column: 'implementationDate', cell: (i) => i.implementationDate ?? '' },
  { header: 'Ringkasan', column: 'summary', cell: (i) => i.summary },
  { header: 'Tujuan', column: 'goal', cell: (i) => i.goal },
  { header: 'Manfaat', column: 'benefit', cell: (i) => i.benefit },
  { header: 'Hasil', column: 'results', cell: (i) => i.results },
  {
    header: 'Anggaran',
    column: 'budgetAmount',
    cell: (i) => (i.budget.amount === null ? '' : String(i.budget.amount)),
  },
  { header: 'Sumber Anggaran', column: 'budgetSource', cell: (i) => i.budget.source },
  { header: 'Status', column: 'status', cell: (i) => STATUS[i.status] },
  { header: 'Tautan', column: 'link', cell: (i) => i.links[0]?.url ?? '' },
];

export interface ExportContext {
  regionName(code: string): string;
  pillarName(id: string): string;
}

/** Header row plus one row per innovation, in the order given (the current view's order). */
export function catalogTable(innovations: readonly Innovation[], ctx: ExportContext): string[][] {
  return [COLUMNS.map((c) => c.header), ...innovations.map((i) => COLUMNS.map((c) => c.cell(i, ctx)))];
}

/** The catalog as a CSV Excel opens right (see spreadsheetCsv: BOM, CRLF, no formulas). */
export function catalogCsv(innovations: readonly Innovation[], ctx: ExportContext): string {
  return spreadsheetCsv(catalogTable(innovations, ctx));
}
