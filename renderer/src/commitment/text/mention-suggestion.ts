/**
 * "@" in the text offers the area's member regions, filtered by what follows the "@"; the chosen
 * region becomes a mention node carrying its code (attr `id`) and its name (attr `label`).
 */
import type { MentionNodeAttrs } from '@tiptap/extension-mention';
import { ReactRenderer } from '@tiptap/react';
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import { type MentionItem, MentionList, type MentionListProps, mentionOptionId } from './MentionList';

/** As many as fit without scrolling; typing more letters narrows the rest down. */
const MAX_ITEMS = 8;

/** Regions whose name contains what was typed (any case), those starting a word with it first. */
export function filterMentionItems(members: readonly MentionItem[], query: string): MentionItem[] {
  const wanted = query.trim().toLocaleLowerCase('id');
  if (wanted === '') return members.slice(0, MAX_ITEMS);
  const matches = members.filter((member) => member.label.toLocaleLowerCase('id').includes(wanted));
  const startsWord = (member: MentionItem) =>
    member.label
      .toLocaleLowerCase('id')
      .split(/[\s.]+/)
      .some((word) => word.startsWith(wanted));
  return [...matches.filter(startsWord), ...matches.filter((member) => !startsWord(member))].slice(
    0,
    MAX_ITEMS,
  );
}

let nextList = 0;

/** The suggestion settings of the Mention extension; `members` is read each time "@" is typed. */
export function mentionSuggestion(
  members: () => readonly MentionItem[],
): Omit<SuggestionOptions<MentionItem, MentionNodeAttrs>, 'editor'> {
  return {
    char: '@',
    items: ({ query }) => filterMentionItems(members(), query),
    render: () => {
      let renderer: ReactRenderer<unknown, MentionListProps> | null = null;
      let unmount: (() => void) | null = null;
      let current: SuggestionProps<MentionItem, MentionNodeAttrs> | null = null;
      let active = 0;
      nextList += 1;
      const listId = `daftar-sebut-${nextList}`;

      const show = () => {
        if (renderer === null || current === null) return;
        const props = current;
        renderer.updateProps({
          listId,
          items: props.items,
          active,
          onPick: (item: MentionItem) => props.command(item),
        } satisfies MentionListProps);
        // The text field names the option the arrow keys are on, for screen readers.
        const field = props.editor.view.dom;
        field.setAttribute('aria-autocomplete', 'list');
        if (props.items.length > 0) {
          field.setAttribute('aria-controls', listId);
          field.setAttribute('aria-activedescendant', mentionOptionId(listId, active));
        } else {
          field.removeAttribute('aria-controls');
          field.removeAttribute('aria-activedescendant');
        }
      };

      const hide = (editorDom: HTMLElement | null) => {
        unmount?.();
        unmount = null;
        renderer?.destroy();
        renderer = null;
        for (const name of ['aria-autocomplete', 'aria-controls', 'aria-activedescendant']) {
          editorDom?.removeAttribute(name);
        }
      };

      return {
        onStart: (props) => {
          current = props;
          active = 0;
          renderer = new ReactRenderer(MentionList, {
            editor: props.editor,
            props: { listId, items: props.items, active, onPick: props.command },
          });
          unmount = props.mount(renderer.element);
          show();
        },
        onUpdate: (props) => {
          current = props;
          active = Math.min(active, Math.max(props.items.length - 1, 0));
          show();
        },
        onKeyDown: ({ event }: SuggestionKeyDownProps) => {
          const items = current?.items ?? [];
          // Escape is the suggestion plugin's own: it closes the list (onExit).
          if (items.length === 0) return false;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            const step = event.key === 'ArrowDown' ? 1 : -1;
            active = (active + step + items.length) % items.length;
            show();
            return true;
          }
          if (event.key === 'Enter' || event.key === 'Tab') {
            const item = items[active];
            if (item) current?.command(item);
            return item !== undefined;
          }
          return false;
        },
        onExit: (props) => {
          hide(props.editor.view.dom);
          current = null;
        },
      };
    },
  };
}
