/** An innovation's stage as a coloured badge; the label comes resolved (rows pass it from their context). */
import { Badge, type MantineSize } from '@mantine/core';
import type { Innovation } from '../../../shared/model/innovation';

/**
 * Grey while an idea, amber on trial, the brand green once in use. The text is a darker shade of the
 * same colour so it keeps a readable contrast (WCAG AA) on the light badge; Mantine's darkest yellow
 * does not.
 */
const STAGE_BADGE: Readonly<Record<Innovation['stage'], { color: string; text: string }>> = {
  inisiatif: { color: 'gray', text: 'gray.8' },
  ujiCoba: { color: 'yellow', text: '#7a4500' },
  penerapan: { color: 'rembug', text: 'rembug.8' },
};

export function StageBadge({
  stage,
  label,
  size = 'md',
}: {
  stage: Innovation['stage'];
  label: string;
  size?: MantineSize;
}) {
  const { color, text } = STAGE_BADGE[stage];
  return (
    <Badge component="span" size={size} variant="light" color={color} c={text} tt="none">
      {label}
    </Badge>
  );
}
