/**
 * What one person sees of an FGD session: participants see others' cards of a hidden step only after
 * the reveal, names are hidden on anonymous steps, and the tally appears after the reveal;
 * facilitators see everything.
 */

import type * as Y from 'yjs';
import { z } from 'zod';
import {
  Attendance,
  Ballot,
  ballotInPlace,
  ballotWithinRules,
  Decision,
  SessionMeta,
  StoredCard,
  StoredCluster,
  StoredStep,
  Timer,
} from './fgd.js';
import { EntryId } from './fields.js';
import { type ReportProblem, readEntries, readValue } from './validated-read.js';

export interface CardView extends z.infer<typeof StoredCard> {
  /** Null when the step is anonymous and the viewer is not the author. */
  authorName: string | null;
}

export interface FgdSession {
  meta: z.infer<typeof SessionMeta>;
  steps: z.infer<typeof StoredStep>[];
  currentStepId: string | null;
  timer: z.infer<typeof Timer>;
  revealed: string[];
  /** The cards this viewer may see now. */
  cards: CardView[];
  clusters: z.infer<typeof StoredCluster>[];
  /** Per card: votes so far; only once the step is revealed, or to the facilitator. */
  tally: Record<string, number> | null;
  attendance: z.infer<typeof Attendance>[];
  decisions: z.infer<typeof Decision>[];
}

/**
 * The session as one viewer sees it: a participant sees others' cards of a hidden step only after the
 * reveal, and the tally only after the reveal; facilitators see everything. Ballots over their step's
 * budget (a client that skipped the command) are reported and not counted.
 */
export function readSession(
  ydoc: Y.Doc,
  docName: string,
  viewer: { participantId: string | null; facilitator: boolean },
  report: ReportProblem,
): FgdSession | null {
  const session = ydoc.getMap<unknown>('session');
  const where = (key: string) => ({ doc: docName, key: `session/${key}` });
  const meta = readValue(SessionMeta, session.get('meta'), where('meta'), report);
  if (!meta) return null;
  const currentStepId =
    readValue(EntryId.nullable(), session.get('currentStep') ?? null, where('currentStep'), report) ?? null;
  const timer = readValue(Timer, session.get('timer') ?? null, where('timer'), report) ?? null;
  const revealed =
    readValue(z.array(EntryId), session.get('revealed') ?? [], where('revealed'), report) ?? [];
  const stepMap = readEntries(ydoc, 'steps', StoredStep, docName, report);
  const stepList = [...stepMap.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  const visible = (card: z.infer<typeof StoredCard>) => {
    if (viewer.facilitator || card.author.id === viewer.participantId) return true;
    const step = stepMap.get(card.stepId);
    return !step?.hideUntilReveal || revealed.includes(card.stepId);
  };
  const cards: CardView[] = [...readEntries(ydoc, 'cards', StoredCard, docName, report).values()]
    .filter(visible)
    .map((card) => {
      const anonymous = stepMap.get(card.stepId)?.anonymous ?? false;
      const own = card.author.id === viewer.participantId;
      return { ...card, authorName: anonymous && !own && !viewer.facilitator ? null : card.author.name };
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));

  let tally: Record<string, number> | null = null;
  const votingStep = currentStepId ? stepMap.get(currentStepId) : undefined;
  const tallySteps = new Set([...revealed, ...(viewer.facilitator && votingStep ? [votingStep.id] : [])]);
  for (const [key, ballot] of readEntries(ydoc, 'votes', Ballot, docName, report)) {
    const step = stepMap.get(ballot.stepId);
    if (!step || !ballotInPlace(key, ballot) || !ballotWithinRules(ballot, step)) {
      report({ doc: docName, key: `votes/${key}`, problem: 'ballot breaks its step’s voting rules' });
      continue;
    }
    if (!tallySteps.has(ballot.stepId)) continue;
    tally ??= {};
    for (const [cardId, n] of Object.entries(ballot.votes)) tally[cardId] = (tally[cardId] ?? 0) + n;
  }
  if (tally === null && [...tallySteps].some((id) => stepMap.get(id)?.allow === 'votes')) tally = {};

  const clusters = [...readEntries(ydoc, 'clusters', StoredCluster, docName, report).values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id),
  );
  const attendance = [...readEntries(ydoc, 'attendance', Attendance, docName, report).values()].sort(
    (a, b) => a.at.localeCompare(b.at) || a.participant.id.localeCompare(b.participant.id),
  );
  const decisions = [...readEntries(ydoc, 'decisions', Decision, docName, report).values()].sort(
    (a, b) => a.created.at.localeCompare(b.created.at) || a.id.localeCompare(b.id),
  );
  return {
    meta,
    steps: stepList,
    currentStepId,
    timer,
    revealed,
    cards,
    clusters,
    tally,
    attendance,
    decisions,
  };
}
