/**
 * A tab of entries (programmes, quick wins) under each of the area's dimensions: a section per
 * dimension with its cards, "add" for editors, one dialog to add or change an entry and one to
 * confirm its removal. What differs per kind — its cards, its form, its words — comes in as props.
 */
import { Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CommandContext } from '../../../../shared/model/identity';
import type { CommandResult } from '../../../../shared/model/result';
import { useArea } from '../../app/hooks';
import { useDocCommand } from '../../app/use-doc-command';
import { ConfirmModal } from '../../replication/plan/ConfirmModal';
import { newMasterPlanEntryId } from './entry-id';
import type { MasterPlanView } from './master-plan-view';
import { PillarSectionCard } from './PillarSectionCard';
import { pillarSections } from './pillar-sections';

/** Each kind's words (`masterPlan.<kind>.…`) and the prefix of its ids and section headings. */
const ID_PREFIX = { programme: 'program', quickWin: 'quickwin' } as const;
export type EntryKind = keyof typeof ID_PREFIX;

interface PlanEntry {
  id: string;
  pillarId: string;
  name: string;
}

/** What a kind's form gives back once its inputs pass the model's check: at least the entry's name. */
type CheckedInput = { name: string };

/** What the kind's form gets from the tab. */
export interface EntryFormProps<V> {
  initial: () => V;
  pillars: readonly { id: string; name: string }[];
  label: string;
  onSave: (input: CheckedInput) => void;
  onCancel: () => void;
}

export function PillarEntriesTab<E extends PlanEntry, V extends { pillarId: string }>({
  view,
  kind,
  entries,
  intro,
  newValues,
  valuesOf,
  set,
  remove,
  card,
  form,
}: {
  view: MasterPlanView;
  kind: EntryKind;
  entries: readonly E[];
  /** What the tab says above its sections. */
  intro: ReactNode;
  newValues: (pillarId: string) => V;
  valuesOf: (entry: E) => V;
  set: (
    doc: Y.Doc,
    regionCode: string,
    id: string,
    input: CheckedInput,
    ctx: CommandContext,
  ) => CommandResult<unknown>;
  remove: (doc: Y.Doc, regionCode: string, id: string, ctx: CommandContext) => CommandResult<unknown>;
  card: (entry: E, actions: { onEdit: () => void; onRemove: () => void }) => ReactNode;
  form: (props: EntryFormProps<V>) => ReactNode;
}) {
  const { t } = useTranslation();
  const area = useArea();
  const run = useDocCommand(view.doc);
  // What the dialogs are about outlives their "open" flag, so a closing dialog keeps its text.
  const [editing, setEditing] = useState<{ id: string | null; values: V } | null>(null);
  const [editorOpen, editor] = useDisclosure(false);
  const [removing, setRemoving] = useState<E | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const sections = useMemo(
    () => pillarSections(area.pillars, entries, t('masterPlan.otherPillar')),
    [area.pillars, entries, t],
  );

  const edit = (subject: { id: string | null; values: V }) => {
    setEditing(subject);
    editor.open();
  };
  const save = (input: CheckedInput) => {
    if (editing === null) return;
    const id = editing.id ?? newMasterPlanEntryId(ID_PREFIX[kind]);
    const saved = run((doc, ctx) => set(doc, view.regionCode, id, input, ctx), {
      failed: t(`masterPlan.${kind}.saveFailed`),
      done:
        editing.id === null
          ? t(`masterPlan.${kind}.added`, { name: input.name })
          : t(`masterPlan.${kind}.saved`),
    });
    if (saved) editor.close();
  };
  const title = editing?.id === null ? t(`masterPlan.${kind}.addTitle`) : t(`masterPlan.${kind}.editTitle`);

  return (
    <Stack gap="lg">
      {intro}
      {sections.map((section) => (
        <PillarSectionCard
          key={section.id || 'lain'}
          idPrefix={ID_PREFIX[kind]}
          section={section}
          count={t(`masterPlan.${kind}.count`, { count: section.entries.length })}
          addLabel={view.canEdit && section.id !== '' ? t(`masterPlan.${kind}.add`) : null}
          addAriaLabel={t(`masterPlan.${kind}.addIn`, { pillar: section.name })}
          onAdd={() => edit({ id: null, values: newValues(section.id) })}
          empty={view.canEdit ? t(`masterPlan.${kind}.emptyEditor`) : t(`masterPlan.${kind}.emptyReader`)}
          listLabel={t(`masterPlan.${kind}.listLabel`, { pillar: section.name })}
        >
          {section.entries.map((entry) => (
            <Fragment key={entry.id}>
              {card(entry, {
                onEdit: () => edit({ id: entry.id, values: valuesOf(entry) }),
                onRemove: () => {
                  setRemoving(entry);
                  confirm.open();
                },
              })}
            </Fragment>
          ))}
        </PillarSectionCard>
      ))}
      <Modal opened={editorOpen} onClose={editor.close} title={title} size="lg">
        {editing && (
          // A new subject is a new form: its state starts from that subject's values.
          <Fragment key={editing.id ?? `baru-${editing.values.pillarId}`}>
            {form({
              initial: () => editing.values,
              pillars: area.pillars,
              label: title,
              onSave: save,
              onCancel: editor.close,
            })}
          </Fragment>
        )}
      </Modal>
      <ConfirmModal
        opened={confirmOpen}
        title={t(`masterPlan.${kind}.removeTitle`)}
        body={t(`masterPlan.${kind}.removeBody`, { name: removing?.name ?? '' })}
        confirmLabel={t('masterPlan.remove')}
        onConfirm={() => {
          if (!removing) return;
          run((doc, ctx) => remove(doc, view.regionCode, removing.id, ctx), {
            failed: t(`masterPlan.${kind}.removeFailed`),
            done: t(`masterPlan.${kind}.removed`, { name: removing.name }),
          });
        }}
        onClose={confirm.close}
      />
    </Stack>
  );
}
