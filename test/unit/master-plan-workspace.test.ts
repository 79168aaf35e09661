import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pillarSections } from '../../renderer/src/masterplan/workspace/pillar-sections';
import {
  programmeInput,
  programmeValues,
} from '../../renderer/src/masterplan/workspace/programmes/programme-values';
import {
  impactRow,
  quickWinInput,
} from '../../renderer/src/masterplan/workspace/quick-wins/quick-win-values';
import {
  linkedProgrammeCount,
  READINESS_TOTAL,
  scoredCount,
  stagesDone,
} from '../../renderer/src/masterplan/workspace/stage-counts';
import { opdCount, rowProblems } from '../../renderer/src/masterplan/workspace/team/team-rows';
import type { Author } from '../../shared/model/identity.js';
import {
  QuickWinFields,
  readMasterPlan,
  scoreReadiness,
  setBimtekStage,
  setProgramme,
} from '../../shared/model/master-plan.js';

const KLATEN = '33.10';
const editor: Author = { name: 'Bappeda Klaten', region: KLATEN, role: 'regionEditor' };
const ctx = { author: editor, now: () => new Date(Date.UTC(2026, 0, 5)) };
const programme = {
  pillarId: 'governance',
  name: 'Dasbor layanan publik',
  leadOpd: 'Diskominfo',
  rpjmdReference: '',
  horizon: 'satuTahun' as const,
  budget: { amount: null, source: '' },
  innovations: [] as string[],
  replicationPlans: [] as string[],
};

describe('master plan workspace', () => {
  it('counts what each stage holds and the stages done', () => {
    const doc = new Y.Doc();
    const read = () => readMasterPlan(doc, KLATEN, (problem) => expect.fail(problem.problem));
    expect(READINESS_TOTAL).toBe(9);
    expect([scoredCount(read()), linkedProgrammeCount(read()), stagesDone(read())]).toEqual([0, 0, 0]);
    scoreReadiness(doc, KLATEN, 'struktur', 'sdm', { score: 2, notes: '' }, ctx);
    scoreReadiness(doc, KLATEN, 'suprastruktur', 'regulasi', { score: 4, notes: '' }, ctx);
    setProgramme(doc, KLATEN, 'a', programme, ctx);
    setProgramme(doc, KLATEN, 'b', { ...programme, innovations: ['33.08/pasar-digital'] }, ctx);
    setBimtekStage(doc, KLATEN, 1, { status: 'selesai', start: null, end: null }, ctx);
    setBimtekStage(doc, KLATEN, 2, { status: 'berjalan', start: null, end: null }, ctx);
    expect([scoredCount(read()), linkedProgrammeCount(read()), stagesDone(read())]).toEqual([2, 1, 1]);
  });

  it('counts an OPD once whatever its letter case or spacing, and checks rows as the model does', () => {
    const team = [
      { name: 'A', opd: 'Bappeda', role: '' },
      { name: 'B', opd: ' BAPPEDA ', role: '' },
      { name: 'C', opd: 'Dinas  Kesehatan', role: '' },
    ];
    expect(opdCount(team)).toBe(2);
    expect(rowProblems({ name: ' ', opd: 'X', role: '' })).toEqual({ name: 'required', opd: 'tooShort' });
    expect(rowProblems({ name: 'Sri', opd: 'BKD', role: '' })).toEqual({});
  });

  it('puts entries under the area’s dimensions in order, and those of a removed one last', () => {
    const pillars = [
      { id: 'governance', name: 'Smart Governance' },
      { id: 'living', name: 'Smart Living' },
    ];
    const entries = [
      { id: 'x', pillarId: 'living' },
      { id: 'y', pillarId: 'mobility' },
    ];
    expect(
      pillarSections(pillars, entries, 'Dimensi lain').map((s) => [s.id, s.entries.map((e) => e.id)]),
    ).toEqual([
      ['governance', []],
      ['living', ['x']],
      ['', ['y']],
    ]);
    expect(pillarSections(pillars, [entries[0] ?? { id: '', pillarId: '' }], 'lain')).toHaveLength(2);
  });

  it('turns form values into the model’s input: an empty budget is none, an empty figure is missing', () => {
    const values = programmeValues({
      ...programme,
      id: 'a',
      updated: { by: editor, at: '2026-01-05T00:00:00.000Z' },
    });
    expect(values.amount).toBe('');
    expect(programmeInput({ ...values, name: '  Dasbor  ' }).budget).toEqual({ amount: null, source: '' });
    expect(programmeInput({ ...values, amount: 750_000_000 }).budget.amount).toBe(750_000_000);

    const quickWin = {
      pillarId: 'living',
      name: 'Antrean puskesmas daring',
      service: 'Pendaftaran puskesmas',
      months: 9,
      impact: [{ ...impactRow(), label: 'Waktu tunggu', unit: 'menit', expected: '' }],
    };
    const missing = QuickWinFields.safeParse(quickWinInput(quickWin));
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['impact.0.expected']);
    const filled = QuickWinFields.parse(
      quickWinInput({
        ...quickWin,
        impact: [{ ...impactRow(), label: 'Waktu tunggu', unit: 'menit', expected: 30 }],
      }),
    );
    expect(filled.impact).toEqual([{ label: 'Waktu tunggu', unit: 'menit', expected: 30, actual: null }]);
  });
});
