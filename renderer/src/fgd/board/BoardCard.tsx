/**
 * One card on the board: its text, who wrote it (or "Anonim"), its votes, and — depending on how the
 * board groups — its dimension or its cluster. The dimension's colour edges the card; its name is
 * written on it or on the column above, so colour is never the only cue.
 */

import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../../shared/model/fgd-view';
import classes from './board.module.css';
import type { PillarColour } from './board-layout';

export interface BoardCardProps {
  card: CardView;
  pillar: { name: string; colour: PillarColour };
  /** Written on the card when the column does not say it already. */
  showPillar: boolean;
  clusterName: string | null;
  /** Null when the viewer may not see the tally. */
  votes: number | null;
  menu: ReactNode;
  ref?: Ref<HTMLLIElement>;
  style?: CSSProperties;
  dragging?: boolean;
  /** Pointer listeners of a draggable card (dnd-kit); keyboard users move it with the menu. */
  dragListeners?: DraggableSyntheticListeners;
}

export function BoardCard(props: BoardCardProps) {
  const { card, pillar, showPillar, clusterName, votes, menu, ref, style, dragging, dragListeners } = props;
  const { t } = useTranslation();
  return (
    <Paper
      component="li"
      ref={ref}
      withBorder
      radius="sm"
      p="sm"
      className={classes.card}
      data-dragging={dragging || undefined}
      data-draggable={dragListeners ? true : undefined}
      data-testid="fgd-board-card"
      style={{ ...style, borderLeftColor: `var(--mantine-color-${pillar.colour}-6)` }}
      {...dragListeners}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {card.text}
          </Text>
          {menu}
        </Group>
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed" mr="auto">
            {card.authorName ?? t('fgdBoard.card.anonymous')}
          </Text>
          {showPillar && (
            // A neutral badge keeps its text legible; the dimension's colour is the dot beside the name.
            <Badge
              size="sm"
              variant="light"
              color="gray"
              c="dark.7"
              tt="none"
              leftSection={
                <span
                  aria-hidden="true"
                  style={{
                    display: 'inline-block',
                    width: 8,
                    height: 8,
                    borderRadius: '50%',
                    background: `var(--mantine-color-${pillar.colour}-6)`,
                  }}
                />
              }
            >
              {pillar.name}
            </Badge>
          )}
          {clusterName !== null && (
            <Badge size="sm" variant="outline" color="gray" c="gray.8" tt="none">
              {clusterName}
            </Badge>
          )}
          {votes !== null && (
            <Badge size="sm" variant="filled" color="rembug" tt="none" data-testid="fgd-card-votes">
              {t('fgdBoard.card.votes', { count: votes })}
            </Badge>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
