/**
 * The text's formatting buttons (dimension headings, sub-headings, emphasis, lists), each showing
 * whether it applies where the cursor is, and — for whoever may comment — "Komentari" on the selection.
 * Same pattern as the plan notes' toolbar (NotesToolbar), with the two heading levels the outline uses.
 */
import { ActionIcon, Button, Divider, Group, Tooltip } from '@mantine/core';
import {
  IconBold,
  IconH2,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  IconMessagePlus,
  type TablerIcon,
} from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import classes from './commitment-text.module.css';

interface Format {
  label:
    | 'commitmentText.heading2'
    | 'commitmentText.heading3'
    | 'commitmentText.bold'
    | 'commitmentText.italic'
    | 'commitmentText.bulletList'
    | 'commitmentText.orderedList';
  icon: TablerIcon;
  active: (editor: Editor) => boolean;
  toggle: (editor: Editor) => void;
}

const FORMATS: Format[] = [
  {
    label: 'commitmentText.heading2',
    icon: IconH2,
    active: (editor) => editor.isActive('heading', { level: 2 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'commitmentText.heading3',
    icon: IconH3,
    active: (editor) => editor.isActive('heading', { level: 3 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: 'commitmentText.bold',
    icon: IconBold,
    active: (editor) => editor.isActive('bold'),
    toggle: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    label: 'commitmentText.italic',
    icon: IconItalic,
    active: (editor) => editor.isActive('italic'),
    toggle: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    label: 'commitmentText.bulletList',
    icon: IconList,
    active: (editor) => editor.isActive('bulletList'),
    toggle: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'commitmentText.orderedList',
    icon: IconListNumbers,
    active: (editor) => editor.isActive('orderedList'),
    toggle: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
];

interface TextToolbarProps {
  editor: Editor;
  /** Formatting buttons: only while the text may be edited. */
  formatting: boolean;
  /** "Komentari": null for people who may not comment. */
  onComment: (() => void) | null;
}

export function TextToolbar({ editor, formatting, onComment }: TextToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: FORMATS.map((format) => format.active(current)),
      selected: !current.state.selection.empty,
    }),
    equalityFn: (a, b) =>
      b !== null && a.selected === b.selected && a.active.every((value, index) => value === b.active[index]),
  });
  return (
    <Group gap={4} className={classes.toolbar} role="toolbar" aria-label={t('commitmentText.toolbar')}>
      {formatting &&
        FORMATS.map((format, index) => {
          const Icon = format.icon;
          const on = state.active[index] ?? false;
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
      {formatting && onComment && <Divider orientation="vertical" mx={4} />}
      {onComment && (
        <Tooltip label={t('commitmentText.commentHint')} disabled={state.selected}>
          <Button
            variant="light"
            size="compact-md"
            leftSection={<IconMessagePlus size={16} aria-hidden="true" />}
            // Disabled buttons get no tooltip events; aria-disabled keeps the hint reachable.
            aria-disabled={!state.selected}
            data-disabled={!state.selected || undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (state.selected) onComment();
            }}
          >
            {t('commitmentText.comment')}
          </Button>
        </Tooltip>
      )}
    </Group>
  );
}
