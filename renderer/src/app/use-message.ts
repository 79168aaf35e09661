/**
 * Words for a Message (a model refusal, a form problem) in the interface language. i18next's typed
 * `t` wants one literal key; a Message carries any key, so it goes through the same catalogs by
 * `translate` instead.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, type Message, translate } from '../../../shared/i18n/index';

export function useMessageText(): (message: Message) => string {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'id';
  return useCallback((message: Message) => translate(locale, message), [locale]);
}
