/** A cluster's name as the board writes it: a cluster saved without a name still reads as one. */
import type { TFunction } from 'i18next';
import type { BoardCluster } from './board-layout';

export function clusterLabel(cluster: BoardCluster, t: TFunction): string {
  return cluster.name.trim() === '' ? t('fgdBoard.cluster.unnamed') : cluster.name;
}
