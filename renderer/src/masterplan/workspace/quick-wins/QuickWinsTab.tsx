/**
 * The "Quick win" tab (stage 4): what the region will deliver in its first one or two years — each a
 * 6–12 month sharpening of an existing service, with the impact figures it promises and reaches —
 * under the area's dimensions. Editors add, change and remove them in a dialog; everyone else reads.
 */
import { Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeQuickWin, setQuickWin } from '../../../../../shared/model/master-plan';
import { useArea } from '../../../app/hooks';
import { ConfirmModal } from '../../../replication/plan/ConfirmModal';
import { newMasterPlanEntryId } from '../entry-id';
import type { MasterPlanView } from '../master-plan-view';
import { PillarSectionCard } from '../PillarSectionCard';
import { pillarSections } from '../pillar-sections';
import { useMasterPlanCommand } from '../use-master-plan-command';
import { QuickWinCard } from './QuickWinCard';
import { QuickWinForm } from './QuickWinForm';
import {
  newQuickWinValues,
  type QuickWin,
  type QuickWinInput,
  type QuickWinValues,
  quickWinValues,
} from './quick-win-values';

/** The dialog's subject: a new quick win (no id yet) or the one being changed. */
type Editing = { id: string | null; values: QuickWinValues };

export function QuickWinsTab({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const area = useArea();
  const run = useMasterPlanCommand(view.doc);
  // What the dialogs are about outlives their "open" flag, so a closing dialog keeps its text.
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorOpen, editor] = useDisclosure(false);
  const [removing, setRemoving] = useState<QuickWin | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const quickWins = view.plan.quickWins;
  const sections = useMemo(
    () => pillarSections(area.pillars, quickWins, t('masterPlan.otherPillar')),
    [area.pillars, quickWins, t],
  );

  const edit = (subject: Editing) => {
    setEditing(subject);
    editor.open();
  };
  const save = (input: QuickWinInput) => {
    if (editing === null) return;
    const id = editing.id ?? newMasterPlanEntryId('quickwin');
    const saved = run((doc, ctx) => setQuickWin(doc, view.regionCode, id, input, ctx), {
      failed: t('masterPlan.quickWin.saveFailed'),
      done:
        editing.id === null
          ? t('masterPlan.quickWin.added', { name: input.name })
          : t('masterPlan.quickWin.saved'),
    });
    if (saved) editor.close();
  };
  const title = editing?.id === null ? t('masterPlan.quickWin.addTitle') : t('masterPlan.quickWin.editTitle');

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        {t('masterPlan.quickWin.intro')}
      </Text>
      {sections.map((section) => (
        <PillarSectionCard
          key={section.id || 'lain'}
          idPrefix="quickwin"
          section={section}
          count={t('masterPlan.quickWin.count', { count: section.entries.length })}
          addLabel={view.canEdit && section.id !== '' ? t('masterPlan.quickWin.add') : null}
          addAriaLabel={t('masterPlan.quickWin.addIn', { pillar: section.name })}
          onAdd={() => edit({ id: null, values: newQuickWinValues(section.id) })}
          empty={view.canEdit ? t('masterPlan.quickWin.emptyEditor') : t('masterPlan.quickWin.emptyReader')}
          listLabel={t('masterPlan.quickWin.listLabel', { pillar: section.name })}
        >
          {section.entries.map((quickWin) => (
            <QuickWinCard
              key={quickWin.id}
              quickWin={quickWin}
              canEdit={view.canEdit}
              onEdit={() => edit({ id: quickWin.id, values: quickWinValues(quickWin) })}
              onRemove={() => {
                setRemoving(quickWin);
                confirm.open();
              }}
            />
          ))}
        </PillarSectionCard>
      ))}
      <Modal opened={editorOpen} onClose={editor.close} title={title} size="lg">
        {editing && (
          <QuickWinForm
            // A new subject is a new form: its state starts from that subject's values.
            key={editing.id ?? `baru-${editing.values.pillarId}`}
            initial={() => editing.values}
            pillars={area.pillars}
            label={title}
            onSave={save}
            onCancel={editor.close}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={confirmOpen}
        title={t('masterPlan.quickWin.removeTitle')}
        body={t('masterPlan.quickWin.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('masterPlan.remove')}
        onConfirm={() => {
          if (!removing) return;
          run((doc, ctx) => removeQuickWin(doc, view.regionCode, removing.id, ctx), {
            failed: t('masterPlan.quickWin.removeFailed'),
            done: t('masterPlan.quickWin.removed', { name: removing.name }),
          });
        }}
        onClose={confirm.close}
      />
    </Stack>
  );
}
