/** The notes' formatting buttons, each showing whether it applies where the cursor is. */
import { Group } from '@mantine/core';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { type Format, FormatButtons } from '../../editor/FormatButtons';
import classes from './plan-notes.module.css';

const FORMATS: readonly Format[] = [
  { kind: 'bold', label: 'planNotes.bold' },
  { kind: 'italic', label: 'planNotes.italic' },
  { kind: 'heading3', label: 'planNotes.heading' },
  { kind: 'bulletList', label: 'planNotes.bulletList' },
  { kind: 'orderedList', label: 'planNotes.orderedList' },
];

export function NotesToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} className={classes.toolbar} role="toolbar" aria-label={t('planNotes.toolbar')}>
      <FormatButtons editor={editor} formats={FORMATS} />
    </Group>
  );
}

/** Whether the notes hold no text at all, kept current as people type. */
export function useNotesEmpty(editor: Editor): boolean {
  return useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty });
}
