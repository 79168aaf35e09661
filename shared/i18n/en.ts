import type { MessageKey } from './id.js';

/** English. Typed by the Indonesian catalog's keys, so a missing or extra key fails to compile. */
export const en: Record<MessageKey, string> = {
  'role.coordinator': 'Area coordinator',
  'role.regionEditor': 'Region editor',
  'role.facilitator': 'Facilitator',
  'role.viewer': 'Viewer',

  'error.invalidInput': 'Invalid input: {{detail}}',
  'error.notCoordinator': 'Only an area coordinator can change the area profile.',
  'error.unknownRegion': 'Region code {{code}} is not in the Kemendagri list.',
  'error.notAMember': '{{region}} is not a member of this area.',
  'error.alreadyMember': '{{region}} is already a member of this area.',
  'error.duplicateId': 'An entry with code {{id}} already exists.',
  'error.notFound': 'Entry {{id}} was not found.',
  'error.memberInGroup': '{{region}} is still listed in group {{group}}; remove it from that group first.',
  'error.notYourRegion': 'Only editors of {{region}} can change data of {{region}}.',
  'error.lastPillar': 'An area needs at least one pillar.',
};
