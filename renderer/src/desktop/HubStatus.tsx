/**
 * One line under the "Hub induk" fields saying whether this device's node is in sync with the hub.
 * Asked of main every few seconds while the settings page is open: the link reconnects by itself, so
 * the line changes without anyone pressing anything.
 */
import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi, ResultValue } from '../../../shared/ipc/contract';

type Upstream = ResultValue<'node.status'>['upstream'];

const REFRESH_MS = 3_000;

export function HubStatus({ desktop, hubUrl }: { desktop: DesktopApi; hubUrl: string }) {
  const { t } = useTranslation();
  const [upstream, setUpstream] = useState<Upstream | undefined>(undefined);

  useEffect(() => {
    // A new hub restarts the node: forget what the old one said until the new one answers.
    setUpstream(undefined);
    if (hubUrl === '') return;
    let live = true;
    const ask = () =>
      void desktop['node.status']({}).then((result) => {
        if (!live) return;
        if (result.ok) setUpstream(result.value.upstream);
        // The line keeps saying "checking"; the cause goes to the log, not a toast every 3 s.
        else console.warn(`node.status failed: ${result.error.code}: ${result.error.message}`);
      });
    ask();
    const timer = window.setInterval(ask, REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [desktop, hubUrl]);

  const line = describeHubStatus(t, hubUrl, upstream);
  return (
    <Text size="sm" c={line.color} role="status" aria-live="polite">
      {line.text}
    </Text>
  );
}

/** `upstream` undefined: not answered yet; null: the node has no hub (yet: it is restarting). */
function describeHubStatus(
  t: TFunction,
  hubUrl: string,
  upstream: Upstream | undefined,
): { text: string; color: string } {
  if (hubUrl === '') return { text: t('desktop.hub.status.none'), color: 'dimmed' };
  if (upstream === undefined || upstream === null) {
    return { text: t('desktop.hub.status.checking'), color: 'dimmed' };
  }
  if (upstream.rooms === 0) return { text: t('desktop.hub.status.noRooms'), color: 'dimmed' };
  if (upstream.connected >= upstream.rooms) {
    return { text: t('desktop.hub.status.connected', { count: upstream.rooms }), color: 'teal' };
  }
  if (upstream.connected > 0) {
    const { connected, rooms } = upstream;
    return { text: t('desktop.hub.status.partial', { connected, rooms }), color: 'orange' };
  }
  return { text: t('desktop.hub.status.offline'), color: 'orange' };
}
