/**
 * What the FGD unit tests share: the facilitator who runs a session, command contexts on a clock,
 * and an agenda step's fields as the console's step dialog proposes them.
 */
import { newStepFields } from '../../renderer/src/fgd/console/new-step.js';
import type { StepFields } from '../../shared/model/fgd.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';

export const facilitator: Author = { name: 'Tenaga Ahli', region: null, role: 'facilitator' };

/**
 * Contexts for commands on one clock that moves a minute each time it is read, from `start` on: the
 * entries a test makes get distinct times in the order they were made.
 */
export function commandClock(start: Date): (author: Author) => CommandContext {
  let minute = 0;
  return (author) => ({ author, now: () => new Date(start.getTime() + 60_000 * minute++) });
}

/** A step with the fields a test cares about; the rest as a new step in the console. */
export function agendaStep(fields: Partial<StepFields>): StepFields {
  return { ...newStepFields(0), ...fields };
}
