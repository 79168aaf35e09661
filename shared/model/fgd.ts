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
export const Decision = z.object({
  id: EntryId,
  kind: z.enum(['decision', 'action']),
  text: text(1000).min(1),
  owner: text(200),
  dueDate: z.iso.date().nullable(),
  /** What it became: a commitment item, an innovation or a replication plan (document + entry id). */
  linked: z.object({ doc: z.string().max(200), id: EntryId }).nullable(),
  created: Stamp,
});

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
  const ballots = ydoc.getMap<unknown>('votes');
  const existing = Ballot.safeParse(ballots.get(participant.id));
  const votes = existing.success && existing.data.stepId === step.id ? { ...existing.data.votes } : {};
  if (count === 0) delete votes[cardId];
  else votes[cardId] = count;
  const ballot = { participant, stepId: step.id, votes };
  if (!ballotWithinRules(ballot, step)) {
    return refuse('error.voteBudget', { budget: step.voteBudget });
  }
  ydoc.transact(() => ballots.set(participant.id, ballot), ctx);
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

const DecisionInput = Decision.omit({ id: true, created: true });

export function setDecision(ydoc: Y.Doc, id: string, input: unknown, ctx: CommandContext): CommandResult {
  const denied = requireFacilitator(ctx);
  if (denied) return denied;
  const validId = EntryId.safeParse(id);
  if (!validId.success) return invalidInput(validId.error);
  const parsed = parseInput(DecisionInput, input);
  if (!parsed.ok) return parsed;
  ydoc.transact(
    () => ydoc.getMap<unknown>('decisions').set(id, { ...parsed.value, id, created: stamp(ctx) }),
    ctx,
  );
  return ok();
}
