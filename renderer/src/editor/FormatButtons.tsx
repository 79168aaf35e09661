/**
 * Formatting buttons for a TipTap editor, each showing whether its format applies where the cursor
 * is. The plan notes and the commitment text pick the formats they offer and name them.
 */
import { ActionIcon, Tooltip } from '@mantine/core';
import {
  IconBold,
  IconH2,
  IconH3,
  IconItalic,
  IconList,
  IconListNumbers,
  type TablerIcon,
} from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

interface FormatKind {
  icon: TablerIcon;
  active: (editor: Editor) => boolean;
  toggle: (editor: Editor) => void;
}

const KINDS = {
  heading2: {
    icon: IconH2,
    active: (editor) => editor.isActive('heading', { level: 2 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  heading3: {
    icon: IconH3,
    active: (editor) => editor.isActive('heading', { level: 3 }),
    toggle: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  bold: {
    icon: IconBold,
    active: (editor) => editor.isActive('bold'),
    toggle: (editor) => editor.chain().focus().toggleBold().run(),
  },
  italic: {
    icon: IconItalic,
    active: (editor) => editor.isActive('italic'),
    toggle: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  bulletList: {
    icon: IconList,
    active: (editor) => editor.isActive('bulletList'),
    toggle: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  orderedList: {
    icon: IconListNumbers,
    active: (editor) => editor.isActive('orderedList'),
    toggle: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
} satisfies Record<string, FormatKind>;

export interface Format {
  kind: keyof typeof KINDS;
  // The editors' own button names: the typed t() cannot take a union that includes messages with
  // placeholders.
  label:
    | `planNotes.${'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList'}`
    | `commitmentText.${keyof typeof KINDS}`;
}

export function FormatButtons({ editor, formats }: { editor: Editor; formats: readonly Format[] }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => formats.map((format) => KINDS[format.kind].active(current)),
    equalityFn: (a, b) =>
      b !== null && a.length === b.length && a.every((value, index) => value === b[index]),
  });
  return formats.map((format, index) => {
    const { icon: Icon, toggle } = KINDS[format.kind];
    const on = active[index] ?? false;
    return (
      <Tooltip key={format.kind} label={t(format.label)}>
        <ActionIcon
          variant={on ? 'light' : 'subtle'}
          color={on ? undefined : 'gray'}
          size="lg"
          aria-label={t(format.label)}
          aria-pressed={on}
          // Keeps the selection in the text: the format applies to what the person had selected.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => toggle(editor)}
        >
          <Icon size={18} stroke={1.8} />
        </ActionIcon>
      </Tooltip>
    );
  });
}
