/**
 * How a region's signature state is shown everywhere (signing tab, projector): an icon and a word,
 * never colour alone, so the state reads on a washed-out projector and for colour-blind people.
 */
import { type Icon, IconAlertTriangle, IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import type { SignatureState } from '../../../../shared/model/commitment';

export interface StateLook {
  icon: Icon;
  /** Mantine colour of the state (light badges and the projector's tiles). */
  color: 'teal' | 'orange' | 'gray';
  label: 'commitmentBoard.state.signed' | 'commitmentBoard.state.outdated' | 'commitmentBoard.state.pending';
  /** One word, where space is short (projector tiles, phones). */
  short: 'commitmentBoard.tile.signed' | 'commitmentBoard.tile.outdated' | 'commitmentBoard.tile.pending';
}

export const STATE_LOOK: Record<SignatureState, StateLook> = {
  signed: {
    icon: IconCircleCheck,
    color: 'teal',
    label: 'commitmentBoard.state.signed',
    short: 'commitmentBoard.tile.signed',
  },
  outdated: {
    icon: IconAlertTriangle,
    color: 'orange',
    label: 'commitmentBoard.state.outdated',
    short: 'commitmentBoard.tile.outdated',
  },
  pending: {
    icon: IconClockHour4,
    color: 'gray',
    label: 'commitmentBoard.state.pending',
    short: 'commitmentBoard.tile.pending',
  },
};
