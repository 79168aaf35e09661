/**
 * The cards of a step in columns: one per dimension (the dimension's colour on the column, its name
 * in the header) or one per cluster plus "Belum masuk klaster". In cluster columns a facilitator drags
 * a card from one column to another; every card's menu does the same from the keyboard.
 */
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Group, Text, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../../shared/model/fgd-view';
import { TooltipAction } from '../parts/TooltipAction';
import { BoardCard } from './BoardCard';
import classes from './board.module.css';
import { type BoardCluster, groupByCluster, groupByPillar, type PillarColour } from './board-layout';
import { CardMenu } from './CardMenu';
import { clusterLabel } from './cluster-label';

export interface ColouredPillar {
  id: string;
  name: string;
  colour: PillarColour;
}

export interface CardColumnsProps {
  mode: 'dimension' | 'cluster';
  cards: readonly CardView[];
  clusters: readonly BoardCluster[];
  pillars: readonly ColouredPillar[];
  tally: Readonly<Record<string, number>> | null;
  canEdit: boolean;
  onMove: (card: CardView, clusterId: string | null) => void;
  onNewCluster: (card: CardView) => void;
  onRemoveCard: (card: CardView) => void;
  onRenameCluster: (cluster: BoardCluster) => void;
  onRemoveCluster: (cluster: BoardCluster) => void;
}

/** The droppable id of the "not in a cluster" column (cluster ids are entry ids, which never hold a colon). */
const NO_CLUSTER = ':none';

export function CardColumns(props: CardColumnsProps) {
  const { t } = useTranslation();
  const { mode, cards, clusters, pillars, tally, canEdit } = props;
  const pillarOf = useMemo(() => {
    const byId = new Map(pillars.map((pillar) => [pillar.id, pillar]));
    const other = { name: t('fgdBoard.otherPillar'), colour: 'gray' as const };
    return (card: CardView) => byId.get(card.pillarId) ?? other;
  }, [pillars, t]);
  const clusterName = useMemo(() => {
    const byId = new Map(clusters.map((cluster) => [cluster.id, clusterLabel(cluster, t)]));
    return (card: CardView) => (card.clusterId === null ? null : (byId.get(card.clusterId) ?? null));
  }, [clusters, t]);

  const renderCard = (card: CardView, draggable: boolean) => {
    const cardProps = {
      card,
      pillar: pillarOf(card),
      showPillar: mode === 'cluster',
      clusterName: mode === 'dimension' ? clusterName(card) : null,
      votes: tally === null ? null : (tally[card.id] ?? 0),
      menu: canEdit ? (
        <CardMenu
          card={card}
          clusters={clusters.filter((cluster) => cluster.stepId === card.stepId)}
          onMove={(clusterId) => props.onMove(card, clusterId)}
          onNewCluster={() => props.onNewCluster(card)}
          onRemove={() => props.onRemoveCard(card)}
        />
      ) : null,
    };
    return draggable ? (
      <DraggableCard key={card.id} {...cardProps} />
    ) : (
      <BoardCard key={card.id} {...cardProps} />
    );
  };

  if (mode === 'dimension') {
    return (
      <div className={classes.columns}>
        {groupByPillar(cards, pillars).map((column) => {
          const colour = pillars[column.index]?.colour ?? 'gray';
          return (
            <Column
              key={column.pillar?.id ?? NO_CLUSTER}
              title={column.pillar?.name ?? t('fgdBoard.otherPillar')}
              colour={colour}
              count={column.cards.length}
              empty={t('fgdBoard.emptyPillar')}
            >
              {column.cards.map((card) => renderCard(card, false))}
            </Column>
          );
        })}
      </div>
    );
  }

  const columns = groupByCluster(cards, clusters);
  const content = (
    <div className={classes.columns}>
      {columns.map((column) => (
        <Column
          key={column.cluster?.id ?? NO_CLUSTER}
          droppableId={canEdit ? (column.cluster?.id ?? NO_CLUSTER) : undefined}
          title={column.cluster ? clusterLabel(column.cluster, t) : t('fgdBoard.cluster.none')}
          colour={column.cluster ? 'rembug' : 'gray'}
          wide={column.cluster === null}
          count={column.cards.length}
          empty={t(column.cluster ? 'fgdBoard.cluster.empty' : 'fgdBoard.cluster.allSorted')}
          actions={
            canEdit && column.cluster ? (
              <ClusterActions
                cluster={column.cluster}
                onRename={props.onRenameCluster}
                onRemove={props.onRemoveCluster}
              />
            ) : null
          }
        >
          {column.cards.map((card) => renderCard(card, canEdit))}
        </Column>
      ))}
    </div>
  );
  if (!canEdit) return content;
  return (
    <DragToCluster
      cards={cards}
      clusters={clusters}
      onMove={props.onMove}
      renderCard={(card) => renderCard(card, false)}
    >
      {content}
    </DragToCluster>
  );
}

function DragToCluster({
  cards,
  clusters,
  onMove,
  renderCard,
  children,
}: {
  cards: readonly CardView[];
  clusters: readonly BoardCluster[];
  onMove: (card: CardView, clusterId: string | null) => void;
  renderCard: (card: CardView) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // A few pixels of movement before a drag starts, so a click on the card's menu stays a click.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const [activeId, setActiveId] = useState<string | null>(null);
  const cardById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards]);
  const targetName = (id: string | number | undefined) => {
    if (id === undefined) return '';
    const cluster = clusters.find((entry) => entry.id === id);
    return cluster ? clusterLabel(cluster, t) : t('fgdBoard.cluster.none');
  };
  const textOf = (id: string | number) => cardById.get(String(id))?.text ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('fgdBoard.drag.start', { text: textOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('fgdBoard.drag.over', { text: textOf(active.id), target: targetName(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('fgdBoard.drag.end', { text: textOf(active.id), target: targetName(over.id) })
        : t('fgdBoard.drag.cancel', { text: textOf(active.id) }),
    onDragCancel: ({ active }) => t('fgdBoard.drag.cancel', { text: textOf(active.id) }),
  };
  const onDragStart = (event: DragStartEvent) => setActiveId(String(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setActiveId(null);
    const card = cardById.get(String(event.active.id));
    if (!card || !event.over) return;
    const target = event.over.id === NO_CLUSTER ? null : String(event.over.id);
    if (target !== card.clusterId) onMove(card, target);
  };
  const active = activeId === null ? undefined : cardById.get(activeId);
  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActiveId(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('fgdBoard.drag.instructions') },
      }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {active ? <ul className={classes.overlay}>{renderCard(active)}</ul> : null}
      </DragOverlay>
    </DndContext>
  );
}

function DraggableCard(props: Omit<Parameters<typeof BoardCard>[0], 'ref' | 'dragListeners' | 'dragging'>) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: props.card.id });
  return <BoardCard {...props} ref={setNodeRef} dragListeners={listeners} dragging={isDragging} />;
}

function Column({
  title,
  colour,
  count,
  empty,
  actions,
  droppableId,
  wide = false,
  children,
}: {
  title: string;
  /** The pool of cards in no cluster: the whole width, its cards side by side. */
  wide?: boolean;
  colour: PillarColour | 'rembug';
  count: number;
  empty: string;
  actions?: ReactNode;
  droppableId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const drop = useOptionalDroppable(droppableId);
  return (
    <section
      ref={drop.setNodeRef}
      className={classes.column}
      data-over={drop.isOver || undefined}
      data-wide={wide || undefined}
      aria-labelledby={headingId}
      style={{ borderTopColor: `var(--mantine-color-${colour}-6)` }}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} px={4}>
        <Title order={3} size="h6" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        <Group gap={2} wrap="nowrap">
          <Text size="xs" c="dimmed" fw={600} aria-label={t('fgdBoard.cardCount', { count })}>
            {count}
          </Text>
          {actions}
        </Group>
      </Group>
      {count === 0 ? (
        <Text size="xs" c="dimmed" px={4} pb={4}>
          {empty}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {children}
        </ul>
      )}
    </section>
  );
}

/** dnd-kit's droppable, only for columns that take drops (hooks cannot be called conditionally). */
function useOptionalDroppable(id: string | undefined) {
  const droppable = useDroppable({ id: id ?? '', disabled: id === undefined });
  return id === undefined ? { setNodeRef: undefined, isOver: false } : droppable;
}

function ClusterActions({
  cluster,
  onRename,
  onRemove,
}: {
  cluster: BoardCluster;
  onRename: (cluster: BoardCluster) => void;
  onRemove: (cluster: BoardCluster) => void;
}) {
  const { t } = useTranslation();
  const name = clusterLabel(cluster, t);
  return (
    <>
      <TooltipAction
        tip={t('fgdBoard.cluster.rename')}
        label={t('fgdBoard.cluster.renameLabel', { name })}
        size="sm"
        onClick={() => onRename(cluster)}
      >
        <IconPencil size={15} aria-hidden="true" />
      </TooltipAction>
      <TooltipAction
        tip={t('fgdBoard.cluster.remove')}
        label={t('fgdBoard.cluster.removeLabel', { name })}
        color="red"
        size="sm"
        onClick={() => onRemove(cluster)}
      >
        <IconTrash size={15} aria-hidden="true" />
      </TooltipAction>
    </>
  );
}
