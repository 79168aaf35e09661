import { en } from './en.js';
import { id, type MessageKey } from './id.js';

export type { MessageKey } from './id.js';
export type Locale = 'id' | 'en';
export const DEFAULT_LOCALE: Locale = 'id';
export const catalogs: Record<Locale, Record<MessageKey, string>> = { id, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** A message that is not yet in words: the model returns these, the UI translates them. */
export interface Message {
  key: MessageKey;
  params: MessageParams;
}

/** Fills `{{name}}` placeholders; outside React (logs, exports) where i18next is not at hand. */
export function translate(locale: Locale, message: Message): string {
  return catalogs[locale][message.key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = message.params[name];
    return value === undefined ? whole : String(value);
  });
}
