import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  cellLevel,
  filterPlans,
  NO_FILTER,
  plansAt,
  replicationMatrix,
} from '../../renderer/src/replication/area/matrix.js';
import {
  MATRIX_SHEET,
  type MatrixSheetLabels,
  matrixFileName,
  matrixWorkbook,
  PLANS_SHEET,
} from '../../renderer/src/replication/area/matrix-workbook.js';
import { regionNames } from '../../renderer/src/replication/area/region-names.js';
import { planStatusRows, sortPlanRows } from '../../renderer/src/replication/plan-rows.js';
import { KSPN_BOROBUDUR } from '../../shared/model/presets.js';
import {
  BANTUL,
  buildFixture,
  KLATEN,
  KULON_PROGO,
  MAGELANG,
  SLEMAN,
  TODAY,
} from './replication-area-fixture.js';

const MEMBERS = [KLATEN, KULON_PROGO, MAGELANG, SLEMAN, BANTUL];

const LABELS: MatrixSheetLabels = {
  corner: 'Asal ↓ / replikator →',
  total: 'Jumlah',
  plan: {
    source: 'Daerah asal',
    innovation: 'Inovasi',
    adopter: 'Daerah replikator',
    stage: 'Tahap',
    status: 'Status',
    progress: 'Progres (%)',
    nextDue: 'Tonggak berikutnya',
    nextDueDate: 'Tenggat tonggak berikutnya',
    overdue: 'Tonggak terlambat',
    created: 'Dibuat',
  },
  stage: {
    persiapan: 'Persiapan',
    rencanaPengembangan: 'Rencana & pengembangan',
    replikasi: 'Replikasi',
    evaluasi: 'Evaluasi',
  },
  status: { aktif: 'Aktif', selesai: 'Selesai', dibatalkan: 'Dibatalkan' },
};

describe('replication matrix', () => {
  const { plans, snapshot } = buildFixture();

  it('counts plans per source × adopter with row, column and grand totals', () => {
    const matrix = replicationMatrix(plans, MEMBERS);
    expect(matrix.sources).toEqual(MEMBERS);
    expect(matrix.adopters).toEqual(MEMBERS);
    const cell = (source: string, adopter: string) =>
      matrix.counts[MEMBERS.indexOf(source)]?.[MEMBERS.indexOf(adopter)];
    expect(cell(KULON_PROGO, KLATEN)).toBe(1);
    expect(cell(KULON_PROGO, MAGELANG)).toBe(1);
    expect(cell(KULON_PROGO, SLEMAN)).toBe(1);
    expect(cell(KULON_PROGO, BANTUL)).toBe(1);
    expect(cell(KLATEN, SLEMAN)).toBe(1);
    expect(cell(KLATEN, KLATEN)).toBe(0);
    expect(matrix.sourceTotals).toEqual([1, 4, 0, 0, 0]);
    expect(matrix.adopterTotals).toEqual([1, 0, 1, 2, 1]);
    expect(matrix.total).toBe(5);
    expect(matrix.max).toBe(1);
  });

  it('adds regions outside the member list after the members, so no plan goes uncounted', () => {
    const matrix = replicationMatrix(plans, [KLATEN, KULON_PROGO]);
    expect(matrix.sources).toEqual([KLATEN, KULON_PROGO]);
    expect(matrix.adopters).toEqual([KLATEN, KULON_PROGO, MAGELANG, BANTUL, SLEMAN]);
    expect(matrix.total).toBe(5);
    expect(matrix.adopterTotals.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('filters by stage and status, and lists the plans behind a cell, a row or a column', () => {
    expect(filterPlans(plans, NO_FILTER)).toHaveLength(5);
    expect(
      filterPlans(plans, { stage: 'persiapan', status: null })
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p-bantul-lama', 'p-klaten-airku', 'p-sleman-airku']);
    expect(filterPlans(plans, { stage: null, status: 'selesai' }).map((p) => p.id)).toEqual([
      'p-sleman-sipandu',
    ]);
    expect(
      filterPlans(plans, { stage: 'persiapan', status: 'aktif' })
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p-bantul-lama', 'p-klaten-airku']);
    expect(plansAt(plans, { source: KULON_PROGO, adopter: KLATEN }).map((p) => p.id)).toEqual([
      'p-klaten-airku',
    ]);
    expect(
      plansAt(plans, { source: null, adopter: SLEMAN })
        .map((p) => p.id)
        .sort(),
    ).toEqual(['p-sleman-airku', 'p-sleman-sipandu']);
    expect(plansAt(plans, { source: KULON_PROGO, adopter: null })).toHaveLength(4);
    expect(snapshot.plans.size).toBe(5);
  });

  it('colours cells in five steps relative to the largest count', () => {
    expect(cellLevel(0, 7)).toBe(0);
    expect(cellLevel(1, 7)).toBe(1);
    expect(cellLevel(4, 7)).toBe(3);
    expect(cellLevel(7, 7)).toBe(5);
    expect(cellLevel(1, 1)).toBe(5);
    expect(cellLevel(3, 0)).toBe(0);
  });
});

describe('region names in the matrix', () => {
  it('are short names, except where two members share one (Kab./Kota Magelang, Kab./Kota Semarang)', () => {
    const names = regionNames(KSPN_BOROBUDUR.members);
    expect(names.get(KLATEN)).toEqual({ full: 'Kab. Klaten', short: 'Klaten' });
    expect(names.get('33.08')).toEqual({ full: 'Kab. Magelang', short: 'Kab. Magelang' });
    expect(names.get('33.71')).toEqual({ full: 'Kota Magelang', short: 'Kota Magelang' });
    expect(names.get('33.72')).toEqual({ full: 'Kota Surakarta', short: 'Surakarta' });
    expect(new Set([...names.values()].map((name) => name.short)).size).toBe(KSPN_BOROBUDUR.members.length);
  });
});

describe('plan rows', () => {
  const { plans, snapshot } = buildFixture();
  const rows = planStatusRows(plans, snapshot, TODAY);

  it('carry progress as of today and the innovation’s name even once it left the catalog', () => {
    const klaten = rows.find((row) => row.plan.id === 'p-klaten-airku');
    expect(klaten?.percent).toBe(13); // persiapan with 1 of its 2 milestones done: 0.5 / 4 stages
    expect(klaten?.progress.overdue.map((m) => m.id)).toEqual(['m2']);
    expect(klaten?.progress.nextDue?.id).toBe('m3');
    const gone = rows.find((row) => row.plan.id === 'p-bantul-lama');
    expect(gone?.innovationName).toBe('Inovasi Lama');
    expect(gone?.innovationPath).toBeNull();
    expect(rows.find((row) => row.plan.id === 'p-sleman-sipandu')?.percent).toBe(100);
  });

  it('sort by overdue count, progress or next due date, ties in a stable order', () => {
    const byOverdue = sortPlanRows(rows, { key: 'overdue', direction: 'desc' });
    expect(byOverdue[0]?.plan.id).toBe('p-klaten-airku');
    const byProgress = sortPlanRows(rows, { key: 'progress', direction: 'desc' });
    expect(byProgress[0]?.plan.id).toBe('p-sleman-sipandu');
    const byNextDue = sortPlanRows(rows, { key: 'nextDue', direction: 'asc' });
    expect(byNextDue[0]?.plan.id).toBe('p-klaten-airku');
    expect(sortPlanRows(rows, { key: 'status', direction: 'asc' }).map((row) => row.plan.status)).toEqual([
      'aktif',
      'aktif',
      'aktif',
      'selesai',
      'dibatalkan',
    ]);
  });
});

describe('matrix workbook', () => {
  it('reads back with a Matriks sheet of names and totals and a Rencana sheet of every plan', async () => {
    const { plans, snapshot } = buildFixture();
    const matrix = replicationMatrix(plans, MEMBERS);
    const rows = planStatusRows(plans, snapshot, TODAY);
    const names = regionNames(MEMBERS);
    const bytes = await matrixWorkbook(matrix, rows, (code) => names.get(code)?.full ?? code, LABELS);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([MATRIX_SHEET, PLANS_SHEET]);

    const sheetNamed = (name: string) => {
      const found = workbook.getWorksheet(name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    };
    const sheet = sheetNamed(MATRIX_SHEET);
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      LABELS.corner,
      'Kab. Klaten',
      'Kab. Kulon Progo',
      'Kab. Magelang',
      'Kab. Sleman',
      'Kab. Bantul',
      'Jumlah',
    ]);
    expect(values(3)).toEqual(['Kab. Kulon Progo', 1, 0, 1, 1, 1, 4]);
    expect(values(7)).toEqual(['Jumlah', 1, 0, 1, 2, 1, 5]);

    const list = sheetNamed(PLANS_SHEET);
    expect(list.actualRowCount).toBe(1 + plans.length);
    expect((list.getRow(1).values as unknown[]).slice(1)).toEqual(Object.values(LABELS.plan));
    const klaten = list
      .getSheetValues()
      .find((cells) => Array.isArray(cells) && cells[3] === 'Kab. Klaten') as unknown[] | undefined;
    expect(klaten?.slice(1)).toEqual([
      'Kab. Kulon Progo',
      'AirKu',
      'Kab. Klaten',
      'Persiapan',
      'Aktif',
      13,
      'Uji coba layanan',
      new Date('2026-09-01T00:00:00Z'),
      1,
      new Date('2026-01-01T00:00:00Z'),
    ]);
  });

  it('is named after the area and the day', () => {
    expect(matrixFileName('kspn-borobudur', TODAY)).toBe('matriks-replikasi-kspn-borobudur-2026-06-15.xlsx');
    expect(matrixFileName('Kawasan Solo Raya', TODAY)).toBe(
      'matriks-replikasi-kawasan-solo-raya-2026-06-15.xlsx',
    );
  });
});
