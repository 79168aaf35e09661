/** What a facilitator does on the board, as model commands: clusters made, named, removed; cards moved or removed. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clusterCard, nameCluster, removeCard, removeCluster } from '../../../../shared/model/fgd';
import { newFgdEntryId } from '../console/ids';
import { type FgdView, useFgdCommand } from '../use-fgd';

export interface BoardActions {
  /** Makes a cluster on `stepId`, and moves `cardId` into it when given; returns the new id, or null. */
  createCluster(stepId: string, name: string, cardId?: string): string | null;
  renameCluster(clusterId: string, stepId: string, name: string): boolean;
  removeCluster(clusterId: string): boolean;
  /** Into `clusterId`, or out of any cluster with null. */
  moveCard(cardId: string, clusterId: string | null): boolean;
  removeCard(cardId: string): boolean;
}

export function useBoardActions(view: FgdView): BoardActions {
  const { t } = useTranslation();
  const run = useFgdCommand(view);
  return useMemo<BoardActions>(
    () => ({
      createCluster(stepId, name, cardId) {
        const id = newFgdEntryId('klaster');
        if (!run((doc, ctx) => nameCluster(doc, id, stepId, name, ctx), t('fgdBoard.cluster.createFailed')))
          return null;
        if (cardId !== undefined)
          run((doc, ctx) => clusterCard(doc, cardId, id, ctx), t('fgdBoard.card.moveFailed'));
        return id;
      },
      renameCluster: (clusterId, stepId, name) =>
        run((doc, ctx) => nameCluster(doc, clusterId, stepId, name, ctx), t('fgdBoard.cluster.renameFailed')),
      removeCluster: (clusterId) =>
        run((doc, ctx) => removeCluster(doc, clusterId, ctx), t('fgdBoard.cluster.removeFailed')),
      moveCard: (cardId, clusterId) =>
        run((doc, ctx) => clusterCard(doc, cardId, clusterId, ctx), t('fgdBoard.card.moveFailed')),
      removeCard: (cardId) =>
        run((doc, ctx) => removeCard(doc, cardId, ctx), t('fgdBoard.card.removeFailed')),
    }),
    [run, t],
  );
}
