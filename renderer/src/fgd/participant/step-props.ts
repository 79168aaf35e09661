import type { FgdSession } from '../../../../shared/model/fgd-view';
import type { SessionStep } from '../console/step-text';
import type { ParticipantConnection } from './participant-connection';

/** What a phone's step view gets: the session as it stands, the running step, and this phone's link. */
export interface StepProps {
  session: FgdSession;
  step: SessionStep;
  connection: ParticipantConnection;
}
