/**
 * How the board lays a session out, without React: which steps it shows, which cards belong to a
 * step, cards in columns by dimension or by cluster, and a voting step's results ranked. Shared by the
 * facilitator's board and the projector.
 */
import type { CardView, FgdSession } from '../../../../shared/model/fgd-view';

export type BoardStep = FgdSession['steps'][number];
export type BoardCluster = FgdSession['clusters'][number];

/** A dimension of the area, as the board names and colours it. */
export interface BoardPillar {
  id: string;
  name: string;
}

/** Steps that have something to put on the board: cards, or votes on cards. */
export function boardSteps(session: FgdSession): BoardStep[] {
  return session.steps.filter((step) => step.allow !== 'nothing');
}

/**
 * The step the board opens on: the current one when it takes cards or votes; otherwise the last
 * board step before it in the agenda (what the room just made), else the first board step.
 */
export function defaultBoardStep(session: FgdSession): BoardStep | null {
  const steps = boardSteps(session);
  const current = session.steps.find((step) => step.id === session.currentStepId);
  if (current && current.allow !== 'nothing') return current;
  if (current) {
    const before = steps.filter((step) => step.order <= current.order);
    const last = before[before.length - 1];
    if (last) return last;
  }
  return steps[0] ?? null;
}

/**
 * The cards a step is about. A cards step: the cards added during it. A voting step: the cards of
 * the card steps before it in the agenda (what the room votes on), or every card when none comes
 * before it (a vote placed first on the agenda still has something to show).
 */
export function cardsOfStep(session: FgdSession, step: BoardStep): CardView[] {
  if (step.allow === 'cards') return session.cards.filter((card) => card.stepId === step.id);
  const earlier = new Set(
    session.steps
      .filter((other) => other.allow === 'cards' && other.order < step.order)
      .map((other) => other.id),
  );
  if (earlier.size === 0) return session.cards;
  return session.cards.filter((card) => earlier.has(card.stepId));
}

/** The clusters cards of `step` can go into: its own, or those of the card steps a vote is about. */
export function clustersOfStep(session: FgdSession, step: BoardStep): BoardCluster[] {
  const stepIds = new Set(cardsOfStep(session, step).map((card) => card.stepId));
  if (step.allow === 'cards') stepIds.add(step.id);
  return session.clusters.filter((cluster) => stepIds.has(cluster.stepId));
}

export interface PillarColumn {
  /** Null for the column of cards whose dimension the area no longer lists. */
  pillar: BoardPillar | null;
  /** Position in the area's list, for the colour; -1 for the "other" column. */
  index: number;
  cards: CardView[];
}

/** One column per dimension of the area, in the area's order; cards of an unknown dimension last. */
export function groupByPillar(cards: readonly CardView[], pillars: readonly BoardPillar[]): PillarColumn[] {
  const known = new Set(pillars.map((pillar) => pillar.id));
  const columns: PillarColumn[] = pillars.map((pillar, index) => ({
    pillar,
    index,
    cards: cards.filter((card) => card.pillarId === pillar.id),
  }));
  const other = cards.filter((card) => !known.has(card.pillarId));
  if (other.length > 0) columns.push({ pillar: null, index: -1, cards: other });
  return columns;
}

export interface ClusterColumn {
  /** Null for the cards that are in no cluster yet. */
  cluster: BoardCluster | null;
  cards: CardView[];
}

/** One column per cluster (in the session's order), then the cards in none of them. */
export function groupByCluster(
  cards: readonly CardView[],
  clusters: readonly BoardCluster[],
): ClusterColumn[] {
  const ids = new Set(clusters.map((cluster) => cluster.id));
  return [
    ...clusters.map((cluster) => ({ cluster, cards: cards.filter((card) => card.clusterId === cluster.id) })),
    {
      cluster: null,
      cards: cards.filter((card) => card.clusterId === null || !ids.has(card.clusterId)),
    },
  ];
}

export interface RankedCard {
  card: CardView;
  votes: number;
  /** 1-based; cards with the same votes share a rank (1, 2, 2, 4). */
  rank: number;
}

/** Cards by votes, most first; ties in the order the cards came in. */
export function rankByVotes(
  cards: readonly CardView[],
  tally: Readonly<Record<string, number>>,
): RankedCard[] {
  const sorted = cards
    .map((card) => ({ card, votes: tally[card.id] ?? 0 }))
    .sort(
      (a, b) => b.votes - a.votes || a.card.at.localeCompare(b.card.at) || a.card.id.localeCompare(b.card.id),
    );
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((entry, position) => {
    if (entry.votes !== previous) rank = position + 1;
    previous = entry.votes;
    return { ...entry, rank };
  });
}

/** Votes cast on `cards` so far (0 when the tally is not this viewer's to see). */
export function votesOn(cards: readonly CardView[], tally: Readonly<Record<string, number>> | null): number {
  if (tally === null) return 0;
  return cards.reduce((sum, card) => sum + (tally[card.id] ?? 0), 0);
}

/** Whether the whole room may see a step's cards: revealed, or never hidden. */
export function cardsOpenToRoom(session: FgdSession, step: BoardStep): boolean {
  return !step.hideUntilReveal || session.revealed.includes(step.id);
}

/**
 * Mantine colours for dimensions, by their place in the area's list: six (the smart-city guide's
 * dimensions) far apart on the colour wheel, then more for areas that add their own. The name is
 * always written beside the colour.
 */
const PILLAR_COLOURS = [
  'blue',
  'grape',
  'orange',
  'teal',
  'pink',
  'lime',
  'cyan',
  'red',
  'indigo',
  'yellow',
] as const;
export type PillarColour = (typeof PILLAR_COLOURS)[number] | 'gray';

export function pillarColour(index: number): PillarColour {
  if (index < 0) return 'gray';
  return PILLAR_COLOURS[index % PILLAR_COLOURS.length] ?? 'gray';
}
