import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import {
  readinessSummary,
  readMasterPlan,
  removeProgramme,
  removeQuickWin,
  scoreReadiness,
  setBimtekStage,
  setProgramme,
  setQuickWin,
  setTeam,
} from '../../shared/model/master-plan.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const WONOSOBO = '33.07';
const DOC = `kspn-borobudur/region/${WONOSOBO}`;
const editor: Author = { name: 'Bappeda Wonosobo', region: WONOSOBO, role: 'regionEditor' };
const other: Author = { name: 'Diskominfo Temanggung', region: '33.23', role: 'regionEditor' };
const ctx = (author: Author): CommandContext => ({ author, now: () => new Date(Date.UTC(2022, 2, 1, 8)) });

function read(ydoc: Y.Doc) {
  const problems: ReadProblem[] = [];
  return { plan: readMasterPlan(ydoc, DOC, (p) => problems.push(p)), problems };
}

const programme = {
  pillarId: 'living',
  name: 'Layanan kesehatan terintegrasi',
  leadOpd: 'Dinas Kesehatan',
  rpjmdReference: 'RPJMD 2021–2026 Sasaran 2.1',
  horizon: 'limaTahun',
  budget: { amount: 2_000_000_000, source: 'APBD' },
  innovations: ['33.10/antrean-puskesmas'],
  replicationPlans: [],
};

describe('master plan', () => {
  it('is empty for a new region and fills stage by stage', () => {
    const ydoc = new Y.Doc();
    expect(read(ydoc).plan).toEqual({
      stages: {},
      team: [],
      readiness: { struktur: {}, infrastruktur: {}, suprastruktur: {} },
      programmes: [],
      quickWins: [],
    });
    const c = ctx(editor);
    expect(
      setBimtekStage(ydoc, WONOSOBO, 1, { status: 'selesai', start: '2022-03-01', end: '2022-03-31' }, c).ok,
    ).toBe(true);
    expect(setBimtekStage(ydoc, WONOSOBO, 5, { status: 'selesai', start: null, end: null }, c)).toMatchObject(
      { ok: false },
    );
    expect(setTeam(ydoc, WONOSOBO, [{ name: 'Sekretaris Daerah', opd: 'Setda', role: 'Ketua' }], c).ok).toBe(
      true,
    );
    expect(
      scoreReadiness(ydoc, WONOSOBO, 'struktur', 'sdm', { score: 3, notes: 'Perlu pelatihan' }, c).ok,
    ).toBe(true);
    expect(scoreReadiness(ydoc, WONOSOBO, 'struktur', 'keuangan', { score: 4, notes: '' }, c).ok).toBe(true);
    expect(
      scoreReadiness(ydoc, WONOSOBO, 'infrastruktur', 'digital', { score: 6, notes: '' }, c),
    ).toMatchObject({ ok: false });
    expect(setProgramme(ydoc, WONOSOBO, 'kesehatan', programme, c).ok).toBe(true);
    expect(setProgramme(ydoc, WONOSOBO, 'x', { ...programme, horizon: '3 tahun' }, c)).toMatchObject({
      ok: false,
    });
    const quickWin = {
      pillarId: 'living',
      name: 'Antrean puskesmas daring',
      service: 'Pendaftaran puskesmas',
      months: 6,
      impact: [{ label: 'Waktu tunggu', unit: 'menit', expected: 30, actual: null }],
    };
    expect(setQuickWin(ydoc, WONOSOBO, 'antrean', quickWin, c).ok).toBe(true);
    expect(setQuickWin(ydoc, WONOSOBO, 'lama', { ...quickWin, months: 24 }, c)).toMatchObject({ ok: false });

    const { plan, problems } = read(ydoc);
    expect(problems).toEqual([]);
    expect(plan.stages[1]?.status).toBe('selesai');
    expect(plan.team).toHaveLength(1);
    expect(readinessSummary(plan)).toEqual({ struktur: 3.5, infrastruktur: null, suprastruktur: null });
    expect(plan.programmes.map((p) => p.id)).toEqual(['kesehatan']);
    expect(plan.quickWins.map((q) => q.months)).toEqual([6]);
  });

  it('another region’s editor cannot write it', () => {
    const ydoc = new Y.Doc();
    const refusal = {
      ok: false,
      error: { key: 'error.notYourRegion', params: { region: 'Kabupaten Wonosobo' } },
    };
    expect(setProgramme(ydoc, WONOSOBO, 'kesehatan', programme, ctx(other))).toEqual(refusal);
    expect(scoreReadiness(ydoc, WONOSOBO, 'struktur', 'sdm', { score: 3, notes: '' }, ctx(other))).toEqual(
      refusal,
    );
    expect(ydoc.getMap('programmes').size + ydoc.getMap('masterPlan').size).toBe(0);
  });

  it('skips and reports corrupted values', () => {
    const ydoc = new Y.Doc();
    setProgramme(ydoc, WONOSOBO, 'kesehatan', programme, ctx(editor));
    ydoc.getMap('masterPlan').set('readiness.struktur.sdm', { score: 9 });
    ydoc.getMap('programmes').set('rusak', { name: 1 });
    const { plan, problems } = read(ydoc);
    expect(plan.programmes).toHaveLength(1);
    expect(plan.readiness.struktur).toEqual({});
    expect(problems.map((p) => p.key).sort()).toEqual([
      'masterPlan/readiness.struktur.sdm',
      'programmes/rusak',
    ]);
  });

  it('removes a programme or a quick win for the region’s editor only', () => {
    const ydoc = new Y.Doc();
    const quickWin = {
      pillarId: 'living',
      name: 'Antrean puskesmas daring',
      service: 'Pendaftaran puskesmas',
      months: 6,
      impact: [],
    };
    expect(setProgramme(ydoc, WONOSOBO, 'kesehatan', programme, ctx(editor)).ok).toBe(true);
    expect(setQuickWin(ydoc, WONOSOBO, 'antrean', quickWin, ctx(editor)).ok).toBe(true);
    const viewer: Author = { name: 'Pengamat', region: null, role: 'viewer' };
    for (const author of [other, viewer]) {
      expect(removeProgramme(ydoc, WONOSOBO, 'kesehatan', ctx(author))).toMatchObject({ ok: false });
      expect(removeQuickWin(ydoc, WONOSOBO, 'antrean', ctx(author))).toMatchObject({ ok: false });
    }
    expect(read(ydoc).plan.programmes).toHaveLength(1);
    expect(read(ydoc).plan.quickWins).toHaveLength(1);

    expect(removeProgramme(ydoc, WONOSOBO, 'kesehatan', ctx(editor)).ok).toBe(true);
    expect(removeQuickWin(ydoc, WONOSOBO, 'antrean', ctx(editor)).ok).toBe(true);
    expect(removeProgramme(ydoc, WONOSOBO, 'kesehatan', ctx(editor))).toEqual({
      ok: false,
      error: { key: 'error.notFound', params: { id: 'kesehatan' } },
    });
    const { plan } = read(ydoc);
    expect(plan.programmes).toEqual([]);
    expect(plan.quickWins).toEqual([]);
  });

  it('refuses every change from someone who is no region editor', () => {
    const ydoc = new Y.Doc();
    const viewer = ctx({ name: 'Pengamat', region: null, role: 'viewer' });
    const stage = { status: 'berjalan', start: null, end: null };
    expect(setBimtekStage(ydoc, WONOSOBO, 1, stage, viewer)).toMatchObject({ ok: false });
    expect(setTeam(ydoc, WONOSOBO, [], viewer)).toMatchObject({ ok: false });
    expect(scoreReadiness(ydoc, WONOSOBO, 'struktur', 'sdm', { score: 3, notes: '' }, viewer)).toMatchObject({
      ok: false,
    });
    expect(ydoc.getMap('masterPlan').size).toBe(0);
  });
});
