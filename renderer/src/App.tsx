import { useEffect } from 'react';
import type { RembugHost } from '../../shared/host';
import { areaRoom, currentArea } from './area';
import type { HostResult } from './host';
import { labels } from './labels';
import { LogoMark } from './shell/LogoMark';
import { TopBar } from './shell/TopBar';
import { Workspace } from './shell/Workspace';
import { useRoomConnection } from './sync/useRoomConnection';

/** A calm, stable colour for this window's presence, until people have real identities. */
const guest = { name: labels.guestName, color: '#2f7d68' } as const;

export function App({ host }: { host: HostResult }) {
  if (!host.ok) return <HostError detail={host.error} />;
  return <Shell host={host.host} />;
}

function Shell({ host }: { host: RembugHost }) {
  const presence = useRoomConnection(host.node, areaRoom(currentArea.id), guest);
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
        {host.kind === 'electron' ? (
          <>
            <span>{labels.footerLocal}</span>
            <span>{labels.footerVersion(host.appVersion)}</span>
          </>
        ) : (
          <>
            <span>{labels.footerServed}</span>
            <span>{labels.footerBrowser}</span>
          </>
        )}
      </footer>
    </div>
  );
}

function HostError({ detail }: { detail: string }) {
  // The detail is for whoever opens the console; the person in front of the screen gets advice.
  useEffect(() => console.error(detail), [detail]);
  return (
    <main className="host-error" role="alert">
      <LogoMark size={48} />
      <h1>{labels.hostErrorTitle}</h1>
      <p>{labels.hostErrorBody}</p>
    </main>
  );
}
