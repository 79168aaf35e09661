/**
 * The board: removing clusters (their cards stay, outside any cluster) and cards (not one that holds
 * votes), and how the board lays a session out — cards of a step, columns by dimension and by
 * cluster, results ranked with shared ranks for ties.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  boardSteps,
  cardsOfStep,
  cardsOpenToRoom,
  clustersOfStep,
  defaultBoardStep,
  groupByCluster,
  groupByPillar,
  pillarColour,
  rankByVotes,
  votesOn,
} from '../../renderer/src/fgd/board/board-layout.js';
import {
  addCard,
  ballotKey,
  castVotes,
  clusterCard,
  createSession,
  nameCluster,
  type Participant,
  removeCard,
  removeCluster,
  revealStep,
  type StepFields,
  setStep,
  startStep,
  stepTally,
} from '../../shared/model/fgd.js';
import { type FgdSession, readSession } from '../../shared/model/fgd-view.js';
import type { Author } from '../../shared/model/identity.js';
import { agendaStep, commandClock, facilitator } from './fgd-fixture.js';

const DOC = 'kspn-borobudur/fgd/fgd-papan';
const editor: Author = { name: 'Sri Wahyuni', region: '33.10', role: 'regionEditor' };
const ctx = commandClock(new Date(Date.UTC(2025, 4, 27, 2, 0)));
const f = () => ctx(facilitator);

const ani: Participant = { id: 'p-ani', name: 'Ani', region: '33.71' };
const budi: Participant = { id: 'p-budi', name: 'Budi', region: '34.04' };
const PILLARS = [
  { id: 'governance', name: 'Smart Governance' },
  { id: 'economy', name: 'Smart Economy' },
];

const step = (fields: Partial<StepFields>): StepFields => agendaStep({ title: 'Langkah', ...fields });

/** Opening (nothing), ideas (cards: k1 economy by Ani, k2 governance by Budi, k3 unknown pillar), a vote. */
function board(): Y.Doc {
  const ydoc = new Y.Doc();
  createSession(ydoc, { title: 'FGD Papan', date: '2025-05-27', venue: 'Magelang', facilitators: [] }, f());
  setStep(ydoc, 'buka', step({ title: 'Pembukaan', allow: 'nothing', order: 0 }), f());
  setStep(ydoc, 'gagasan', step({ title: 'Gagasan', order: 1 }), f());
  setStep(ydoc, 'suara', step({ title: 'Prioritas', allow: 'votes', order: 2 }), f());
  startStep(ydoc, 'gagasan', f());
  addCard(ydoc, ani, 'k1', { pillarId: 'economy', text: 'Pasar daring UMKM' }, ctx(editor));
  addCard(ydoc, budi, 'k2', { pillarId: 'governance', text: 'Satu data kawasan' }, ctx(editor));
  addCard(ydoc, budi, 'k3', { pillarId: 'hilang', text: 'Dimensi yang sudah dihapus' }, ctx(editor));
  return ydoc;
}

function sessionOf(ydoc: Y.Doc, facilitatorView = true): FgdSession {
  const session = readSession(
    ydoc,
    DOC,
    { participantId: null, facilitator: facilitatorView },
    () => undefined,
  );
  if (!session) throw new Error('no session');
  return session;
}

const stepOf = (session: FgdSession, id: string) => {
  const found = session.steps.find((entry) => entry.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('removing clusters and cards', () => {
  it('removes a cluster in one change and leaves its cards on the board, outside any cluster', () => {
    const ydoc = board();
    expect(nameCluster(ydoc, 'klaster-a', 'gagasan', 'Ekonomi digital', f()).ok).toBe(true);
    clusterCard(ydoc, 'k1', 'klaster-a', f());
    clusterCard(ydoc, 'k2', 'klaster-a', f());
    let changes = 0;
    ydoc.on('afterTransaction', () => changes++);
    expect(removeCluster(ydoc, 'klaster-a', ctx(editor))).toEqual({
      ok: false,
      error: { key: 'error.notFacilitator', params: {} },
    });
    expect(removeCluster(ydoc, 'klaster-a', f()).ok).toBe(true);
    expect(changes).toBe(1);
    const session = sessionOf(ydoc);
    expect(session.clusters).toEqual([]);
    expect(session.cards.map((card) => [card.id, card.clusterId])).toEqual([
      ['k1', null],
      ['k2', null],
      ['k3', null],
    ]);
    expect(removeCluster(ydoc, 'klaster-a', f())).toMatchObject({
      ok: false,
      error: { key: 'error.notFound' },
    });
  });

  it('removes a card nobody voted for, and refuses one that holds votes', () => {
    const ydoc = board();
    startStep(ydoc, 'suara', f());
    expect(castVotes(ydoc, ani, 'k1', 2, ctx(editor)).ok).toBe(true);
    expect(removeCard(ydoc, 'k2', ctx(editor))).toMatchObject({
      ok: false,
      error: { key: 'error.notFacilitator' },
    });
    expect(removeCard(ydoc, 'k1', f())).toEqual({
      ok: false,
      error: { key: 'error.fgdCardHasVotes', params: {} },
    });
    expect(removeCard(ydoc, 'k2', f()).ok).toBe(true);
    expect(removeCard(ydoc, 'k2', f())).toMatchObject({ ok: false, error: { key: 'error.notFound' } });
    // Votes taken back free the card again.
    castVotes(ydoc, ani, 'k1', 0, ctx(editor));
    expect(removeCard(ydoc, 'k1', f()).ok).toBe(true);
    expect(sessionOf(ydoc).cards.map((card) => card.id)).toEqual(['k3']);
  });
});

describe('a voting step’s own tally', () => {
  it('counts only the ballots cast in that step, so two votes on the same cards keep their own counts', () => {
    const ydoc = board();
    setStep(ydoc, 'suara-2', step({ title: 'Prioritas tahap dua', allow: 'votes', order: 3 }), f());
    startStep(ydoc, 'suara', f());
    castVotes(ydoc, ani, 'k1', 2, ctx(editor));
    startStep(ydoc, 'suara-2', f());
    castVotes(ydoc, budi, 'k1', 1, ctx(editor));
    castVotes(ydoc, budi, 'k2', 1, ctx(editor));
    expect(stepTally(ydoc, 'suara')).toEqual({ k1: 2 });
    expect(stepTally(ydoc, 'suara-2')).toEqual({ k1: 1, k2: 1 });
    expect(stepTally(ydoc, 'tidak-ada')).toEqual({});
    // A ballot written past the step's budget (a client that skipped the command) is not counted.
    ydoc.getMap('votes').set(ballotKey('suara', 'p-curang'), {
      participant: { id: 'p-curang', name: 'Curang', region: null },
      stepId: 'suara',
      votes: { k1: 9 },
    });
    expect(stepTally(ydoc, 'suara')).toEqual({ k1: 2 });
  });
});

describe('board layout', () => {
  it('shows steps with cards or votes and opens on the current one, or the last one before it', () => {
    const ydoc = board();
    let session = sessionOf(ydoc);
    expect(boardSteps(session).map((entry) => entry.id)).toEqual(['gagasan', 'suara']);
    expect(defaultBoardStep(session)?.id).toBe('gagasan');
    startStep(ydoc, 'buka', f());
    session = sessionOf(ydoc);
    // The opening comes before any board step: the first one is shown.
    expect(defaultBoardStep(session)?.id).toBe('gagasan');
    setStep(ydoc, 'penutup', step({ title: 'Penutup', allow: 'nothing', order: 3 }), f());
    startStep(ydoc, 'penutup', f());
    expect(defaultBoardStep(sessionOf(ydoc))?.id).toBe('suara');
  });

  it('gives a voting step the cards of the card steps before it, and their clusters', () => {
    const ydoc = board();
    nameCluster(ydoc, 'klaster-a', 'gagasan', 'Data', f());
    const session = sessionOf(ydoc);
    expect(cardsOfStep(session, stepOf(session, 'suara')).map((card) => card.id)).toEqual(['k1', 'k2', 'k3']);
    expect(clustersOfStep(session, stepOf(session, 'suara')).map((cluster) => cluster.id)).toEqual([
      'klaster-a',
    ]);
    expect(cardsOfStep(session, stepOf(session, 'gagasan')).map((card) => card.id)).toEqual([
      'k1',
      'k2',
      'k3',
    ]);
    expect(clustersOfStep(session, stepOf(session, 'gagasan')).map((cluster) => cluster.id)).toEqual([
      'klaster-a',
    ]);
  });

  it('puts cards in a column per dimension in the area’s order, unknown dimensions last', () => {
    const session = sessionOf(board());
    const columns = groupByPillar(session.cards, PILLARS);
    expect(
      columns.map((column) => [column.pillar?.id ?? null, column.index, column.cards.map((card) => card.id)]),
    ).toEqual([
      ['governance', 0, ['k2']],
      ['economy', 1, ['k1']],
      [null, -1, ['k3']],
    ]);
    expect(pillarColour(0)).not.toBe(pillarColour(1));
    expect(pillarColour(-1)).toBe('gray');
  });

  it('puts cards in a column per cluster, then the ones in none (or in a cluster since removed)', () => {
    const ydoc = board();
    nameCluster(ydoc, 'klaster-a', 'gagasan', 'Data', f());
    clusterCard(ydoc, 'k2', 'klaster-a', f());
    const session = sessionOf(ydoc);
    const stale = session.cards.map((card) =>
      card.id === 'k1' ? { ...card, clusterId: 'klaster-hilang' } : card,
    );
    expect(
      groupByCluster(stale, session.clusters).map((column) => [
        column.cluster?.name ?? null,
        column.cards.map((card) => card.id),
      ]),
    ).toEqual([
      ['Data', ['k2']],
      [null, ['k1', 'k3']],
    ]);
  });

  it('ranks cards by the tally with shared ranks for ties, and counts votes the viewer may see', () => {
    const ydoc = board();
    startStep(ydoc, 'suara', f());
    castVotes(ydoc, ani, 'k2', 2, ctx(editor));
    castVotes(ydoc, ani, 'k3', 1, ctx(editor));
    castVotes(ydoc, budi, 'k3', 1, ctx(editor));
    const session = sessionOf(ydoc);
    const cards = cardsOfStep(session, stepOf(session, 'suara'));
    expect(
      rankByVotes(cards, session.tally ?? {}).map((entry) => [entry.card.id, entry.votes, entry.rank]),
    ).toEqual([
      ['k2', 2, 1],
      ['k3', 2, 1],
      ['k1', 0, 3],
    ]);
    expect(votesOn(cards, session.tally)).toBe(4);
    // A participant sees no tally before the reveal: nothing to count.
    expect(votesOn(cards, sessionOf(ydoc, false).tally)).toBe(0);
    revealStep(ydoc, 'suara', f());
    expect(votesOn(cards, sessionOf(ydoc, false).tally)).toBe(4);
  });

  it('opens a hidden step’s cards to the room only after the reveal', () => {
    const ydoc = board();
    let session = sessionOf(ydoc);
    expect(cardsOpenToRoom(session, stepOf(session, 'gagasan'))).toBe(false);
    revealStep(ydoc, 'gagasan', f());
    session = sessionOf(ydoc);
    expect(cardsOpenToRoom(session, stepOf(session, 'gagasan'))).toBe(true);
  });
});
