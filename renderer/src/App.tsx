import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RembugHost } from '../../shared/host';
import type { Locale } from '../../shared/i18n/index';
import { areaRoom, currentArea } from './area';
import type { HostResult } from './host';
import { setLocale } from './i18n';
import { LogoMark } from './shell/LogoMark';
import { TopBar } from './shell/TopBar';
import { Workspace } from './shell/Workspace';
import { useRoomConnection } from './sync/useRoomConnection';

/** A calm, stable colour for this window's presence, until people have real identities. */
const GUEST_COLOR = '#2f7d68';

const LANGUAGES: { locale: Locale; name: string }[] = [
  { locale: 'id', name: 'Bahasa Indonesia' },
  { locale: 'en', name: 'English' },
];

export function App({ host }: { host: HostResult }) {
  if (!host.ok) return <HostError detail={host.error} />;
  return <Shell host={host.host} />;
}

function Shell({ host }: { host: RembugHost }) {
  const { t, i18n } = useTranslation();
  const presence = useRoomConnection(host.node, areaRoom(currentArea.id), {
    name: t('shell.guestName'),
    color: GUEST_COLOR,
  });
  return (
    <div className="app">
      <TopBar areaName={currentArea.name} presence={presence} />
      <Workspace
        areaName={currentArea.name}
        presence={presence}
        store={
          host.kind === 'electron'
            ? { kind: 'local' }
            : { kind: 'served', address: new URL(host.node.url).host }
        }
      />
      <footer className="footer">
        <span>{host.kind === 'electron' ? t('shell.footerLocal') : t('shell.footerServed')}</span>
        <span className="footer-end">
          <label className="language">
            {t('shell.language')}
            <select
              value={i18n.language}
              onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'id')}
            >
              {LANGUAGES.map(({ locale, name }) => (
                <option key={locale} value={locale}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <span>
            {host.kind === 'electron'
              ? t('shell.footerVersion', { version: host.appVersion })
              : t('shell.footerBrowser')}
          </span>
        </span>
      </footer>
    </div>
  );
}

function HostError({ detail }: { detail: string }) {
  const { t } = useTranslation();
  // The detail is for whoever opens the console; the person in front of the screen gets advice.
  useEffect(() => console.error(detail), [detail]);
  return (
    <main className="host-error" role="alert">
      <LogoMark size={48} />
      <h1>{t('shell.hostErrorTitle')}</h1>
      <p>{t('shell.hostErrorBody')}</p>
    </main>
  );
}
