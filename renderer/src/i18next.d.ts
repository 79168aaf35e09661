import type { id } from '../../shared/i18n/id';

/** `t('…')` only accepts keys of the catalog, and a missing key fails to compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
    keySeparator: false;
    nsSeparator: false;
  }
}
