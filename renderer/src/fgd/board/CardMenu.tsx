/**
 * A card's menu for the facilitator: "Pindahkan ke klaster" (each cluster of the card's step, a new
 * one, or out of its cluster) and removal. The keyboard's way to do what dragging does.
 */
import { ActionIcon, Menu } from '@mantine/core';
import {
  IconCheck,
  IconDotsVertical,
  IconFolder,
  IconFolderOff,
  IconFolderPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../../shared/model/fgd-view';
import type { BoardCluster } from './board-layout';
import { clusterLabel } from './cluster-label';

export interface CardMenuProps {
  card: CardView;
  /** The clusters of the card's step. */
  clusters: readonly BoardCluster[];
  onMove: (clusterId: string | null) => void;
  onNewCluster: () => void;
  onRemove: () => void;
}

export function CardMenu({ card, clusters, onMove, onNewCluster, onRemove }: CardMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('fgdBoard.card.menu', { text: card.text })}
          // Pressing the menu must not start a drag of the card under it.
          onPointerDown={(event) => event.stopPropagation()}
        >
          <IconDotsVertical size={16} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('fgdBoard.card.moveTo')}</Menu.Label>
        {clusters.map((cluster) => {
          const here = cluster.id === card.clusterId;
          return (
            <Menu.Item
              key={cluster.id}
              leftSection={
                here ? (
                  <IconCheck size={16} aria-hidden="true" />
                ) : (
                  <IconFolder size={16} aria-hidden="true" />
                )
              }
              disabled={here}
              onClick={() => onMove(cluster.id)}
            >
              {clusterLabel(cluster, t)}
            </Menu.Item>
          );
        })}
        <Menu.Item leftSection={<IconFolderPlus size={16} aria-hidden="true" />} onClick={onNewCluster}>
          {t('fgdBoard.card.newCluster')}
        </Menu.Item>
        {card.clusterId !== null && (
          <Menu.Item
            leftSection={<IconFolderOff size={16} aria-hidden="true" />}
            onClick={() => onMove(null)}
          >
            {t('fgdBoard.card.outOfCluster')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden="true" />} onClick={onRemove}>
          {t('fgdBoard.card.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
