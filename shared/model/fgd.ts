/**
 * An FGD session (`<area>/fgd/<id>`): agenda steps with timers, cards by pillar, clusters, dot votes
 * with a per-person budget, hide-until-reveal, decisions and attendance. Facilitators run it;
 * participants (joined by code, no account) add cards and vote as the current step allows.
 *
 * Layout: `session` (title, date, venue, facilitators, currentStep, revealed), `steps`, `cards`,
 * `clusters`, `decisions`, `attendance` (id → JSON), and `votes` (participant id → that person's
 * ballot), so each person only ever writes their own ballot.
 */

import type * as Y from 'yjs';
import { z } from 'zod';
import { regencyByCode } from '../regions/index.js';
import { EntryId, RegionCode, text } from './fields.js';
import { type CommandContext, Stamp, stamp } from './identity.js';
import { type CommandResult, invalidInput, ok, parseInput, type Refusal, refuse } from './result.js';
import { readEntries } from './validated-read.js';

/** A person in the room: an id their device keeps for the session, a name, maybe a region. */
export const Participant = z.object({ id: EntryId, name: text(120).min(1), region: RegionCode.nullable() });
export type Participant = z.infer<typeof Participant>;

export const StepFields = z.object({
  title: text(200).min(1),
  instruction: text(2000),
  minutes: z.number().int().min(0).max(480),
  allow: z.enum(['cards', 'votes', 'nothing']),
  /** Cards of others stay hidden until the facilitator reveals this step. */
  hideUntilReveal: z.boolean(),
  anonymous: z.boolean(),
  voteBudget: z.number().int().min(1).max(50),
  onePerCard: z.boolean(),
  order: z.number().int().min(0),
});
export type StepFields = z.infer<typeof StepFields>;

export const StoredStep = StepFields.extend({ id: EntryId });
export const StoredCard = z.object({
  id: EntryId,
  stepId: EntryId,
  pillarId: EntryId,
  text: text(500).min(1),
  author: Participant,
  clusterId: EntryId.nullable(),
  at: z.iso.datetime(),
});
export const StoredCluster = z.object({ id: EntryId, stepId: EntryId, name: text(120), updated: Stamp });
export const Ballot = z.object({
  participant: Participant,
  stepId: EntryId,
  votes: z.record(EntryId, z.number().int().min(1)),
});
export const SessionMeta = z.object({
  title: text(200).min(1),
  date: z.iso.date(),
  venue: text(200),
  facilitators: z.array(text(120).min(1)).max(20),
});
export const Timer = z
  .object({ stepId: EntryId, startedAt: z.iso.datetime(), minutes: z.number().int().min(0) })
  .nullable();
export const Attendance = z.object({
  participant: Participant,
  via: z.enum(['join', 'manual']),
  at: z.iso.datetime(),
});
/** A document (`<area>/region/33.10`, `<area>/commitment/…`) and an entry in it. */
export const DecisionLink = z.object({ doc: z.string().max(200), id: EntryId });
export type DecisionLink = z.infer<typeof DecisionLink>;
export const Decision = z.object({
  id: EntryId,
  kind: z.enum(['decision', 'action']),
  text: text(1000).min(1),
  owner: text(200),
  dueDate: z.iso.date().nullable(),
  /** What it became: a commitment item, an innovation or a replication plan (document + entry id). */
  linked: DecisionLink.nullable(),
  created: Stamp,
});

export const fgdDocName = (areaId: string, id: string): string => `${areaId}/fgd/${id}`;

function isFacilitator(ctx: CommandContext): boolean {
  return ctx.author.role === 'facilitator' || ctx.author.role === 'coordinator';
}

function requireFacilitator(ctx: CommandContext): Refusal | null {
  return isFacilitator(ctx) ? null : refuse('error.notFacilitator');
}

function steps(ydoc: Y.Doc): Map<string, z.infer<typeof StoredStep>> {
  return readEntries(ydoc, 'steps', StoredStep, '', () => undefined);
}

function currentStep(ydoc: Y.Doc): z.infer<typeof StoredStep> | null {
  const id = ydoc.getMap<unknown>('session').get('currentStep');
  return typeof id === 'string' ? (steps(ydoc).get(id) ?? null) : null;
}

export function createSession(ydoc: Y.Doc, meta: unknown, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const parsed = parseInput(SessionMeta, meta);
  if (!parsed.ok) return parsed;
  const session = ydoc.getMap<unknown>('session');
  if (session.has('meta')) return refuse('error.duplicateId', { id: parsed.value.title });
  ydoc.transact(() => {
    session.set('meta', parsed.value);
    session.set('currentStep', null);
    session.set('timer', null);
    session.set('revealed', []);
    session.set('created', stamp(ctx));
  }, ctx);
  return ok();
}

export function setStep(ydoc: Y.Doc, id: string, fields: unknown, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(StepFields, fields);
  if (!parsed.ok) return parsed;
  ydoc.transact(() => ydoc.getMap<unknown>('steps').set(id, { ...parsed.value, id }), ctx);
  return ok();
}

/** Makes a step current and starts its timer from now. */
export function startStep(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const step = steps(ydoc).get(id);
  if (!step) return refuse('error.notFound', { id });
  const session = ydoc.getMap<unknown>('session');
  ydoc.transact(() => {
    session.set('currentStep', id);
    session.set('timer', { stepId: id, startedAt: ctx.now().toISOString(), minutes: step.minutes });
  }, ctx);
  return ok();
}

export function revealStep(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  if (!steps(ydoc).has(id)) return refuse('error.notFound', { id });
  const session = ydoc.getMap<unknown>('session');
  const revealed = z.array(EntryId).catch([]).parse(session.get('revealed'));
  if (revealed.includes(id)) return ok();
  ydoc.transact(() => session.set('revealed', [...revealed, id]), ctx);
  return ok();
}

/** Takes a step off the agenda; a step that already holds cards or votes stays (they would be orphaned). */
export function removeStep(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const stepMap = ydoc.getMap<unknown>('steps');
  if (!stepMap.has(id)) return refuse('error.notFound', { id });
  const used = (map: string) =>
    [...ydoc.getMap<unknown>(map).values()].some(
      (entry) => typeof entry === 'object' && entry !== null && 'stepId' in entry && entry.stepId === id,
    );
  if (used('cards') || used('votes')) return refuse('error.fgdStepHasCards');
  const session = ydoc.getMap<unknown>('session');
  ydoc.transact(() => {
    stepMap.delete(id);
    if (session.get('currentStep') === id) {
      session.set('currentStep', null);
      session.set('timer', null);
    }
  }, ctx);
  return ok();
}

/**
 * Moves a step one place up or down the agenda in one change. Orders are renumbered 0, 1, 2, … over
 * the whole agenda, so two steps that got the same number (added at once on two laptops) part too.
 */
export function moveStep(
  ydoc: Y.Doc,
  id: string,
  direction: 'up' | 'down',
  ctx: CommandContext,
): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const list = [...steps(ydoc).values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const from = list.findIndex((step) => step.id === id);
  if (from < 0) return refuse('error.notFound', { id });
  const to = direction === 'up' ? from - 1 : from + 1;
  const neighbour = list[to];
  const moving = list[from];
  if (neighbour === undefined || moving === undefined) return ok();
  list[to] = moving;
  list[from] = neighbour;
  const stepMap = ydoc.getMap<unknown>('steps');
  ydoc.transact(() => {
    list.forEach((step, order) => {
      if (step.order !== order) stepMap.set(step.id, { ...step, order });
    });
  }, ctx);
  return ok();
}

/** Stops the running timer; the current step stays current (participants keep what they may do). */
export function stopTimer(ydoc: Y.Doc, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const session = ydoc.getMap<unknown>('session');
  if (session.get('timer') === null) return ok();
  ydoc.transact(() => session.set('timer', null), ctx);
  return ok();
}

const CardInput = z.object({ pillarId: EntryId, text: text(500).min(1) });

/** A participant adds a card to the current step, if that step takes cards. */
export function addCard(
  ydoc: Y.Doc,
  participant: Participant,
  id: string,
  input: unknown,
  ctx: CommandContext,
): CommandResult {
  const step = currentStep(ydoc);
  if (step?.allow !== 'cards') return refuse('error.stepNotOpenFor');
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(CardInput, input);
  if (!parsed.ok) return parsed;
  const cards = ydoc.getMap<unknown>('cards');
  if (cards.has(id)) return refuse('error.duplicateId', { id });
  const card = {
    ...parsed.value,
    id,
    stepId: step.id,
    author: participant,
    clusterId: null,
    at: ctx.now().toISOString(),
  };
  ydoc.transact(() => cards.set(id, card), ctx);
  return ok();
}

export function clusterCard(
  ydoc: Y.Doc,
  cardId: string,
  clusterId: string | null,
  ctx: CommandContext,
): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const cards = ydoc.getMap<unknown>('cards');
  const card = StoredCard.safeParse(cards.get(cardId));
  if (!card.success) return refuse('error.notFound', { id: cardId });
  if (clusterId !== null && !ydoc.getMap<unknown>('clusters').has(clusterId))
    return refuse('error.notFound', { id: clusterId });
  ydoc.transact(() => cards.set(cardId, { ...card.data, clusterId }), ctx);
  return ok();
}

export function nameCluster(
  ydoc: Y.Doc,
  id: string,
  stepId: string,
  name: unknown,
  ctx: CommandContext,
): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(text(120), name);
  if (!parsed.ok) return parsed;
  if (!steps(ydoc).has(stepId)) return refuse('error.notFound', { id: stepId });
  ydoc.transact(
    () => ydoc.getMap<unknown>('clusters').set(id, { id, stepId, name: parsed.value, updated: stamp(ctx) }),
    ctx,
  );
  return ok();
}

/**
 * Where a participant's ballot of one voting step is kept: per step, so a second vote (a new round of
 * priorities) does not replace the first one's ballots.
 */
export const ballotKey = (stepId: string, participantId: string): string => `${stepId}/${participantId}`;

/** A stored ballot counts only under its own key: one person's entry cannot stand in for another's. */
export function ballotInPlace(key: string, ballot: z.infer<typeof Ballot>): boolean {
  return key === ballotKey(ballot.stepId, ballot.participant.id);
}

/** A participant's own votes in a step (card id → votes), validated; empty when they have none there. */
export function readOwnVotes(ydoc: Y.Doc, stepId: string, participantId: string): Record<string, number> {
  const key = ballotKey(stepId, participantId);
  const parsed = Ballot.safeParse(ydoc.getMap<unknown>('votes').get(key));
  return parsed.success && ballotInPlace(key, parsed.data) ? parsed.data.votes : {};
}

export function ballotWithinRules(ballot: z.infer<typeof Ballot>, step: z.infer<typeof StoredStep>): boolean {
  const counts = Object.values(ballot.votes);
  const used = counts.reduce((sum, n) => sum + n, 0);
  return used <= step.voteBudget && (!step.onePerCard || counts.every((n) => n <= 1));
}

/** Sets a participant's votes on one card in the current voting step (0 takes them back). */
export function castVotes(
  ydoc: Y.Doc,
  participant: Participant,
  cardId: string,
  count: number,
  ctx: CommandContext,
): CommandResult<number> {
  const step = currentStep(ydoc);
  if (step?.allow !== 'votes') return refuse('error.stepNotOpenFor');
  if (!StoredCard.safeParse(ydoc.getMap<unknown>('cards').get(cardId)).success)
    return refuse('error.notFound', { id: cardId });
  if (!Number.isInteger(count) || count < 0) return refuse('error.invalidInput', { detail: 'count' });
  const votes = { ...readOwnVotes(ydoc, step.id, participant.id) };
  if (count === 0) delete votes[cardId];
  else votes[cardId] = count;
  const ballot = { participant, stepId: step.id, votes };
  if (!ballotWithinRules(ballot, step)) {
    return refuse('error.voteBudget', { budget: step.voteBudget });
  }
  ydoc.transact(() => ydoc.getMap<unknown>('votes').set(ballotKey(step.id, participant.id), ballot), ctx);
  return ok(step.voteBudget - Object.values(votes).reduce((sum, n) => sum + n, 0));
}

export function recordAttendance(
  ydoc: Y.Doc,
  participant: unknown,
  via: 'join' | 'manual',
  ctx: CommandContext,
): CommandResult {
  const parsed = parseInput(Participant, participant);
  if (!parsed.ok) return parsed;
  if (via === 'manual') {
    const denied = requireFacilitator(ctx);
    if (denied) return denied;
  }
  const attendance = ydoc.getMap<unknown>('attendance');
  if (attendance.has(parsed.value.id)) return ok();
  ydoc.transact(
    () => attendance.set(parsed.value.id, { participant: parsed.value, via, at: ctx.now().toISOString() }),
    ctx,
  );
  return ok();
}

/** Takes a manual entry off the attendance list (a typo, a person who left before the start). */
export function removeAttendance(ydoc: Y.Doc, participantId: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const attendance = ydoc.getMap<unknown>('attendance');
  if (!attendance.has(participantId)) return refuse('error.notFound', { id: participantId });
  ydoc.transact(() => attendance.delete(participantId), ctx);
  return ok();
}

export function removeDecision(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const decisions = ydoc.getMap<unknown>('decisions');
  if (!decisions.has(id)) return refuse('error.notFound', { id });
  ydoc.transact(() => decisions.delete(id), ctx);
  return ok();
}

const DecisionInput = Decision.omit({ id: true, created: true });

export function setDecision(ydoc: Y.Doc, id: string, input: unknown, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(DecisionInput, input);
  if (!parsed.ok) return parsed;
  const decisions = ydoc.getMap<unknown>('decisions');
  // An edit keeps the first stamp: the list stays in the order the room agreed things.
  const existing = Decision.safeParse(decisions.get(id));
  const created = existing.success ? existing.data.created : stamp(ctx);
  // A link, once recorded, stays: an edit made in a dialog opened before a region linked the
  // decision (from another laptop) must not drop what the decision became.
  const linked = parsed.value.linked ?? (existing.success ? existing.data.linked : null);
  ydoc.transact(() => decisions.set(id, { ...parsed.value, linked, id, created }), ctx);
  return ok();
}

/** `kspn-borobudur/region/33.10` → `33.10`; null for any other kind of document. */
export function regionOfDoc(docName: string): string | null {
  return /^[^/]+\/region\/(\d{2}\.\d{2})$/.exec(docName)?.[1] ?? null;
}

/**
 * Records what a decision became (an innovation, a replication plan, a commitment item), and nothing
 * else: its text, kind, owner and due date stay the facilitator's. Innovations and plans live in a
 * region's own document, written by that region's editors only, so a region editor may link a
 * decision to their own region's document; facilitators and coordinators may link it anywhere. A
 * decision already linked to something else stays so (two regions turning one decision into two
 * entries at once would otherwise silently lose one link).
 */
export function linkDecision(ydoc: Y.Doc, id: string, link: unknown, ctx: CommandContext): CommandResult {
  const parsed = parseInput(DecisionLink, link);
  if (!parsed.ok) return parsed;
  const { role, region } = ctx.author;
  if (!isFacilitator(ctx)) {
    if (role !== 'regionEditor' || region === null) return refuse('error.fgdLinkNotAllowed');
    const target = regionOfDoc(parsed.value.doc);
    if (target !== region) {
      return refuse('error.notYourRegion', { region: regencyByCode(target ?? region)?.name ?? region });
    }
  }
  const decisions = ydoc.getMap<unknown>('decisions');
  const existing = Decision.safeParse(decisions.get(id));
  if (!existing.success) return refuse('error.notFound', { id });
  const current = existing.data.linked;
  if (current !== null) {
    if (current.doc === parsed.value.doc && current.id === parsed.value.id) return ok();
    return refuse('error.fgdDecisionLinked');
  }
  ydoc.transact(() => decisions.set(id, { ...existing.data, linked: parsed.value }), ctx);
  return ok();
}

// Board (clusters and cards on the facilitator's board).

/** Takes a cluster off the board; its cards stay, outside any cluster. One change, so no card points nowhere. */
export function removeCluster(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const clusters = ydoc.getMap<unknown>('clusters');
  if (!clusters.has(id)) return refuse('error.notFound', { id });
  const cards = ydoc.getMap<unknown>('cards');
  ydoc.transact(() => {
    for (const [cardId, value] of cards) {
      const card = StoredCard.safeParse(value);
      if (card.success && card.data.clusterId === id) cards.set(cardId, { ...card.data, clusterId: null });
    }
    clusters.delete(id);
  }, ctx);
  return ok();
}

/**
 * Takes a card off the board (a duplicate, a card on the wrong step). A card someone voted for stays:
 * ballots are their voters' own, and a tally that silently lost votes would misreport the room.
 */
export function removeCard(ydoc: Y.Doc, id: string, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const cards = ydoc.getMap<unknown>('cards');
  if (!cards.has(id)) return refuse('error.notFound', { id });
  const voted = [...ydoc.getMap<unknown>('votes').values()].some((value) => {
    const ballot = Ballot.safeParse(value);
    return ballot.success && (ballot.data.votes[id] ?? 0) > 0;
  });
  if (voted) return refuse('error.fgdCardHasVotes');
  ydoc.transact(() => cards.delete(id), ctx);
  return ok();
}

/**
 * The votes of one voting step per card, from the ballots cast in it (a ballot over its step's rules
 * is not counted). The session view's tally adds up every step it may show; two votes on the same
 * cards need their own counts. Who may see them is the caller's to decide (the facilitator, or anyone
 * once the step is revealed).
 */
export function stepTally(ydoc: Y.Doc, stepId: string): Record<string, number> {
  const step = steps(ydoc).get(stepId);
  const tally: Record<string, number> = {};
  if (!step) return tally;
  for (const [key, value] of ydoc.getMap<unknown>('votes')) {
    const ballot = Ballot.safeParse(value);
    if (!ballot.success || !ballotInPlace(key, ballot.data) || ballot.data.stepId !== stepId) continue;
    if (!ballotWithinRules(ballot.data, step)) continue;
    for (const [cardId, n] of Object.entries(ballot.data.votes)) tally[cardId] = (tally[cardId] ?? 0) + n;
  }
  return tally;
}
