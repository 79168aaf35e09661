/**
 * The text's formatting buttons (dimension headings, sub-headings, emphasis, lists), each showing
 * whether it applies where the cursor is, and — for whoever may comment — "Komentari" on the selection.
 */
import { Button, Divider, Group, Tooltip } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { type Format, FormatButtons } from '../../editor/FormatButtons';
import classes from './commitment-text.module.css';

const FORMATS: readonly Format[] = [
  { kind: 'heading2', label: 'commitmentText.heading2' },
  { kind: 'heading3', label: 'commitmentText.heading3' },
  { kind: 'bold', label: 'commitmentText.bold' },
  { kind: 'italic', label: 'commitmentText.italic' },
  { kind: 'bulletList', label: 'commitmentText.bulletList' },
  { kind: 'orderedList', label: 'commitmentText.orderedList' },
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
  const selected = useEditorState({
    editor,
    selector: ({ editor: current }) => !current.state.selection.empty,
  });
  return (
    <Group gap={4} className={classes.toolbar} role="toolbar" aria-label={t('commitmentText.toolbar')}>
      {formatting && <FormatButtons editor={editor} formats={FORMATS} />}
      {formatting && onComment && <Divider orientation="vertical" mx={4} />}
      {onComment && (
        <Tooltip label={t('commitmentText.commentHint')} disabled={selected}>
          <Button
            variant="light"
            size="compact-md"
            leftSection={<IconMessagePlus size={16} aria-hidden="true" />}
            // Disabled buttons get no tooltip events; aria-disabled keeps the hint reachable.
            aria-disabled={!selected}
            data-disabled={!selected || undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (selected) onComment();
            }}
          >
            {t('commitmentText.comment')}
          </Button>
        </Tooltip>
      )}
    </Group>
  );
}
