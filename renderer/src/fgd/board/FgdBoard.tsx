/**
 * Papan: the cards of a step (the current one, or one picked) by dimension or by cluster, and a
 * voting step's results. Facilitators make and name clusters and move cards into and out of them by
 * dragging or with each card's "Pindahkan ke klaster" menu. Live: cards, clusters and votes arrive as
 * they are made, on every board that shows the session.
 */
import { Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconFolderPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../../shared/model/fgd-view';
import { useArea } from '../../app/hooks';
import { allowLabel } from '../console/step-text';
import { SegmentedField } from '../parts/SegmentedField';
import type { FgdView } from '../use-fgd';
import {
  type BoardCluster,
  type BoardStep,
  boardSteps,
  cardsOfStep,
  clustersOfStep,
  defaultBoardStep,
  pillarColour,
} from './board-layout';
import { CardColumns, type ColouredPillar } from './CardColumns';
import { ClusterNameModal } from './ClusterNameModal';
import { clusterLabel } from './cluster-label';
import { EmptyBoard } from './EmptyBoard';
import { useBoardActions } from './use-board-actions';
import { useStepTally } from './use-step-tally';
import { VoteResults } from './VoteResults';

type Mode = 'results' | 'dimension' | 'cluster';

type Dialog =
  | { kind: 'create'; stepId: string; card: CardView | null }
  | { kind: 'rename'; cluster: BoardCluster }
  | { kind: 'removeCluster'; cluster: BoardCluster }
  | { kind: 'removeCard'; card: CardView };

export function FgdBoard({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const area = useArea();
  const actions = useBoardActions(view);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [chosenMode, setMode] = useState<Mode | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const pillars = useMemo<ColouredPillar[]>(
    () => area.pillars.map((pillar, index) => ({ ...pillar, colour: pillarColour(index) })),
    [area.pillars],
  );
  const session = view.session;
  const steps = session ? boardSteps(session) : [];
  const step = steps.find((entry) => entry.id === chosenId) ?? (session ? defaultBoardStep(session) : null);
  const tally = useStepTally(view, step);
  if (!session) return null;
  if (!step) return <EmptyBoard title={t('fgdBoard.noStepsTitle')} body={t('fgdBoard.noStepsBody')} />;

  const modes: Mode[] =
    step.allow === 'votes' ? ['results', 'dimension', 'cluster'] : ['dimension', 'cluster'];
  const mode = chosenMode !== null && modes.includes(chosenMode) ? chosenMode : (modes[0] ?? 'dimension');
  const cards = cardsOfStep(session, step);
  const clusters = clustersOfStep(session, step);
  const clusterStep = newClusterStep(session.steps, step, cards);
  const canEdit = view.isFacilitator;
  const current = step.id === session.currentStepId;

  return (
    <Stack gap="md" data-testid="fgd-board">
      <Group justify="space-between" align="flex-end" gap="md">
        <Group align="flex-end" gap="md">
          <Select
            label={t('fgdBoard.step')}
            data={steps.map((entry) => ({
              value: entry.id,
              label: `${entry.title} · ${allowLabel(entry, t)}${entry.id === session.currentStepId ? ` (${t('fgdBoard.current')})` : ''}`,
            }))}
            value={step.id}
            onChange={(value) => setChosenId(value)}
            allowDeselect={false}
            w={{ base: '100%', sm: 420 }}
            comboboxProps={{ withinPortal: true }}
          />
          <SegmentedField
            label={t('fgdBoard.groupBy')}
            value={mode}
            onChange={(value) => setMode(modes.find((entry) => entry === value) ?? null)}
            options={modes.map((value) => ({ value, label: t(`fgdBoard.mode.${value}`) }))}
          />
        </Group>
        {canEdit && clusterStep !== null && (
          <Button
            variant="light"
            leftSection={<IconFolderPlus size={18} aria-hidden="true" />}
            onClick={() => setDialog({ kind: 'create', stepId: clusterStep, card: null })}
          >
            {t('fgdBoard.cluster.create')}
          </Button>
        )}
      </Group>

      <Group gap="xs">
        {current && (
          <Badge variant="light" color="rembug" c="rembug.9" tt="none">
            {t('fgdBoard.currentStep')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {t('fgdBoard.cardCount', { count: cards.length })}
          {canEdit && mode === 'cluster' && cards.length > 0 ? ` · ${t('fgdBoard.dragHint')}` : ''}
        </Text>
      </Group>

      {mode === 'results' ? (
        <VoteResults
          cards={cards}
          tally={tally}
          revealed={session.revealed.includes(step.id)}
          pillars={pillars}
        />
      ) : cards.length === 0 ? (
        <EmptyBoard
          title={t('fgdBoard.emptyTitle')}
          body={t(step.allow === 'votes' ? 'fgdBoard.emptyVotesBody' : 'fgdBoard.emptyBody')}
        />
      ) : (
        <CardColumns
          mode={mode}
          cards={cards}
          clusters={clusters}
          pillars={pillars}
          tally={tally}
          canEdit={canEdit}
          onMove={(card, clusterId) => actions.moveCard(card.id, clusterId)}
          onNewCluster={(card) => setDialog({ kind: 'create', stepId: card.stepId, card })}
          onRemoveCard={(card) => setDialog({ kind: 'removeCard', card })}
          onRenameCluster={(cluster) => setDialog({ kind: 'rename', cluster })}
          onRemoveCluster={(cluster) => setDialog({ kind: 'removeCluster', cluster })}
        />
      )}

      <ClusterNameModal
        opened={dialog?.kind === 'create' || dialog?.kind === 'rename'}
        title={t(dialog?.kind === 'rename' ? 'fgdBoard.cluster.renameTitle' : 'fgdBoard.cluster.createTitle')}
        initial={dialog?.kind === 'rename' ? dialog.cluster.name : ''}
        onClose={() => setDialog(null)}
        onSubmit={(name) => {
          if (dialog?.kind === 'rename')
            return actions.renameCluster(dialog.cluster.id, dialog.cluster.stepId, name);
          if (dialog?.kind === 'create')
            return actions.createCluster(dialog.stepId, name, dialog.card?.id) !== null;
          return false;
        }}
      />
      <ConfirmRemove
        dialog={dialog?.kind === 'removeCard' || dialog?.kind === 'removeCluster' ? dialog : null}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          if (dialog?.kind === 'removeCard') actions.removeCard(dialog.card.id);
          if (dialog?.kind === 'removeCluster') actions.removeCluster(dialog.cluster.id);
          setDialog(null);
        }}
      />
    </Stack>
  );
}

/**
 * The step a new cluster belongs to: a cards step itself; for a voting step, the last card step
 * whose cards it shows. Null when there is none.
 */
function newClusterStep(
  all: readonly BoardStep[],
  step: BoardStep,
  cards: readonly CardView[],
): string | null {
  if (step.allow === 'cards') return step.id;
  const sources = new Set(cards.map((card) => card.stepId));
  const last = all.filter((entry) => sources.has(entry.id)).at(-1);
  return last?.id ?? null;
}

function ConfirmRemove({
  dialog,
  onClose,
  onConfirm,
}: {
  dialog: Extract<Dialog, { kind: 'removeCard' | 'removeCluster' }> | null;
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const clusterName = dialog?.kind === 'removeCluster' ? clusterLabel(dialog.cluster, t) : '';
  return (
    <Modal
      opened={dialog !== null}
      onClose={onClose}
      centered
      title={t(
        dialog?.kind === 'removeCluster' ? 'fgdBoard.cluster.removeTitle' : 'fgdBoard.card.removeTitle',
      )}
    >
      <Stack gap="md">
        <Text size="sm">
          {dialog?.kind === 'removeCluster'
            ? t('fgdBoard.cluster.removeBody', { name: clusterName })
            : t('fgdBoard.card.removeBody', { text: dialog?.kind === 'removeCard' ? dialog.card.text : '' })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('fgdBoard.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm}>
            {t(dialog?.kind === 'removeCluster' ? 'fgdBoard.cluster.remove' : 'fgdBoard.card.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
