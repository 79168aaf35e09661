import type { MessageKey } from './id.js';

/** English. Typed by the Indonesian catalog's keys, so a missing or extra key fails to compile. */
export const en: Record<MessageKey, string> = {
  'role.coordinator': 'Area coordinator',
  'role.regionEditor': 'Region editor',
  'role.facilitator': 'Facilitator',
  'role.viewer': 'Viewer',

  'replicationStage.persiapan': 'Preparation',
  'replicationStage.rencanaPengembangan': 'Planning & development',
  'replicationStage.replikasi': 'Replication',
  'replicationStage.evaluasi': 'Evaluation',

  'error.invalidInput': 'Invalid input: {{detail}}',
  'error.notCoordinator': 'Only an area coordinator can change the area profile.',
  'error.unknownRegion': 'Region code {{code}} is not in the Kemendagri list.',
  'error.notAMember': '{{region}} is not a member of this area.',
  'error.alreadyMember': '{{region}} is already a member of this area.',
  'error.duplicateId': 'An entry with code {{id}} already exists.',
  'error.notFound': 'Entry {{id}} was not found.',
  'error.memberInGroup': '{{region}} is still listed in group {{group}}; remove it from that group first.',
  'error.notYourRegion': 'Only editors of {{region}} can change data of {{region}}.',
  'error.ownInnovation': 'A region does not replicate its own innovation.',
  'error.stageStep': 'A plan moves one stage at a time, forward or back.',
  'error.letterOfIntentNeeded':
    'Record the letter of intent to the source region before entering the replication stage.',
  'error.notAnEditor': 'Only region editors or area coordinators can change the commitment.',
  'error.statusStep': 'The commitment cannot move directly to that status.',
  'error.notCoordinatorFinal': 'Only an area coordinator can finalise or reopen the commitment.',
  'error.commitmentFinal': 'The commitment is final and locked; ask a coordinator to reopen it.',
  'error.signOwnRegionOnly': 'You can only sign on behalf of your own region.',
  'error.signFinalOnly': 'The commitment can only be signed once it is final.',
  'error.notFacilitator': 'Only a facilitator can run the FGD.',
  'error.stepNotOpenFor': 'The current agenda step does not allow that.',
  'error.voteBudget': 'Your vote budget is {{budget}}; take votes back from another card first.',
  'error.lastCoordinator': 'An area needs at least one coordinator.',
  'error.importHasProblems': 'Import cancelled: fix the {{count}} problems in the sheet first.',
  'error.lastPillar': 'An area needs at least one pillar.',
};
