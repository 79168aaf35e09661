/**
 * An FGD session as its minutes (notulen), with no UI and no Y types: the facts, the agenda, the
 * attendance list with a count per region, every step's cards grouped by cluster with their votes,
 * the ranked results of each vote, and the decisions and action items. The printed page, the .docx
 * and the two CSV files are all drawn from this one model, so they never say different things.
 *
 * Names follow each step's anonymity: the record keeps what the room agreed to show, so a card of an
 * anonymous step says "Anonim" here too, and so does a ballot of an anonymous voting step.
 */
import type { MessageKey } from '../../../../shared/i18n/id';
import { type Locale, type MessageParams, translate } from '../../../../shared/i18n/index';
import type { FgdSession } from '../../../../shared/model/fgd-view';
import { slugify } from '../../catalog/innovation-form-values';
import { formatDate, formatDateTime } from '../../catalog/innovation-format';
import { type CatalogLookup, catalogLinkTargets, resolveDecisionLink } from '../console/decision-links';
import type { StoredBallot } from './fgd-record';

type Step = FgdSession['steps'][number];

export interface MinutesAgendaStep {
  n: number;
  title: string;
  instruction: string;
  minutes: number;
  /** What participants could do in it, in words ("Menulis kartu; anonim; tersembunyi sampai dibuka"). */
  activity: string;
}

export interface MinutesAttendee {
  n: number;
  name: string;
  /** The region's name ("Kab. Magelang"); empty for a person who came for no region. */
  region: string;
  via: string;
}

export interface MinutesCard {
  n: number;
  text: string;
  dimension: string;
  /** The author's name, or "Anonim" on an anonymous step. */
  author: string;
  votes: number;
}

export interface MinutesCluster {
  /** The cluster's name; the last group holds the cards in no cluster. */
  name: string;
  clustered: boolean;
  cards: MinutesCard[];
}

export interface MinutesCardStep {
  title: string;
  anonymous: boolean;
  groups: MinutesCluster[];
  cardCount: number;
}

export interface MinutesResult {
  /** 1, 2, 2, 4: cards with as many votes share a rank. */
  rank: number;
  text: string;
  dimension: string;
  votes: number;
}

export interface MinutesVoteStep {
  title: string;
  voters: number;
  votes: number;
  results: MinutesResult[];
}

export interface MinutesDecision {
  n: number;
  kind: string;
  text: string;
  owner: string;
  dueDate: string;
  /** What it became (a commitment item, an innovation, a plan), in words; empty when not converted. */
  linked: string;
}

export interface MinutesVoteRow {
  participant: string;
  region: string;
  step: string;
  card: string;
  count: number;
}

export interface FgdMinutes {
  locale: Locale;
  title: string;
  /** Files are named from it: `notulen-<title>-<date>`, then `.docx`, `-kartu.csv`, `-suara.csv`. */
  fileBase: string;
  /** The area as a letterhead names it (abbreviations written out). */
  areaName: string;
  date: string;
  venue: string;
  facilitators: string[];
  agenda: MinutesAgendaStep[];
  attendance: MinutesAttendee[];
  /** Per region in the order of the area's members, then people who came for no region. */
  perRegion: { region: string; count: number }[];
  /** Steps that hold cards, in agenda order. */
  cardSteps: MinutesCardStep[];
  /** Steps that took votes, in agenda order. */
  voteSteps: MinutesVoteStep[];
  decisions: MinutesDecision[];
  /** Every vote given, one row per participant and card: what the votes CSV holds. */
  voteRows: MinutesVoteRow[];
  printedAt: string;
}

export interface FgdMinutesInput {
  session: FgdSession;
  ballots: readonly StoredBallot[];
  areaName: string;
  /** The area's member regions, in the area's order. */
  members: readonly { code: string; displayName: string }[];
  pillars: readonly { id: string; name: string }[];
  /** The area's commitments, to name the one a decision became an item of. */
  commitments: readonly { id: string; title: string }[];
  /** The catalog, to name the innovation or replication plan a decision became; without it, the region. */
  catalog?: CatalogLookup;
  printedAt: Date;
}

export function fgdMinutes(input: FgdMinutesInput, locale: Locale): FgdMinutes {
  const { session } = input;
  const t = (key: MessageKey, params: MessageParams = {}) => translate(locale, { key, params });
  const anonymous = t('fgdMinutes.anonymous');
  const regionName = (code: string | null) =>
    code === null ? '' : (input.members.find((member) => member.code === code)?.displayName ?? code);
  const pillarName = (id: string) =>
    input.pillars.find((pillar) => pillar.id === id)?.name ?? t('fgdMinutes.otherDimension');
  const stepById = new Map(session.steps.map((step) => [step.id, step]));
  const cardById = new Map(session.cards.map((card) => [card.id, card]));

  const votesOn = new Map<string, number>();
  for (const ballot of input.ballots) {
    for (const [cardId, n] of Object.entries(ballot.votes))
      votesOn.set(cardId, (votesOn.get(cardId) ?? 0) + n);
  }

  const attendance = session.attendance.map(
    (entry, index): MinutesAttendee => ({
      n: index + 1,
      name: entry.participant.name,
      region: regionName(entry.participant.region),
      via: t(entry.via === 'join' ? 'fgdMinutes.via.join' : 'fgdMinutes.via.manual'),
    }),
  );

  return {
    locale,
    title: session.meta.title,
    fileBase: minutesFileBase(session),
    areaName: input.areaName,
    date: formatDate(session.meta.date, locale),
    venue: session.meta.venue,
    facilitators: [...session.meta.facilitators],
    agenda: session.steps.map((step, index) => ({
      n: index + 1,
      title: step.title,
      instruction: step.instruction,
      minutes: step.minutes,
      activity: stepActivity(step, t),
    })),
    attendance,
    perRegion: countPerRegion(session, input.members, t('fgdMinutes.noRegion')),
    cardSteps: session.steps
      .map((step) => cardStep(step, session, votesOn, pillarName, anonymous))
      .filter((step): step is MinutesCardStep => step !== null),
    voteSteps: session.steps
      .filter((step) => step.allow === 'votes' || input.ballots.some((ballot) => ballot.stepId === step.id))
      .map((step) => voteStep(step, input.ballots, cardById, pillarName)),
    decisions: session.decisions.map((decision, index) => ({
      n: index + 1,
      kind: t(decision.kind === 'decision' ? 'fgdMinutes.kind.decision' : 'fgdMinutes.kind.action'),
      text: decision.text,
      owner: decision.owner,
      dueDate: decision.dueDate ? formatDate(decision.dueDate, locale) : '',
      linked: decision.linked ? linkedText(decision.linked, input, regionName, t) : '',
    })),
    voteRows: input.ballots.flatMap((ballot) => {
      const step = stepById.get(ballot.stepId);
      const hidden = step?.anonymous ?? false;
      return Object.entries(ballot.votes)
        .map(([cardId, count]) => ({
          participant: hidden ? anonymous : ballot.participant.name,
          // A region among a handful of people names the person: an anonymous ballot keeps neither.
          region: hidden ? '' : regionName(ballot.participant.region),
          step: step?.title ?? '',
          card: cardById.get(cardId)?.text ?? '',
          count,
        }))
        .sort((a, b) => a.card.localeCompare(b.card, 'id'));
    }),
    printedAt: formatDateTime(input.printedAt.toISOString(), locale),
  };
}

/** "Menulis kartu · anonim · tersembunyi sampai dibuka" / "Memberi suara (3 suara, 1 per kartu)". */
function stepActivity(step: Step, t: (key: MessageKey, params?: MessageParams) => string): string {
  const parts: string[] = [];
  if (step.allow === 'cards') parts.push(t('fgdMinutes.activity.cards'));
  else if (step.allow === 'votes')
    parts.push(
      t(step.onePerCard ? 'fgdMinutes.activity.votesOnePerCard' : 'fgdMinutes.activity.votes', {
        budget: step.voteBudget,
      }),
    );
  else parts.push(t('fgdMinutes.activity.nothing'));
  if (step.allow !== 'nothing') {
    if (step.anonymous) parts.push(t('fgdMinutes.activity.anonymous'));
    // Hiding is about others' cards: on a voting step there are none to hide.
    if (step.hideUntilReveal && step.allow === 'cards') parts.push(t('fgdMinutes.activity.hidden'));
  }
  return parts.join('; ');
}

function countPerRegion(
  session: FgdSession,
  members: FgdMinutesInput['members'],
  noRegion: string,
): { region: string; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const entry of session.attendance) {
    const code = entry.participant.region;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const rows = members
    .filter((member) => counts.has(member.code))
    .map((member) => ({ region: member.displayName, count: counts.get(member.code) ?? 0 }));
  // A region that left the area since (or a code outside it) still counts, under its code.
  const known = new Set(members.map((member) => member.code));
  for (const [code, count] of counts) {
    if (code !== null && !known.has(code)) rows.push({ region: code, count });
  }
  const without = counts.get(null);
  if (without !== undefined) rows.push({ region: noRegion, count: without });
  return rows;
}

function cardStep(
  step: Step,
  session: FgdSession,
  votesOn: ReadonlyMap<string, number>,
  pillarName: (id: string) => string,
  anonymous: string,
): MinutesCardStep | null {
  const cards = session.cards.filter((card) => card.stepId === step.id);
  if (cards.length === 0) return null;
  const clusters = session.clusters.filter((cluster) => cluster.stepId === step.id);
  const known = new Set(clusters.map((cluster) => cluster.id));
  let n = 0;
  const toCard = (card: FgdSession['cards'][number]): MinutesCard => {
    n += 1;
    return {
      n,
      text: card.text,
      dimension: pillarName(card.pillarId),
      author: step.anonymous ? anonymous : card.author.name,
      votes: votesOn.get(card.id) ?? 0,
    };
  };
  const groups: MinutesCluster[] = clusters
    .map((cluster) => ({
      name: cluster.name,
      clustered: true,
      cards: cards.filter((card) => card.clusterId === cluster.id).map(toCard),
    }))
    .filter((group) => group.cards.length > 0);
  const loose = cards.filter((card) => card.clusterId === null || !known.has(card.clusterId));
  if (loose.length > 0) groups.push({ name: '', clustered: false, cards: loose.map(toCard) });
  return { title: step.title, anonymous: step.anonymous, groups, cardCount: cards.length };
}

function voteStep(
  step: Step,
  ballots: readonly StoredBallot[],
  cardById: ReadonlyMap<string, FgdSession['cards'][number]>,
  pillarName: (id: string) => string,
): MinutesVoteStep {
  const counts = new Map<string, number>();
  let voters = 0;
  for (const ballot of ballots) {
    if (ballot.stepId !== step.id) continue;
    const entries = Object.entries(ballot.votes);
    if (entries.length > 0) voters += 1;
    for (const [cardId, n] of entries) counts.set(cardId, (counts.get(cardId) ?? 0) + n);
  }
  const ranked = [...counts]
    .flatMap(([cardId, votes]) => {
      const card = cardById.get(cardId);
      // A vote on a card taken off the board since: nothing left to name.
      return card ? [{ text: card.text, dimension: pillarName(card.pillarId), votes }] : [];
    })
    .sort((a, b) => b.votes - a.votes || a.text.localeCompare(b.text, 'id'));
  const results = ranked.map((result, index) => {
    const firstEqual = ranked.findIndex((other) => other.votes === result.votes);
    return { ...result, rank: firstEqual < 0 ? index + 1 : firstEqual + 1 };
  });
  return {
    title: step.title,
    voters,
    votes: results.reduce((sum, result) => sum + result.votes, 0),
    results,
  };
}

const NO_CATALOG: CatalogLookup = { byKey: new Map(), plans: new Map() };

function linkedText(
  linked: { doc: string; id: string },
  input: FgdMinutesInput,
  regionName: (code: string) => string,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  const link = resolveDecisionLink(
    linked,
    catalogLinkTargets(input.catalog ?? NO_CATALOG, input.commitments),
  );
  switch (link.kind) {
    case 'commitment':
      return t('fgdMinutes.linked.commitment', { title: link.title });
    case 'innovation':
      return t('fgdMinutes.linked.innovation', { name: link.name });
    case 'plan':
      return t('fgdMinutes.linked.plan', { name: link.name });
    case 'region':
      return t('fgdMinutes.linked.region', { region: regionName(link.regionCode) });
    default:
      return t('fgdMinutes.linked.other');
  }
}

/** "FGD Replikasi Inovasi" on 27 May 2025 → `notulen-fgd-replikasi-inovasi-2025-05-27` (+ extension). */
export function minutesFileBase(session: FgdSession): string {
  const slug = slugify(session.meta.title).slice(0, 70).replace(/-+$/, '');
  return `notulen-${slug || 'fgd'}-${session.meta.date}`;
}
