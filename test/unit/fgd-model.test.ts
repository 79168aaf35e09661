import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { summariseAttendance } from '../../renderer/src/fgd/console/attendance-summary.js';
import { formatCountdown, secondsLeft } from '../../renderer/src/fgd/console/countdown.js';
import { catalogLinkTargets, resolveDecisionLink } from '../../renderer/src/fgd/console/decision-links.js';
import {
  decisionSourceOf,
  innovationFromDecisionPath,
  innovationNameFrom,
} from '../../renderer/src/fgd/console/from-decision.js';
import {
  addCard,
  ballotKey,
  castVotes,
  clusterCard,
  createSession,
  linkDecision,
  moveStep,
  nameCluster,
  type Participant,
  recordAttendance,
  removeAttendance,
  removeDecision,
  removeStep,
  revealStep,
  type StepFields,
  setDecision,
  setStep,
  startStep,
  stopTimer,
} from '../../shared/model/fgd.js';
import { readSession } from '../../shared/model/fgd-view.js';
import type { Author } from '../../shared/model/identity.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';
import { agendaStep, commandClock, facilitator } from './fgd-fixture.js';

const DOC = 'kspn-borobudur/fgd/fgd-solo';
const guest: Author = { name: 'Peserta', region: null, role: 'viewer' };
const ctx = commandClock(new Date(Date.UTC(2021, 10, 27, 3, 0)));

const ani: Participant = { id: 'p-ani', name: 'Ani (Kota Magelang)', region: '33.71' };
const budi: Participant = { id: 'p-budi', name: 'Budi (Sleman)', region: '34.04' };

const ideas = agendaStep({
  title: 'Curah gagasan',
  instruction: 'Tulis satu gagasan per kartu.',
  anonymous: true,
});
const voting: StepFields = {
  ...ideas,
  title: 'Pemungutan suara',
  allow: 'votes',
  hideUntilReveal: false,
  order: 1,
};

function session(): Y.Doc {
  const ydoc = new Y.Doc();
  const f = ctx(facilitator);
  expect(
    createSession(
      ydoc,
      {
        title: 'FGD Smart City KSPN Borobudur',
        date: '2021-11-27',
        venue: 'Surakarta',
        facilitators: ['Tenaga Ahli'],
      },
      f,
    ).ok,
  ).toBe(true);
  expect(setStep(ydoc, 'gagasan', ideas, f).ok).toBe(true);
  expect(setStep(ydoc, 'suara', voting, f).ok).toBe(true);
  return ydoc;
}

function view(ydoc: Y.Doc, participantId: string | null, isFacilitator = false) {
  const problems: ReadProblem[] = [];
  const s = readSession(ydoc, DOC, { participantId, facilitator: isFacilitator }, (p) => problems.push(p));
  return { s, problems };
}

describe('FGD session', () => {
  it('only facilitators run it; cards only when the current step takes cards', () => {
    const ydoc = session();
    expect(startStep(ydoc, 'gagasan', ctx(guest))).toEqual({
      ok: false,
      error: { key: 'error.notFacilitator', params: {} },
    });
    expect(
      addCard(ydoc, ani, 'k1', { pillarId: 'branding', text: 'Kalender event bersama' }, ctx(guest)),
    ).toEqual({
      ok: false,
      error: { key: 'error.stepNotOpenFor', params: {} },
    });
    expect(startStep(ydoc, 'gagasan', ctx(facilitator)).ok).toBe(true);
    expect(
      addCard(ydoc, ani, 'k1', { pillarId: 'branding', text: 'Kalender event bersama' }, ctx(guest)).ok,
    ).toBe(true);
    expect(view(ydoc, null, true).s?.timer).toMatchObject({ stepId: 'gagasan', minutes: 10 });
  });

  it('hides others’ cards until the reveal, and hides names on an anonymous step', () => {
    const ydoc = session();
    startStep(ydoc, 'gagasan', ctx(facilitator));
    addCard(ydoc, ani, 'k1', { pillarId: 'branding', text: 'Kalender event bersama' }, ctx(guest));
    addCard(ydoc, budi, 'k2', { pillarId: 'economy', text: 'Pasar daring produk UMKM' }, ctx(guest));
    expect(view(ydoc, 'p-ani').s?.cards.map((c) => c.id)).toEqual(['k1']);
    expect(view(ydoc, 'p-budi').s?.cards.map((c) => c.id)).toEqual(['k2']);
    expect(view(ydoc, null, true).s?.cards.map((c) => c.authorName)).toEqual([
      'Ani (Kota Magelang)',
      'Budi (Sleman)',
    ]);
    expect(revealStep(ydoc, 'gagasan', ctx(facilitator)).ok).toBe(true);
    const ani2 = view(ydoc, 'p-ani').s;
    expect(ani2?.cards.map((c) => [c.id, c.authorName])).toEqual([
      ['k1', 'Ani (Kota Magelang)'],
      ['k2', null],
    ]);
  });

  it('enforces the vote budget and one-vote-per-card, and shows the tally after the reveal', () => {
    const ydoc = session();
    const f = ctx(facilitator);
    startStep(ydoc, 'gagasan', f);
    addCard(ydoc, ani, 'k1', { pillarId: 'branding', text: 'Kalender event bersama' }, ctx(guest));
    addCard(ydoc, budi, 'k2', { pillarId: 'economy', text: 'Pasar daring produk UMKM' }, ctx(guest));
    expect(castVotes(ydoc, ani, 'k1', 1, ctx(guest))).toMatchObject({ ok: false });
    startStep(ydoc, 'suara', f);
    expect(castVotes(ydoc, ani, 'k1', 2, ctx(guest))).toEqual({ ok: true, value: 1 });
    expect(castVotes(ydoc, ani, 'k2', 2, ctx(guest))).toEqual({
      ok: false,
      error: { key: 'error.voteBudget', params: { budget: 3 } },
    });
    expect(castVotes(ydoc, ani, 'k2', 1, ctx(guest))).toEqual({ ok: true, value: 0 });
    expect(castVotes(ydoc, budi, 'k2', 3, ctx(guest))).toEqual({ ok: true, value: 0 });
    expect(castVotes(ydoc, budi, 'nope', 1, ctx(guest))).toMatchObject({
      ok: false,
      error: { key: 'error.notFound' },
    });
    expect(view(ydoc, 'p-ani').s?.tally).toBeNull();
    expect(view(ydoc, null, true).s?.tally).toEqual({ k1: 2, k2: 4 });
    revealStep(ydoc, 'suara', f);
    expect(view(ydoc, 'p-ani').s?.tally).toEqual({ k1: 2, k2: 4 });

    setStep(ydoc, 'suara', { ...voting, onePerCard: true }, f);
    expect(castVotes(ydoc, ani, 'k1', 2, ctx(guest))).toMatchObject({ ok: false });
  });

  it('does not count a ballot a rogue client wrote over budget, and reports it', () => {
    const ydoc = session();
    startStep(ydoc, 'suara', ctx(facilitator));
    revealStep(ydoc, 'suara', ctx(facilitator));
    ydoc
      .getMap('votes')
      .set(ballotKey('suara', 'p-budi'), { participant: budi, stepId: 'suara', votes: { k1: 50 } });
    const { s, problems } = view(ydoc, 'p-ani');
    expect(s?.tally).toEqual({});
    expect(problems.map((p) => p.key)).toEqual(['votes/suara/p-budi']);
  });

  it('clusters, decisions and attendance', () => {
    const ydoc = session();
    const f = ctx(facilitator);
    startStep(ydoc, 'gagasan', f);
    addCard(ydoc, ani, 'k1', { pillarId: 'branding', text: 'Kalender event bersama' }, ctx(guest));
    expect(clusterCard(ydoc, 'k1', 'wisata', f)).toMatchObject({
      ok: false,
      error: { key: 'error.notFound' },
    });
    expect(nameCluster(ydoc, 'wisata', 'gagasan', 'Promosi wisata', f).ok).toBe(true);
    expect(clusterCard(ydoc, 'k1', 'wisata', f).ok).toBe(true);
    expect(clusterCard(ydoc, 'k1', 'wisata', ctx(guest))).toMatchObject({ ok: false });
    expect(recordAttendance(ydoc, ani, 'join', ctx(guest)).ok).toBe(true);
    expect(recordAttendance(ydoc, budi, 'manual', ctx(guest))).toMatchObject({ ok: false });
    expect(recordAttendance(ydoc, budi, 'manual', f).ok).toBe(true);
    const decision = {
      kind: 'action',
      text: 'Susun kalender event kawasan',
      owner: 'Dinas Pariwisata Kab. Magelang',
      dueDate: '2022-01-31',
      linked: null,
    };
    expect(setDecision(ydoc, 'kalender', decision, f).ok).toBe(true);
    const { s, problems } = view(ydoc, null, true);
    expect(problems).toEqual([]);
    expect(s?.cards[0]?.clusterId).toBe('wisata');
    expect(s?.attendance.map((a) => [a.participant.id, a.via])).toEqual([
      ['p-ani', 'join'],
      ['p-budi', 'manual'],
    ]);
    expect(s?.decisions.map((d) => d.id)).toEqual(['kalender']);
  });
});

describe('FGD convergence', () => {
  it('property: cards and votes from three participants on three replicas, merged in any order, converge within budget', () => {
    const people: Participant[] = [ani, budi, { id: 'p-citra', name: 'Citra (Bantul)', region: '34.02' }];
    const action = fc.oneof(
      fc.record({ kind: fc.constant('card' as const), card: fc.constantFrom('c1', 'c2', 'c3', 'c4') }),
      fc.record({
        kind: fc.constant('vote' as const),
        card: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
        count: fc.integer({ min: 0, max: 3 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), action), { maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        (steps, order) => {
          const origin = session();
          setStep(origin, 'semua', { ...voting, allow: 'votes', order: 2 }, ctx(facilitator));
          const replicas = [0, 1, 2].map(() => {
            const replica = new Y.Doc();
            Y.applyUpdate(replica, Y.encodeStateAsUpdate(origin));
            return replica;
          });
          const updates: Uint8Array[] = [];
          for (const replica of replicas) {
            replica.on('update', (u: Uint8Array) => {
              updates.push(u);
            });
          }
          for (const [index, step] of steps) {
            const ydoc = replicas[index] as Y.Doc;
            const person = people[index] as Participant;
            if (step.kind === 'card') {
              startStep(ydoc, 'gagasan', ctx(facilitator));
              addCard(
                ydoc,
                person,
                `${step.card}-${person.id}`,
                { pillarId: 'economy', text: `Gagasan ${step.card}` },
                ctx(guest),
              );
            } else {
              startStep(ydoc, 'suara', ctx(facilitator));
              castVotes(ydoc, person, `${step.card}-${person.id}`, step.count, ctx(guest));
            }
          }
          const shuffled = updates
            .map((u, i) => ({ u, k: order[i % order.length] ?? 0 }))
            .sort((a, b) => a.k - b.k);
          for (const replica of replicas) {
            for (const { u } of shuffled) Y.applyUpdate(replica, u);
            for (const u of updates.slice(0, 5)) Y.applyUpdate(replica, u);
          }
          const views = replicas.map((r) => view(r, null, true));
          for (const { problems } of views) expect(problems).toEqual([]);
          expect(views[1]?.s).toEqual(views[0]?.s);
          expect(views[2]?.s).toEqual(views[0]?.s);
          const total = Object.values(views[0]?.s?.tally ?? {}).reduce((sum, n) => sum + n, 0);
          expect(total).toBeLessThanOrEqual(3 * voting.voteBudget);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('FGD agenda and follow-up commands', () => {
  const third: StepFields = { ...ideas, title: 'Keputusan', allow: 'nothing', order: 2 };
  const titles = (ydoc: Y.Doc) => view(ydoc, null, true).s?.steps.map((step) => [step.id, step.order]);

  it('moves a step up and down and renumbers the agenda, also when two steps share a number', () => {
    const ydoc = session();
    const f = ctx(facilitator);
    setStep(ydoc, 'putusan', { ...third, order: 1 }, f);
    expect(titles(ydoc)).toEqual([
      ['gagasan', 0],
      ['putusan', 1],
      ['suara', 1],
    ]);
    expect(moveStep(ydoc, 'suara', 'up', f).ok).toBe(true);
    expect(titles(ydoc)).toEqual([
      ['gagasan', 0],
      ['suara', 1],
      ['putusan', 2],
    ]);
    expect(moveStep(ydoc, 'gagasan', 'down', f).ok).toBe(true);
    expect(titles(ydoc)?.map(([id]) => id)).toEqual(['suara', 'gagasan', 'putusan']);
    expect(moveStep(ydoc, 'suara', 'up', f).ok).toBe(true);
    expect(titles(ydoc)?.map(([id]) => id)).toEqual(['suara', 'gagasan', 'putusan']);
    expect(moveStep(ydoc, 'gagasan', 'down', ctx(guest))).toMatchObject({
      ok: false,
      error: { key: 'error.notFacilitator' },
    });
    expect(moveStep(ydoc, 'nope', 'down', f)).toMatchObject({ ok: false, error: { key: 'error.notFound' } });
  });

  it('removes an unused step (clearing it as current) but keeps one that holds cards', () => {
    const ydoc = session();
    const f = ctx(facilitator);
    startStep(ydoc, 'suara', f);
    expect(removeStep(ydoc, 'suara', ctx(guest))).toMatchObject({ ok: false });
    expect(removeStep(ydoc, 'suara', f).ok).toBe(true);
    const after = view(ydoc, null, true).s;
    expect(after?.steps.map((step) => step.id)).toEqual(['gagasan']);
    expect(after?.currentStepId).toBeNull();
    expect(after?.timer).toBeNull();
    startStep(ydoc, 'gagasan', f);
    addCard(ydoc, ani, 'k1', { pillarId: 'branding', text: 'Kalender event bersama' }, ctx(guest));
    expect(removeStep(ydoc, 'gagasan', f)).toEqual({
      ok: false,
      error: { key: 'error.fgdStepHasCards', params: {} },
    });
  });

  it('stops the timer and keeps the step current', () => {
    const ydoc = session();
    const f = ctx(facilitator);
    startStep(ydoc, 'gagasan', f);
    expect(stopTimer(ydoc, ctx(guest))).toMatchObject({ ok: false });
    expect(stopTimer(ydoc, f).ok).toBe(true);
    const s = view(ydoc, null, true).s;
    expect(s?.timer).toBeNull();
    expect(s?.currentStepId).toBe('gagasan');
  });

  it('edits a decision in place, removes decisions and manual attendance', () => {
    const ydoc = session();
    const f = ctx(facilitator);
    const base = { kind: 'decision', owner: '', dueDate: null, linked: null };
    setDecision(ydoc, 'a', { ...base, text: 'Pertama' }, f);
    setDecision(ydoc, 'b', { ...base, text: 'Kedua' }, f);
    setDecision(
      ydoc,
      'a',
      { ...base, text: 'Pertama, diubah', linked: { doc: 'x/commitment/y', id: 'butir' } },
      f,
    );
    expect(view(ydoc, null, true).s?.decisions.map((d) => [d.id, d.text, d.linked?.id ?? null])).toEqual([
      ['a', 'Pertama, diubah', 'butir'],
      ['b', 'Kedua', null],
    ]);
    expect(removeDecision(ydoc, 'a', ctx(guest))).toMatchObject({ ok: false });
    expect(removeDecision(ydoc, 'a', f).ok).toBe(true);
    expect(view(ydoc, null, true).s?.decisions.map((d) => d.id)).toEqual(['b']);
    recordAttendance(ydoc, budi, 'manual', f);
    expect(removeAttendance(ydoc, 'p-budi', ctx(guest))).toMatchObject({ ok: false });
    expect(removeAttendance(ydoc, 'p-budi', f).ok).toBe(true);
    expect(view(ydoc, null, true).s?.attendance).toEqual([]);
  });
});

describe('FGD console helpers', () => {
  it('counts the timer down in whole seconds, as mm:ss, and below zero once over', () => {
    const timer = { stepId: 'gagasan', startedAt: '2021-11-27T03:00:00.000Z', minutes: 20 };
    const at = (iso: string) => secondsLeft(timer, Date.parse(iso));
    expect(at('2021-11-27T03:00:00.000Z')).toBe(1200);
    expect(at('2021-11-27T03:01:05.400Z')).toBe(1135);
    expect(formatCountdown(1135)).toBe('18:55');
    expect(formatCountdown(75 * 60)).toBe('75:00');
    expect(at('2021-11-27T03:20:01.000Z')).toBe(-1);
    expect(formatCountdown(-1)).toBe('00:00');
    expect(secondsLeft(null, 0)).toBeNull();
  });

  it('sums attendance per region in the area’s order and lists the regions not present', () => {
    const entry = (id: string, region: string | null) => ({
      participant: { id, name: id, region },
      via: 'manual' as const,
      at: '2021-11-27T03:00:00.000Z',
    });
    const summary = summariseAttendance(
      [entry('a', '34.04'), entry('b', '33.71'), entry('c', '34.04'), entry('d', null), entry('e', '31.71')],
      ['33.71', '33.08', '34.04'],
    );
    expect(summary.present).toEqual([
      { code: '33.71', count: 1 },
      { code: '34.04', count: 2 },
      { code: '31.71', count: 1 },
    ]);
    expect(summary.withoutRegion).toBe(1);
    expect(summary.absent).toEqual(['33.08']);
  });
});

describe('FGD decision links', () => {
  const klaten: Author = { name: 'Sri Wahyuni', region: '33.10', role: 'regionEditor' };
  const magelang: Author = { name: 'Bagus Prasetyo', region: '33.08', role: 'regionEditor' };
  const coordinator: Author = { name: 'Dewi Lestari', region: null, role: 'coordinator' };
  const klatenInnovation = { doc: 'kspn-borobudur/region/33.10', id: 'sipadu-klaten' };
  const decisions = (ydoc: Y.Doc) => view(ydoc, null, true).s?.decisions ?? [];

  function withDecision(): Y.Doc {
    const ydoc = session();
    const decision = {
      kind: 'action',
      text: 'Daerah asal mengirim SOP kepada daerah replikator.',
      owner: 'Diskominfo daerah asal',
      dueDate: '2025-06-30',
      linked: null,
    };
    expect(setDecision(ydoc, 'tindak-1', decision, ctx(facilitator)).ok).toBe(true);
    return ydoc;
  }

  it('lets a region editor record what a decision became in their region, and nothing else', () => {
    const ydoc = withDecision();
    const before = decisions(ydoc)[0];
    expect(linkDecision(ydoc, 'tindak-1', klatenInnovation, ctx(klaten))).toEqual({
      ok: true,
      value: undefined,
    });
    const after = decisions(ydoc)[0];
    expect(after?.linked).toEqual(klatenInnovation);
    // Text, kind, owner, due date and the first stamp stay the facilitator's.
    expect({ ...after, linked: null }).toEqual(before);
    // The same link again is no change and no refusal (a retried click, a second window).
    expect(linkDecision(ydoc, 'tindak-1', klatenInnovation, ctx(klaten)).ok).toBe(true);
  });

  it('refuses links to another region, by people who act for no region, and over an existing link', () => {
    const ydoc = withDecision();
    expect(linkDecision(ydoc, 'tindak-1', klatenInnovation, ctx(magelang))).toMatchObject({
      ok: false,
      error: { key: 'error.notYourRegion', params: { region: 'Kabupaten Klaten' } },
    });
    expect(
      linkDecision(ydoc, 'tindak-1', { doc: 'kspn-borobudur/commitment/komitmen', id: 'butir' }, ctx(klaten)),
    ).toMatchObject({ ok: false, error: { key: 'error.notYourRegion' } });
    expect(linkDecision(ydoc, 'tindak-1', klatenInnovation, ctx(guest))).toMatchObject({
      ok: false,
      error: { key: 'error.fgdLinkNotAllowed' },
    });
    const noRegion: Author = { ...klaten, region: null };
    expect(linkDecision(ydoc, 'tindak-1', klatenInnovation, ctx(noRegion))).toMatchObject({
      ok: false,
      error: { key: 'error.fgdLinkNotAllowed' },
    });
    expect(linkDecision(ydoc, 'nope', klatenInnovation, ctx(klaten))).toMatchObject({
      ok: false,
      error: { key: 'error.notFound' },
    });
    expect(
      linkDecision(ydoc, 'tindak-1', { doc: klatenInnovation.doc, id: 'Bukan Id' }, ctx(klaten)),
    ).toMatchObject({ ok: false, error: { key: 'error.invalidInput' } });
    expect(decisions(ydoc)[0]?.linked).toBeNull();

    expect(linkDecision(ydoc, 'tindak-1', klatenInnovation, ctx(klaten)).ok).toBe(true);
    const magelangPlan = { doc: 'kspn-borobudur/region/33.08', id: 'replikasi-sipadu-abcde' };
    expect(linkDecision(ydoc, 'tindak-1', magelangPlan, ctx(magelang))).toMatchObject({
      ok: false,
      error: { key: 'error.fgdDecisionLinked' },
    });
    expect(linkDecision(ydoc, 'tindak-1', magelangPlan, ctx(coordinator))).toMatchObject({
      ok: false,
      error: { key: 'error.fgdDecisionLinked' },
    });
    expect(decisions(ydoc)[0]?.linked).toEqual(klatenInnovation);
  });

  it('lets facilitators and coordinators link anywhere, and keeps a link an older edit did not know of', () => {
    const ydoc = withDecision();
    const item = { doc: 'kspn-borobudur/commitment/komitmen', id: 'butir-1' };
    expect(linkDecision(ydoc, 'tindak-1', item, ctx(coordinator)).ok).toBe(true);
    expect(decisions(ydoc)[0]?.linked).toEqual(item);
    const other = withDecision();
    expect(linkDecision(other, 'tindak-1', klatenInnovation, ctx(facilitator)).ok).toBe(true);
    // The facilitator's dialog was opened before the link: its save says linked: null.
    const edit = {
      kind: 'action',
      text: 'SOP dikirim paling lambat Juni.',
      owner: '',
      dueDate: null,
      linked: null,
    };
    expect(setDecision(other, 'tindak-1', edit, ctx(facilitator)).ok).toBe(true);
    expect(decisions(other)[0]).toMatchObject({
      text: 'SOP dikirim paling lambat Juni.',
      linked: klatenInnovation,
    });
  });

  it('names what a decision became from the catalog, the region when the entry is not here', () => {
    const catalog = {
      byKey: new Map([['33.10/sipadu-klaten', { innovation: { name: 'SIPADU Klaten' } }]]),
      plans: new Map([
        ['33.08', [{ id: 'replikasi-sipadu-abcde', source: { innovationName: 'SIPADU Klaten' } }]],
      ]),
    };
    const targets = catalogLinkTargets(catalog, [{ id: 'komitmen', title: 'Komitmen Bersama' }]);
    const resolve = (doc: string, id: string) => resolveDecisionLink({ doc, id }, targets);
    expect(resolve('kspn-borobudur/region/33.10', 'sipadu-klaten')).toEqual({
      kind: 'innovation',
      regionCode: '33.10',
      id: 'sipadu-klaten',
      name: 'SIPADU Klaten',
    });
    expect(resolve('kspn-borobudur/region/33.08', 'replikasi-sipadu-abcde')).toMatchObject({
      kind: 'plan',
      adopterCode: '33.08',
      name: 'SIPADU Klaten',
    });
    expect(resolve('kspn-borobudur/region/33.08', 'hilang')).toEqual({ kind: 'region', regionCode: '33.08' });
    expect(resolve('kspn-borobudur/commitment/komitmen', 'butir-1')).toMatchObject({
      kind: 'commitment',
      title: 'Komitmen Bersama',
    });
    expect(resolve('kspn-borobudur/area', 'x')).toEqual({ kind: 'other' });
  });

  it('starts an innovation from a decision: its first words as the name, its ids in the address', () => {
    expect(innovationNameFrom('Daerah asal mengirim SOP kepada daerah replikator.')).toBe(
      'Daerah asal mengirim SOP kepada daerah replikator',
    );
    expect(
      innovationNameFrom('  Tiga inovasi teratas menjadi prioritas replikasi kawasan tahun ini.  '),
    ).toBe('Tiga inovasi teratas menjadi prioritas replikasi kawasan tahun');
    const path = innovationFromDecisionPath({ fgdId: 'fgd-2', decisionId: 'tindak-1' });
    expect(path).toBe('/katalog/baru?fgd=fgd-2&keputusan=tindak-1');
    expect(decisionSourceOf(new URLSearchParams(path.split('?')[1]))).toEqual({
      fgdId: 'fgd-2',
      decisionId: 'tindak-1',
    });
    expect(decisionSourceOf(new URLSearchParams('fgd=../area&keputusan=x'))).toBeNull();
    expect(decisionSourceOf(new URLSearchParams(''))).toBeNull();
  });
});
