/** The notes' formatting buttons, each showing whether it applies where the cursor is. */
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import {
  IconBold,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  type TablerIcon,
} from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import classes from './plan-notes.module.css';

interface Format {
  label:
    | 'planNotes.bold'
    | 'planNotes.italic'
    | 'planNotes.heading'
    | 'planNotes.bulletList'
    | 'planNotes.orderedList';
  icon: TablerIcon;
  active: (editor: Editor) => boolean;
  toggle: (editor: Editor) => void;
}

const FORMATS: Format[] = [
  {
    label: 'planNotes.bold',
    icon: IconBold,
    active: (editor) => editor.isActive('bold'),
    toggle: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    label: 'planNotes.italic',
    icon: IconItalic,
    active: (editor) => editor.isActive('italic'),
    toggle: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    label: 'planNotes.heading',
    icon: IconH3,
    active: (editor) => editor.isActive('heading', { level: 3 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: 'planNotes.bulletList',
    icon: IconList,
    active: (editor) => editor.isActive('bulletList'),
    toggle: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'planNotes.orderedList',
    icon: IconListNumbers,
    active: (editor) => editor.isActive('orderedList'),
    toggle: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
];

export function NotesToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => FORMATS.map((format) => format.active(current)),
    equalityFn: (a, b) =>
      b !== null && a.length === b.length && a.every((value, index) => value === b[index]),
  });
  return (
    <Group gap={4} className={classes.toolbar} role="toolbar" aria-label={t('planNotes.toolbar')}>
      {FORMATS.map((format, index) => {
        const Icon = format.icon;
        const on = active[index] ?? false;
        return (
          <Tooltip key={format.label} label={t(format.label)}>
            <ActionIcon
              variant={on ? 'light' : 'subtle'}
              color={on ? undefined : 'gray'}
              size="lg"
              aria-label={t(format.label)}
              aria-pressed={on}
              // Keeps the selection in the text: the format applies to what the person had selected.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => format.toggle(editor)}
            >
              <Icon size={18} stroke={1.8} />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}

/** Whether the notes hold no text at all, kept current as people type. */
export function useNotesEmpty(editor: Editor): boolean {
  return useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty });
}
