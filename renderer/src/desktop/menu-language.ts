/** Keeps the desktop app's native menus in the interface language: told at start and on each switch. */
import i18next from 'i18next';
import type { RembugHost } from '../../../shared/host';

export function followMenuLanguage(host: RembugHost): void {
  if (host.kind !== 'electron' || host.desktop === undefined) return;
  const desktop = host.desktop;
  const tell = (language: string) => {
    void desktop['menu.language']({ locale: language === 'en' ? 'en' : 'id' }).then((result) => {
      if (!result.ok) console.warn(`menu language not set: ${result.error.message}`);
    });
  };
  tell(i18next.language);
  i18next.on('languageChanged', tell);
}
