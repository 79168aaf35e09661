/**
 * The list of member regions the "@" in the text offers. The editor keeps the focus (the person goes
 * on typing to filter); the arrow keys move the highlighted option, which the editor announces through
 * aria-activedescendant (mention-suggestion.ts).
 */
import { useTranslation } from 'react-i18next';
import classes from './commitment-text.module.css';

export interface MentionItem {
  /** Region code, stored in the mention node. */
  id: string;
  /** "Kab. Klaten". */
  label: string;
}

export interface MentionListProps {
  listId: string;
  items: readonly MentionItem[];
  active: number;
  onPick: (item: MentionItem) => void;
}

export const mentionOptionId = (listId: string, index: number): string => `${listId}-opsi-${index}`;

export function MentionList({ listId, items, active, onPick }: MentionListProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.mentionPopup}>
      {items.length === 0 ? (
        <p className={classes.mentionEmpty}>{t('commitmentText.mentionNone')}</p>
      ) : (
        <div id={listId} role="listbox" aria-label={t('commitmentText.mentionListLabel')}>
          {items.map((item, index) => (
            <div
              key={item.id}
              id={mentionOptionId(listId, index)}
              role="option"
              // Focus stays in the text (aria-activedescendant); -1 only makes the option a valid target.
              tabIndex={-1}
              aria-selected={index === active}
              className={classes.mentionOption}
              data-active={index === active || undefined}
              // Keeps the focus (and the typed "@…") in the text while the option is chosen.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(item);
              }}
            >
              @{item.label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
