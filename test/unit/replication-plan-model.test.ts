import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import {
  createReplicationPlan,
  moveReplicationStage,
  type PlanFields,
  planProgress,
  type ReplicationPlan,
  readReplicationPlans,
  removeMilestone,
  setMilestone,
  stageTransition,
  updateReplicationPlan,
} from '../../shared/model/replication-plan.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const KLATEN = '33.10';
const DOC = `kspn-borobudur/region/${KLATEN}`;
const klaten: Author = { name: 'Diskominfo Klaten', region: KLATEN, role: 'regionEditor' };
const kulonProgo: Author = { name: 'Diskominfo Kulon Progo', region: '34.01', role: 'regionEditor' };
const ctx = (author: Author, day = 1): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2026, 0, day, 9)),
});

const plan: PlanFields = {
  source: { regionCode: '34.01', innovationId: 'airku', innovationName: 'AirKu' },
  facilitator: 'Tenaga ahli Kominfo',
  adaptation: 'sebagian',
  budget: { amount: 150_000_000, source: 'APBD' },
  rpjmdReference: 'RPJMD 2021–2026, Misi 3',
  risks: 'Izin edar BPOM.',
  supportRequested: 'Pendampingan teknis produksi.',
  letterOfIntent: null,
  agreement: null,
  status: 'aktif',
  evaluation: [],
};

function read(ydoc: Y.Doc) {
  const problems: ReadProblem[] = [];
  return { plans: readReplicationPlans(ydoc, DOC, KLATEN, (p) => problems.push(p)), problems };
}

function started(): Y.Doc {
  const ydoc = new Y.Doc();
  expect(createReplicationPlan(ydoc, KLATEN, 'airku-klaten', plan, ctx(klaten))).toEqual({
    ok: true,
    value: 'airku-klaten',
  });
  return ydoc;
}

describe('replication plans in the adopting region’s document', () => {
  it('starts in persiapan, linked to its source innovation, and reads back', () => {
    const { plans, problems } = read(started());
    expect(problems).toEqual([]);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      id: 'airku-klaten',
      adopterCode: KLATEN,
      stage: 'persiapan',
      source: plan.source,
      milestones: [],
    });
  });

  it('only the adopting region’s editors change it; nobody replicates their own innovation', () => {
    const ydoc = started();
    const refusal = {
      ok: false,
      error: { key: 'error.notYourRegion', params: { region: 'Kabupaten Klaten' } },
    };
    expect(createReplicationPlan(ydoc, KLATEN, 'x', plan, ctx(kulonProgo))).toEqual(refusal);
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { risks: '' }, ctx(kulonProgo))).toEqual(
      refusal,
    );
    expect(
      moveReplicationStage(ydoc, KLATEN, 'airku-klaten', 'rencanaPengembangan', ctx(kulonProgo)),
    ).toEqual(refusal);
    const own = { ...plan, source: { ...plan.source, regionCode: KLATEN } };
    expect(createReplicationPlan(ydoc, KLATEN, 'own', own, ctx(klaten))).toEqual({
      ok: false,
      error: { key: 'error.ownInnovation', params: {} },
    });
    expect(
      updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { source: plan.source }, ctx(klaten)),
    ).toMatchObject({
      ok: false,
      error: { key: 'error.invalidInput' },
    });
  });

  it('moves one stage at a time and needs the letter of intent before replikasi', () => {
    const base = { stage: 'persiapan' as const, letterOfIntent: null };
    expect(stageTransition(base, 'rencanaPengembangan')).toBeNull();
    expect(stageTransition(base, 'replikasi')).toEqual({
      ok: false,
      error: { key: 'error.stageStep', params: {} },
    });
    expect(stageTransition(base, 'persiapan')).toEqual({
      ok: false,
      error: { key: 'error.stageStep', params: {} },
    });
    expect(stageTransition({ stage: 'rencanaPengembangan', letterOfIntent: null }, 'replikasi')).toEqual({
      ok: false,
      error: { key: 'error.letterOfIntentNeeded', params: {} },
    });
    expect(stageTransition({ stage: 'evaluasi', letterOfIntent: null }, 'replikasi')).toBeNull();

    const ydoc = started();
    const c = ctx(klaten, 2);
    expect(moveReplicationStage(ydoc, KLATEN, 'airku-klaten', 'rencanaPengembangan', c).ok).toBe(true);
    expect(moveReplicationStage(ydoc, KLATEN, 'airku-klaten', 'replikasi', c)).toMatchObject({ ok: false });
    const letter = { number: '500/123/Diskominfo', date: '2026-01-05', link: '' };
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { letterOfIntent: letter }, c).ok).toBe(true);
    expect(moveReplicationStage(ydoc, KLATEN, 'airku-klaten', 'replikasi', c).ok).toBe(true);
    expect(read(ydoc).plans[0]?.stage).toBe('replikasi');
  });

  it('tracks milestones: progress, overdue, next due', () => {
    const ydoc = started();
    const c = ctx(klaten, 3);
    const milestone = {
      stage: 'persiapan' as const,
      ownerOpd: 'Bappeda',
      notes: '',
      status: 'belum' as const,
    };
    expect(
      setMilestone(
        ydoc,
        KLATEN,
        'airku-klaten',
        'kajian',
        { ...milestone, title: 'Kajian kesesuaian', dueDate: '2026-02-01', status: 'selesai' },
        c,
      ).ok,
    ).toBe(true);
    expect(
      setMilestone(
        ydoc,
        KLATEN,
        'airku-klaten',
        'tim',
        { ...milestone, title: 'SK tim replikasi', dueDate: '2026-02-15' },
        c,
      ).ok,
    ).toBe(true);
    expect(
      setMilestone(
        ydoc,
        KLATEN,
        'airku-klaten',
        'anggaran',
        { ...milestone, title: 'Usulan anggaran', dueDate: '2026-04-01' },
        c,
      ).ok,
    ).toBe(true);
    expect(
      setMilestone(ydoc, KLATEN, 'nope', 'x', { ...milestone, title: 'X', dueDate: '2026-04-01' }, c),
    ).toMatchObject({ ok: false });
    expect(
      setMilestone(ydoc, KLATEN, 'airku-klaten', 'x', { ...milestone, title: 'X', dueDate: '1 April' }, c),
    ).toMatchObject({ ok: false });
    const [p] = read(ydoc).plans as [ReplicationPlan];
    expect(p.milestones.map((m) => m.id)).toEqual(['kajian', 'tim', 'anggaran']);
    const progress = planProgress(p, '2026-03-01');
    expect(progress.fraction).toBeCloseTo(1 / 3 / 4);
    expect(progress.overdue.map((m) => m.id)).toEqual(['tim']);
    expect(progress.nextDue?.id).toBe('anggaran');
  });

  it('keeps milestones two editors set at once, and skips a corrupted one with a report', () => {
    const a = started();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fields = {
      stage: 'persiapan',
      ownerOpd: 'Diskominfo',
      notes: '',
      status: 'belum',
      dueDate: '2026-03-01',
    };
    setMilestone(a, KLATEN, 'airku-klaten', 'satu', { ...fields, title: 'Satu' }, ctx(klaten));
    setMilestone(
      b,
      KLATEN,
      'airku-klaten',
      'dua',
      { ...fields, title: 'Dua' },
      ctx({ ...klaten, name: 'Bappeda Klaten' }),
    );
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(
      read(a)
        .plans[0]?.milestones.map((m) => m.id)
        .sort(),
    ).toEqual(['dua', 'satu']);
    expect(read(b).plans).toEqual(read(a).plans);

    const milestones = (a.getMap('replicationPlans').get('airku-klaten') as Y.Map<unknown>).get(
      'milestones',
    ) as Y.Map<unknown>;
    milestones.set('rusak', { title: 42 });
    const { plans, problems } = read(a);
    expect(plans[0]?.milestones).toHaveLength(2);
    expect(problems.map((p) => p.key)).toEqual(['replicationPlans/airku-klaten/milestones/rusak']);
  });

  it('reads plans stored before status and evaluation existed as active with no figures', () => {
    const ydoc = started();
    const stored = ydoc.getMap('replicationPlans').get('airku-klaten') as Y.Map<unknown>;
    stored.delete('status');
    stored.delete('evaluation');
    const { plans, problems } = read(ydoc);
    expect(problems).toEqual([]);
    expect(plans[0]).toMatchObject({ status: 'aktif', evaluation: [] });
  });

  it('a patch changes only what it names: defaults never overwrite stored values', () => {
    const ydoc = started();
    const c = ctx(klaten, 2);
    const figure = { id: 'waktu', indicator: 'Waktu layanan', unit: 'hari', before: 14, after: 3, note: '' };
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { evaluation: [figure] }, c).ok).toBe(true);
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { risks: 'Lain.' }, c).ok).toBe(true);
    expect(read(ydoc).plans[0]).toMatchObject({ risks: 'Lain.', evaluation: [figure], status: 'aktif' });
    expect(
      updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { evaluation: [{ ...figure, before: 'x' }] }, c),
    ).toMatchObject({ ok: false, error: { key: 'error.invalidInput' } });
  });

  it('finishes only from evaluasi; a finished or stopped plan keeps its stage and is never overdue', () => {
    const ydoc = started();
    const c = ctx(klaten, 2);
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { status: 'selesai' }, c)).toEqual({
      ok: false,
      error: { key: 'error.finishBeforeEvaluation', params: {} },
    });
    const late = {
      title: 'Kajian',
      stage: 'persiapan',
      ownerOpd: 'Bappeda',
      dueDate: '2026-01-10',
      status: 'belum',
      notes: '',
    };
    setMilestone(ydoc, KLATEN, 'airku-klaten', 'kajian', late, c);
    expect(planProgress(read(ydoc).plans[0] as ReplicationPlan, '2026-02-01').overdue).toHaveLength(1);
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { status: 'dibatalkan' }, c).ok).toBe(true);
    const stopped = read(ydoc).plans[0] as ReplicationPlan;
    expect(planProgress(stopped, '2026-02-01')).toEqual({ fraction: 0, overdue: [], nextDue: null });
    expect(moveReplicationStage(ydoc, KLATEN, 'airku-klaten', 'rencanaPengembangan', c)).toEqual({
      ok: false,
      error: { key: 'error.planClosed', params: {} },
    });

    const letter = { number: '1', date: '2026-01-05', link: '' };
    updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { status: 'aktif', letterOfIntent: letter }, c);
    for (const stage of ['rencanaPengembangan', 'replikasi', 'evaluasi'] as const) {
      expect(moveReplicationStage(ydoc, KLATEN, 'airku-klaten', stage, c).ok).toBe(true);
    }
    expect(updateReplicationPlan(ydoc, KLATEN, 'airku-klaten', { status: 'selesai' }, c).ok).toBe(true);
    const done = read(ydoc).plans[0] as ReplicationPlan;
    expect(planProgress(done, '2026-02-01')).toEqual({ fraction: 1, overdue: [], nextDue: null });
  });

  it('removes a milestone; only the adopting region may', () => {
    const ydoc = started();
    const fields = {
      title: 'Kajian',
      stage: 'persiapan',
      ownerOpd: 'Bappeda',
      dueDate: '2026-01-10',
      status: 'belum',
      notes: '',
    };
    setMilestone(ydoc, KLATEN, 'airku-klaten', 'kajian', fields, ctx(klaten));
    expect(removeMilestone(ydoc, KLATEN, 'airku-klaten', 'kajian', ctx(kulonProgo))).toMatchObject({
      ok: false,
      error: { key: 'error.notYourRegion' },
    });
    expect(removeMilestone(ydoc, KLATEN, 'airku-klaten', 'kajian', ctx(klaten)).ok).toBe(true);
    expect(removeMilestone(ydoc, KLATEN, 'airku-klaten', 'kajian', ctx(klaten))).toMatchObject({ ok: false });
    expect(read(ydoc).plans[0]?.milestones).toEqual([]);
  });
});
