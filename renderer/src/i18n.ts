/**
 * i18next over the catalogs in shared/i18n (Bahasa Indonesia by default, English switchable). The
 * choice is remembered per device; the model's refusals use the same keys, so they translate too.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, DEFAULT_LOCALE, type Locale } from '../../shared/i18n/index';

const STORAGE_KEY = 'rembug.locale';

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'id' ? value : DEFAULT_LOCALE;
  } catch (error) {
    // Storage can be blocked (private windows, policies): fall back to the default, say why once.
    console.warn('locale preference unavailable', error);
    return DEFAULT_LOCALE;
  }
}

export function setLocale(locale: Locale): void {
  void i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch (error) {
    console.warn('locale preference not saved', error);
  }
}

export function initI18n(): void {
  const lng = storedLocale();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: catalogs.id }, en: { translation: catalogs.en } },
    lng,
    fallbackLng: DEFAULT_LOCALE,
    keySeparator: false,
    nsSeparator: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

/** Time of day in the interface language, e.g. 14.05.09 (id) or 14:05:09 (en). */
export function formatTime(at: Date, locale: string): string {
  return at.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
