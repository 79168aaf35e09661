/**
 * What an FGD's minutes are written from: the session as its facilitator sees it (every card, names as
 * recorded) and every ballot that keeps its step's rules, read from the session's document. The
 * minutes are the record of the meeting, so they do not depend on who opens them.
 */
import type * as Y from 'yjs';
import type { z } from 'zod';
import { Ballot, ballotInPlace, ballotWithinRules, StoredStep } from '../../../../shared/model/fgd';
import { type FgdSession, readSession } from '../../../../shared/model/fgd-view';
import { type ReportProblem, readEntries } from '../../../../shared/model/validated-read';

export type StoredBallot = z.infer<typeof Ballot>;

export interface FgdRecord {
  session: FgdSession;
  /** One per participant, as stored; only those within their step's budget (as readSession counts). */
  ballots: StoredBallot[];
}

export function readRecord(ydoc: Y.Doc, docName: string, report: ReportProblem): FgdRecord | null {
  const session = readSession(ydoc, docName, { participantId: null, facilitator: true }, report);
  if (!session) return null;
  const steps = readEntries(ydoc, 'steps', StoredStep, docName, () => undefined);
  const ballots: StoredBallot[] = [];
  for (const [key, ballot] of readEntries(ydoc, 'votes', Ballot, docName, () => undefined)) {
    const step = steps.get(ballot.stepId);
    // Skipped as readSession skips it (and reports it there): the minutes count what the tally counts.
    if (!step || !ballotInPlace(key, ballot) || !ballotWithinRules(ballot, step)) continue;
    ballots.push(ballot);
  }
  ballots.sort(
    (a, b) =>
      a.participant.name.localeCompare(b.participant.name, 'id') ||
      a.participant.id.localeCompare(b.participant.id),
  );
  return { session, ballots };
}
