/**
 * "Catatan rencana": the plan's rich-text notes, co-edited live by the adopting region's editors.
 * The text is a Y.XmlFragment in the adopter's region document (planNotesName), so it syncs, merges
 * and stays offline like the rest of that document; everyone else reads it live.
 *
 * Undo inside the notes is the editor's own (Yjs, only this person's typing in this text), not the
 * app's Ctrl+Z: the app's shortcuts ignore key presses in editable text (Mantine's useHotkeys).
 */

import { Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extension-placeholder';
import { type Editor, EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { planNotesName } from '../../../../shared/model/replication-plan';
import { useSession } from '../../app/session';
import { SectionCard } from '../../catalog/SectionCard';
import { regionLabel } from '../../data/catalog-store';
import { presenceColor } from '../../sync/area-workspace';
import type { PlanView } from '../plan-view';
import { NotesToolbar, useNotesEmpty } from './NotesToolbar';
import { type CaretUser, caretUser, lendPresence, renderCaret, resendWhenQuiet } from './notes-presence';
import classes from './plan-notes.module.css';
import { useCaretLabelsInside } from './use-caret-labels-inside';

export function PlanNotes({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { workspace, profile } = useSession();
  const synced = workspace.region(view.plan.adopterCode);
  const adopterName = view.row.adopterName;
  const user = useMemo(
    () =>
      caretUser(
        profile.name,
        profile.region === null ? null : regionLabel(profile.region),
        presenceColor(profile.name),
      ),
    [profile.name, profile.region],
  );

  return (
    <SectionCard title={t('planNotes.title')} gap="sm">
      {/* The plan came from this document, so it is open; a missing one would be a plan from nowhere. */}
      {synced && (
        <NotesEditor
          key={view.key}
          fragment={synced.doc.getXmlFragment(planNotesName(view.plan.id))}
          provider={synced.links[0]?.provider ?? null}
          user={user}
          editable={view.canEdit}
        />
      )}
      <Group gap={6} wrap="nowrap" align="flex-start">
        {!view.canEdit && <IconLock size={16} aria-hidden="true" className={classes.hintIcon} />}
        <Text size="sm" c="dimmed">
          {view.canEdit ? t('planNotes.liveHint') : t('planNotes.readOnly', { region: adopterName })}
        </Text>
      </Group>
    </SectionCard>
  );
}

interface NotesEditorProps {
  fragment: Y.XmlFragment;
  /** Carries the carets; null on a node without endpoints, where nobody else could be typing. */
  provider: WebsocketProvider | null;
  user: CaretUser;
  editable: boolean;
}

function NotesEditor({ fragment, provider, user, editable }: NotesEditorProps) {
  const { t } = useTranslation();
  const placeholder = t('planNotes.placeholder');
  const label = t('planNotes.editorLabel');
  const editor = useEditor(
    {
      editable,
      extensions: [
        StarterKit.configure({
          // Collaboration brings Yjs undo, which undoes only this person's typing.
          undoRedo: false,
          heading: { levels: [3] },
          link: { openOnClick: !editable },
        }),
        Collaboration.configure({ fragment }),
        ...(provider ? [CollaborationCaret.configure({ provider, user, render: renderCaret })] : []),
        Placeholder.configure({ placeholder }),
      ],
      editorProps: {
        attributes: {
          class: classes.content ?? '',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-readonly': String(!editable),
        },
      },
    },
    [fragment, provider, user, editable, placeholder, label],
  );

  // The caret extension names this person when it starts; this also names them again after React's
  // development double mount, and takes them back when the notes close, so nobody is left "typing".
  useEffect(() => {
    if (!provider) return undefined;
    const giveBack = lendPresence(provider.awareness, user);
    const stopResending = resendWhenQuiet(provider.awareness);
    return () => {
      stopResending();
      giveBack();
    };
  }, [provider, user]);

  useCaretLabelsInside(editor, provider?.awareness ?? null);

  return (
    <Stack gap={0} className={classes.surface} data-editable={editable || undefined}>
      {editable && <NotesToolbar editor={editor} />}
      <EditorContent editor={editor} />
      {!editable && <EmptyNote editor={editor} />}
    </Stack>
  );
}

/** Readers see no placeholder (it invites typing): an empty text says so instead. */
function EmptyNote({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const empty = useNotesEmpty(editor);
  if (!empty) return null;
  return (
    <Text size="sm" c="dimmed" px="md" pb="md" mt={-8}>
      {t('planNotes.empty')}
    </Text>
  );
}
