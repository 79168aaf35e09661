/**
 * Keputusan & tindak lanjut: what the room decided and who does what by when. Facilitators write
 * them; a coordinator turns one into an item of one of the area's commitments, a member region's
 * editor into an innovation or a replication plan of their region; the decision then links to it.
 */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeDecision } from '../../../../shared/model/fgd';
import { useSession } from '../../app/session';
import { formatDate } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import { PlainList } from '../parts/PlainList';
import { TooltipAction } from '../parts/TooltipAction';
import { type FgdView, useFgdCommand } from '../use-fgd';
import { ConvertToItemModal } from './ConvertToItemModal';
import { ConvertToPlanModal } from './ConvertToPlanModal';
import { DecisionLinkLine, RegionActions } from './DecisionLinks';
import { DecisionModal, type DecisionTarget, type SessionDecision } from './DecisionModal';
import { newFgdEntryId } from './ids';
import { EmptyPanelNote, PanelHeader } from './PanelFrame';
import { RemovalConfirm } from './RemovalConfirm';
import { useRemoval } from './use-removal';

export function DecisionsPanel({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const { profile, workspace } = useSession();
  const run = useFgdCommand(view);
  const [target, setTarget] = useState<DecisionTarget | null>(null);
  const [converting, setConverting] = useState<SessionDecision | null>(null);
  const [planning, setPlanning] = useState<SessionDecision | null>(null);
  const removal = useRemoval<SessionDecision>();
  const decisions = view.session?.decisions ?? [];
  const canConvert = view.isFacilitator && profile.role === 'coordinator';
  // Innovations and plans are written in a member region's document, by that region's editors only.
  const editorRegion =
    profile.role === 'regionEditor' && profile.region !== null && workspace.region(profile.region)
      ? profile.region
      : null;
  return (
    <Stack gap="md">
      <PanelHeader
        title={t('fgdConsole.decision.title')}
        intro={
          editorRegion
            ? t('fgdConsole.decision.introEditor', { region: regionLabel(editorRegion) })
            : t(
                canConvert
                  ? 'fgdConsole.decision.introCoordinator'
                  : view.isFacilitator
                    ? 'fgdConsole.decision.introFacilitator'
                    : 'fgdConsole.decision.introMember',
              )
        }
        introWidth={760}
        add={
          view.isFacilitator
            ? {
                label: t('fgdConsole.decision.add'),
                onClick: () => setTarget({ id: newFgdEntryId('keputusan'), decision: null }),
              }
            : undefined
        }
      />
      {decisions.length === 0 && (
        <EmptyPanelNote>
          {t(view.isFacilitator ? 'fgdConsole.decision.emptyFacilitator' : 'fgdConsole.decision.emptyMember')}
        </EmptyPanelNote>
      )}
      <PlainList gap="sm" label={t('fgdConsole.decision.title')}>
        {decisions.map((decision) => (
          <DecisionCard
            key={decision.id}
            view={view}
            decision={decision}
            canConvert={canConvert}
            editorRegion={editorRegion}
            onEdit={() => setTarget({ id: decision.id, decision })}
            onConvert={() => setConverting(decision)}
            onPlan={() => setPlanning(decision)}
            onRemove={() => removal.ask(decision)}
          />
        ))}
      </PlainList>
      <DecisionModal view={view} target={target} onClose={() => setTarget(null)} />
      <ConvertToItemModal view={view} decision={converting} onClose={() => setConverting(null)} />
      {editorRegion && (
        <ConvertToPlanModal
          view={view}
          decision={planning}
          regionCode={editorRegion}
          onClose={() => setPlanning(null)}
        />
      )}
      <RemovalConfirm
        removal={removal}
        title={t('fgdConsole.decision.removeTitle')}
        body={t('fgdConsole.decision.removeBody', { text: removal.entry?.text ?? '' })}
        confirmLabel={t('fgdConsole.decision.remove')}
        onRemove={(entry) =>
          run((doc, ctx) => removeDecision(doc, entry.id, ctx), t('fgdConsole.decision.removeFailed'))
        }
      />
    </Stack>
  );
}

function DecisionCard({
  view,
  decision,
  canConvert,
  editorRegion,
  onEdit,
  onConvert,
  onPlan,
  onRemove,
}: {
  view: FgdView;
  decision: SessionDecision;
  canConvert: boolean;
  /** The member region whose editor is looking, who may turn the decision into their region's entries. */
  editorRegion: string | null;
  onEdit: () => void;
  onConvert: () => void;
  onPlan: () => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const details = [
    decision.owner !== '' ? t('fgdConsole.decision.ownerIs', { owner: decision.owner }) : '',
    decision.dueDate
      ? t('fgdConsole.decision.dueIs', { date: formatDate(decision.dueDate, i18n.language) })
      : '',
  ].filter((part) => part !== '');
  const short = decision.text.length > 60 ? `${decision.text.slice(0, 60)}…` : decision.text;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={decision.text}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group gap="xs">
            <Badge
              variant="light"
              color={decision.kind === 'decision' ? 'indigo' : 'orange'}
              c={decision.kind === 'decision' ? 'indigo.9' : 'dark.8'}
              tt="none"
            >
              {t(`fgdConsole.decision.kind.${decision.kind}`)}
            </Badge>
          </Group>
          <Text style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{decision.text}</Text>
          {details.length > 0 && (
            <Text size="sm" c="dimmed">
              {details.join(' · ')}
            </Text>
          )}
          {decision.linked && <DecisionLinkLine linked={decision.linked} />}
          {editorRegion && !decision.linked && (
            <RegionActions
              fgdId={view.id}
              decisionId={decision.id}
              short={short}
              regionCode={editorRegion}
              onPlan={onPlan}
            />
          )}
          {canConvert && !decision.linked && (
            <Group>
              <Button
                size="compact-sm"
                variant="light"
                rightSection={<IconArrowRight size={14} />}
                onClick={onConvert}
                aria-label={t('fgdConsole.convert.buttonLabel', { text: short })}
              >
                {t('fgdConsole.convert.button')}
              </Button>
            </Group>
          )}
        </Stack>
        {view.isFacilitator && (
          <Group gap={4} wrap="nowrap">
            <TooltipAction
              tip={t('fgdConsole.decision.edit')}
              label={t('fgdConsole.decision.editLabel', { text: short })}
              onClick={onEdit}
            >
              <IconPencil size={18} />
            </TooltipAction>
            <TooltipAction
              tip={t('fgdConsole.decision.remove')}
              label={t('fgdConsole.decision.removeLabel', { text: short })}
              color="red.9"
              onClick={onRemove}
            >
              <IconTrash size={18} />
            </TooltipAction>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
