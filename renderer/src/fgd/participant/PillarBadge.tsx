/** The dimension a card was filed under, as a small badge above the card's text on a phone. */
import { Badge } from '@mantine/core';
import type { Pillar } from '../../../../shared/model/presets';
import { pillarName } from './pillars';

export function PillarBadge({ pillars, pillarId }: { pillars: readonly Pillar[]; pillarId: string }) {
  return (
    <Badge variant="light" color="gray" c="gray.9" tt="none" style={{ alignSelf: 'flex-start' }}>
      {pillarName(pillars, pillarId)}
    </Badge>
  );
}
