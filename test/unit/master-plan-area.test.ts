import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sortRegionRows } from '../../renderer/src/masterplan/area/region-rows.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import {
  type MasterPlan,
  readMasterPlan,
  scoreReadiness,
  setBimtekStage,
  setProgramme,
  setQuickWin,
  setTeam,
} from '../../shared/model/master-plan.js';
import {
  areaPlanTotals,
  commonProgrammes,
  quickWinsByPillar,
  significantWords,
  summarizeRegionPlan,
} from '../../shared/model/master-plan-area.js';
import { DEFAULT_PILLARS } from '../../shared/model/presets.js';

const KLATEN = '33.10';
const WONOSOBO = '33.07';
const MAGELANG = '33.08';
const PILLARS = DEFAULT_PILLARS.map((pillar) => pillar.id);

function regionPlan(code: string, fill: (doc: Y.Doc, ctx: (minute: number) => CommandContext) => void) {
  const doc = new Y.Doc();
  const author: Author = { name: `Editor ${code}`, region: code, role: 'regionEditor' };
  fill(doc, (minute) => ({ author, now: () => new Date(Date.UTC(2025, 2, 1, 8, minute)) }));
  const plan: MasterPlan = readMasterPlan(doc, code, (problem) => {
    throw new Error(JSON.stringify(problem));
  });
  return { regionCode: code, plan };
}

function must(result: { ok: boolean }) {
  expect(result.ok).toBe(true);
}

const programme = (pillarId: string, name: string) => ({
  pillarId,
  name,
  leadOpd: 'Diskominfo',
  rpjmdReference: '',
  horizon: 'limaTahun',
  budget: { amount: null, source: '' },
  innovations: [],
  replicationPlans: [],
});

const quickWin = (pillarId: string, name: string, impact: { label: string; expected: number }[] = []) => ({
  pillarId,
  name,
  service: 'Layanan',
  months: 6,
  impact: impact.map((item) => ({ ...item, unit: '%', actual: null })),
});

const klaten = regionPlan(KLATEN, (doc, at) => {
  must(setBimtekStage(doc, KLATEN, 1, { status: 'selesai', start: '2025-01-06', end: '2025-02-28' }, at(1)));
  must(setBimtekStage(doc, KLATEN, 2, { status: 'berjalan', start: '2025-03-01', end: null }, at(2)));
  must(
    setTeam(
      doc,
      KLATEN,
      [
        { name: 'Ani', opd: 'Bappeda', role: 'Ketua' },
        { name: 'Budi', opd: 'Diskominfo', role: 'Sekretaris' },
        { name: 'Citra', opd: ' diskominfo ', role: 'Anggota' },
      ],
      at(3),
    ),
  );
  must(scoreReadiness(doc, KLATEN, 'struktur', 'sdm', { score: 3, notes: '' }, at(4)));
  must(scoreReadiness(doc, KLATEN, 'struktur', 'keuangan', { score: 4, notes: '' }, at(5)));
  must(scoreReadiness(doc, KLATEN, 'infrastruktur', 'digital', { score: 2, notes: '' }, at(6)));
  must(
    setProgramme(
      doc,
      KLATEN,
      'wisata',
      programme('branding', 'Pengembangan Aplikasi Layanan Pariwisata Terpadu'),
      at(7),
    ),
  );
  must(setProgramme(doc, KLATEN, 'sehat', programme('living', 'Layanan Kesehatan Keliling'), at(8)));
  must(
    setQuickWin(
      doc,
      KLATEN,
      'antrean',
      quickWin('living', 'Antrean daring puskesmas', [{ label: 'Waktu tunggu', expected: -40 }]),
      at(20),
    ),
  );
});

const wonosobo = regionPlan(WONOSOBO, (doc, at) => {
  for (const stage of [1, 2, 3, 4]) {
    must(setBimtekStage(doc, WONOSOBO, stage, { status: 'selesai', start: null, end: null }, at(stage)));
  }
  must(setProgramme(doc, WONOSOBO, 'wisata', programme('branding', 'Aplikasi layanan pariwisata'), at(9)));
  must(setProgramme(doc, WONOSOBO, 'sehat', programme('living', 'Layanan Ambulans Desa'), at(10)));
  must(setQuickWin(doc, WONOSOBO, 'pajak', quickWin('governance', 'Bayar pajak daring'), at(11)));
});

const magelang = regionPlan(MAGELANG, (doc, at) => {
  must(
    setProgramme(doc, MAGELANG, 'portal', programme('branding', 'Program Portal Pariwisata Terpadu'), at(1)),
  );
  must(setProgramme(doc, MAGELANG, 'wisata2', programme('branding', 'Layanan Pariwisata Desa'), at(2)));
});

const untouched = regionPlan('33.09', () => {
  // A member region that has not opened its master plan.
});

describe('master plans of the area', () => {
  it('sums up one region: stages, readiness means, team, programmes, quick wins, last update', () => {
    expect(summarizeRegionPlan(klaten)).toEqual({
      regionCode: KLATEN,
      stages: { 1: 'selesai', 2: 'berjalan', 3: 'belum', 4: 'belum' },
      stagesDone: 1,
      position: 2,
      readiness: { struktur: 3.5, infrastruktur: 2, suprastruktur: null },
      teamSize: 3,
      opds: 2,
      programmes: 2,
      programmesByPillar: { branding: 1, living: 1 },
      quickWins: 1,
      lastUpdate: '2025-03-01T08:20:00.000Z',
      started: true,
    });
    expect(summarizeRegionPlan(wonosobo)).toMatchObject({ stagesDone: 4, position: 'selesai' });
    expect(summarizeRegionPlan(magelang)).toMatchObject({ position: 'belum', started: true, stagesDone: 0 });
    expect(summarizeRegionPlan(untouched)).toMatchObject({
      position: 'belum',
      started: false,
      lastUpdate: null,
      readiness: { struktur: null, infrastruktur: null, suprastruktur: null },
    });
  });

  it('totals the area and counts regions per stage position', () => {
    const totals = areaPlanTotals([klaten, wonosobo, magelang, untouched].map(summarizeRegionPlan));
    expect(totals).toEqual({
      regions: 4,
      started: 3,
      finished: 1,
      programmes: 6,
      quickWins: 2,
      teamMembers: 3,
      byPosition: { belum: 2, 1: 0, 2: 1, 3: 0, 4: 0, selesai: 1 },
    });
  });

  it('groups every quick win under its dimension in the area’s order, with its region', () => {
    const groups = quickWinsByPillar([klaten, wonosobo, magelang], PILLARS);
    expect(
      groups.map((group) => [
        group.pillarId,
        group.items.map((item) => [item.regionCode, item.quickWin.name]),
      ]),
    ).toEqual([
      ['governance', [[WONOSOBO, 'Bayar pajak daring']]],
      ['living', [[KLATEN, 'Antrean daring puskesmas']]],
    ]);
    expect(groups[1]?.items[0]?.quickWin.impact[0]).toMatchObject({ label: 'Waktu tunggu', expected: -40 });
  });

  it('keeps the words that carry a name’s meaning, folded and without stop words', () => {
    expect(significantWords('Pengembangan Aplikasi Layanan Pariwisata Terpadu')).toEqual([
      'aplikasi',
      'layanan',
      'pariwisata',
      'terpadu',
    ]);
    expect(significantWords('Peningkatan SDM dan E-Government di Kabupaten')).toEqual(['sdm', 'government']);
    expect(significantWords('Wisata Budaya Kraton Ngayogyakarta Hadiningrat')).toContain('kraton');
    expect(significantWords('Pelayanan Kependudukan Terpadu — Sinergi Ékonomi')).toContain('ekonomi');
  });

  it('finds programmes of different regions in one dimension with alike names, following the chain', () => {
    const groups = commonProgrammes([klaten, wonosobo, magelang, untouched], PILLARS);
    expect(groups).toEqual([
      {
        pillarId: 'branding',
        words: ['aplikasi', 'layanan', 'pariwisata', 'terpadu'],
        regions: [KLATEN, WONOSOBO, MAGELANG],
        programmes: [
          {
            regionCode: KLATEN,
            programmeId: 'wisata',
            name: 'Pengembangan Aplikasi Layanan Pariwisata Terpadu',
          },
          { regionCode: WONOSOBO, programmeId: 'wisata', name: 'Aplikasi layanan pariwisata' },
          { regionCode: MAGELANG, programmeId: 'wisata2', name: 'Layanan Pariwisata Desa' },
          { regionCode: MAGELANG, programmeId: 'portal', name: 'Program Portal Pariwisata Terpadu' },
        ],
      },
    ]);
  });

  it('does not group alike names within one region, across dimensions, or sharing one word of many', () => {
    const sameRegion = regionPlan(KLATEN, (doc, at) => {
      must(setProgramme(doc, KLATEN, 'a', programme('economy', 'Pasar Digital UMKM'), at(1)));
      must(setProgramme(doc, KLATEN, 'b', programme('economy', 'Pasar digital umkm desa'), at(2)));
    });
    const otherPillar = regionPlan(WONOSOBO, (doc, at) => {
      must(setProgramme(doc, WONOSOBO, 'a', programme('society', 'Pasar Digital UMKM'), at(1)));
      must(
        setProgramme(doc, WONOSOBO, 'b', programme('economy', 'Digital Talent Scholarship Pemuda'), at(2)),
      );
    });
    expect(commonProgrammes([sameRegion, otherPillar], PILLARS)).toEqual([]);
  });
});

describe('the progress table’s order', () => {
  const rows = [klaten, wonosobo, magelang, untouched].map((plan, order) => ({
    summary: summarizeRegionPlan(plan),
    name: ['Kab. Klaten', 'Kab. Wonosobo', 'Kab. Magelang', 'Kab. Kendal'][order] ?? '',
    order,
  }));
  const codes = (sorted: { summary: { regionCode: string } }[]) =>
    sorted.map((row) => row.summary.regionCode);

  it('is the area’s order until a column is chosen, then that column’s, ties in the area’s order', () => {
    expect(codes(sortRegionRows(rows, { key: 'order', direction: 'asc' }))).toEqual([
      KLATEN,
      WONOSOBO,
      MAGELANG,
      '33.09',
    ]);
    expect(codes(sortRegionRows(rows, { key: 'stagesDone', direction: 'desc' }))).toEqual([
      WONOSOBO,
      KLATEN,
      MAGELANG,
      '33.09',
    ]);
    expect(codes(sortRegionRows(rows, { key: 'region', direction: 'asc' }))).toEqual([
      '33.09',
      KLATEN,
      MAGELANG,
      WONOSOBO,
    ]);
  });

  it('puts regions without a score or an update last, whichever the direction', () => {
    for (const direction of ['asc', 'desc'] as const) {
      expect(codes(sortRegionRows(rows, { key: 'struktur', direction }))[0]).toBe(KLATEN);
      expect(codes(sortRegionRows(rows, { key: 'updated', direction })).at(-1)).toBe('33.09');
    }
  });
});
