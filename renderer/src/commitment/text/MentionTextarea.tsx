/**
 * A comment's text field with the same "@" as the text: typing "@" and a few letters offers the member
 * regions; choosing one writes "@Kab. Klaten" into the comment and records the region's code, which
 * the comment stores in its `mentions` (only those whose "@name" is still in the words when sent).
 */
import { Combobox, Textarea, useCombobox } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_BODY_MAX } from '../../../../shared/model/commitment-comments';
import type { MentionItem } from './MentionList';
import { filterMentionItems } from './mention-suggestion';

export interface CommentDraft {
  body: string;
  /** Region codes picked with "@" (possibly no longer in the words; see draftMentions). */
  picked: string[];
}

export const EMPTY_DRAFT: CommentDraft = { body: '', picked: [] };

/** The picked regions whose "@name" is still in the words: what the comment mentions. */
export function draftMentions(draft: CommentDraft, members: readonly MentionItem[]): string[] {
  return draft.picked.filter((code) => {
    const member = members.find((item) => item.id === code);
    return member !== undefined && draft.body.includes(`@${member.label}`);
  });
}

/** "@" and what follows it up to the caret, when the caret is in such a word. */
function mentionQuery(value: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|\s)@([^\s@]{0,30})$/u.exec(value.slice(0, caret));
  if (!match) return null;
  const query = match[1] ?? '';
  return { start: caret - query.length - 1, query };
}

interface MentionTextareaProps {
  label: string;
  placeholder: string;
  draft: CommentDraft;
  onChange: (draft: CommentDraft) => void;
  onSubmit: () => void;
  members: readonly MentionItem[];
  autoFocus?: boolean;
}

export function MentionTextarea({
  label,
  placeholder,
  draft,
  onChange,
  onSubmit,
  members,
  autoFocus,
}: MentionTextareaProps) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const options = query === null ? [] : filterMentionItems(members, query.query);
  const length = draft.body.trim().length;

  // The first region is the one Enter takes, as in the text's own "@" list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-select when the offered regions change.
  useEffect(() => {
    if (query !== null) combobox.selectFirstOption();
  }, [query?.query, options.length]);

  const follow = (value: string, caret: number) => {
    const found = mentionQuery(value, caret);
    setQuery(found);
    if (found) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const pick = (code: string) => {
    const member = members.find((item) => item.id === code);
    const element = field.current;
    if (!member || !query || !element) return;
    const caret = element.selectionStart;
    const inserted = `@${member.label} `;
    const body = draft.body.slice(0, query.start) + inserted + draft.body.slice(caret);
    onChange({ body, picked: draft.picked.includes(code) ? draft.picked : [...draft.picked, code] });
    setQuery(null);
    combobox.closeDropdown();
    const at = query.start + inserted.length;
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(at, at);
    });
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} position="bottom-start" withinPortal={false}>
      <Combobox.Target>
        <Textarea
          ref={field}
          label={label}
          placeholder={placeholder}
          value={draft.body}
          autoFocus={autoFocus}
          onChange={(event) => {
            const { value, selectionStart } = event.currentTarget;
            onChange({ ...draft, body: value });
            follow(value, selectionStart);
          }}
          onClick={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={getHotkeyHandler([['mod+Enter', onSubmit]])}
          error={length > COMMENT_BODY_MAX ? `${length}/${COMMENT_BODY_MAX}` : undefined}
          autosize
          minRows={2}
          maxRows={8}
        />
      </Combobox.Target>
      <Combobox.Dropdown aria-label={t('commitmentText.mentionListLabel')}>
        <Combobox.Options>
          {options.length === 0 ? (
            <Combobox.Empty>{t('commitmentText.mentionNone')}</Combobox.Empty>
          ) : (
            options.map((item) => (
              <Combobox.Option value={item.id} key={item.id}>
                @{item.label}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
