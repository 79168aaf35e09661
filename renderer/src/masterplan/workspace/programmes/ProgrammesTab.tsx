/**
 * The "Program" tab (stages 2 and 3): the programmes from the RPJMD and the OPDs' Renstra under each
 * of the area's dimensions, and the innovations they lead to. Editors add, change and remove them in
 * a dialog; everyone else reads.
 */
import { Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeProgramme, setProgramme } from '../../../../../shared/model/master-plan';
import { useArea } from '../../../app/hooks';
import { formatRupiah } from '../../../catalog/innovation-format';
import { ConfirmModal } from '../../../replication/plan/ConfirmModal';
import { newMasterPlanEntryId } from '../entry-id';
import type { MasterPlanView } from '../master-plan-view';
import { PillarSectionCard } from '../PillarSectionCard';
import { pillarSections } from '../pillar-sections';
import { linkedProgrammeCount } from '../stage-counts';
import { useMasterPlanCommand } from '../use-master-plan-command';
import { ProgrammeCard } from './ProgrammeCard';
import { ProgrammeForm } from './ProgrammeForm';
import {
  newProgrammeValues,
  type Programme,
  type ProgrammeInput,
  type ProgrammeValues,
  programmeValues,
} from './programme-values';
import { useLinkOptions } from './use-link-options';

/** The dialog's subject: a new programme (no id yet) or the one being changed. */
type Editing = { id: string | null; values: ProgrammeValues };

export function ProgrammesTab({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const area = useArea();
  const run = useMasterPlanCommand(view.doc);
  const options = useLinkOptions(view.regionCode);
  // What the dialogs are about outlives their "open" flag, so a closing dialog keeps its text.
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorOpen, editor] = useDisclosure(false);
  const [removing, setRemoving] = useState<Programme | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const programmes = view.plan.programmes;
  const sections = useMemo(
    () => pillarSections(area.pillars, programmes, t('masterPlan.otherPillar')),
    [area.pillars, programmes, t],
  );

  const edit = (subject: Editing) => {
    setEditing(subject);
    editor.open();
  };
  const save = (input: ProgrammeInput) => {
    if (editing === null) return;
    const id = editing.id ?? newMasterPlanEntryId('program');
    const saved = run((doc, ctx) => setProgramme(doc, view.regionCode, id, input, ctx), {
      failed: t('masterPlan.programme.saveFailed'),
      done:
        editing.id === null
          ? t('masterPlan.programme.added', { name: input.name })
          : t('masterPlan.programme.saved'),
    });
    if (saved) editor.close();
  };
  const title =
    editing?.id === null ? t('masterPlan.programme.addTitle') : t('masterPlan.programme.editTitle');

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed" maw={760}>
          {t('masterPlan.programme.intro')}
        </Text>
        <Text size="sm" fw={500}>
          {t('masterPlan.programme.summary', {
            count: programmes.length,
            linked: linkedProgrammeCount(view.plan),
            budget: formatRupiah(programmes.reduce((sum, p) => sum + (p.budget.amount ?? 0), 0)),
          })}
        </Text>
      </Stack>
      {sections.map((section) => (
        <PillarSectionCard
          key={section.id || 'lain'}
          idPrefix="program"
          section={section}
          count={t('masterPlan.programme.count', { count: section.entries.length })}
          addLabel={view.canEdit && section.id !== '' ? t('masterPlan.programme.add') : null}
          addAriaLabel={t('masterPlan.programme.addIn', { pillar: section.name })}
          onAdd={() => edit({ id: null, values: newProgrammeValues(section.id) })}
          empty={view.canEdit ? t('masterPlan.programme.emptyEditor') : t('masterPlan.programme.emptyReader')}
          listLabel={t('masterPlan.programme.listLabel', { pillar: section.name })}
        >
          {section.entries.map((programme) => (
            <ProgrammeCard
              key={programme.id}
              programme={programme}
              options={options}
              canEdit={view.canEdit}
              onEdit={() => edit({ id: programme.id, values: programmeValues(programme) })}
              onRemove={() => {
                setRemoving(programme);
                confirm.open();
              }}
            />
          ))}
        </PillarSectionCard>
      ))}
      <Modal opened={editorOpen} onClose={editor.close} title={title} size="lg">
        {editing && (
          <ProgrammeForm
            // A new subject is a new form: its state starts from that subject's values.
            key={editing.id ?? `baru-${editing.values.pillarId}`}
            initial={() => editing.values}
            pillars={area.pillars}
            options={options}
            label={title}
            onSave={save}
            onCancel={editor.close}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={confirmOpen}
        title={t('masterPlan.programme.removeTitle')}
        body={t('masterPlan.programme.removeBody', { name: removing?.name ?? '' })}
        confirmLabel={t('masterPlan.remove')}
        onConfirm={() => {
          if (!removing) return;
          run((doc, ctx) => removeProgramme(doc, view.regionCode, removing.id, ctx), {
            failed: t('masterPlan.programme.removeFailed'),
            done: t('masterPlan.programme.removed', { name: removing.name }),
          });
        }}
        onClose={confirm.close}
      />
    </Stack>
  );
}
