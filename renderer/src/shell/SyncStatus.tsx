/**
 * Per node: synced / syncing N changes / offline, with the time of the last sync. "Tersinkron" only
 * when the node confirmed every change (see PendingTracker) — never while something is pending.
 */
import { Badge, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../app/hooks';
import { formatTime } from '../i18n';
import type { EndpointStatus } from '../sync/area-workspace';

export type SyncPhase = 'synced' | 'syncing' | 'offline' | 'refused' | 'connecting' | 'readOnly';

export function syncPhase(status: EndpointStatus): SyncPhase {
  if (status.connection === 'refused') return 'refused';
  if (status.connection === 'disconnected') return 'offline';
  if (status.readOnly && status.pending > 0) return 'readOnly';
  if (status.pending > 0) return 'syncing';
  if (status.connection === 'connecting' || status.lastSyncedAt === null) return 'connecting';
  return 'synced';
}

/** Background and text per phase: calm tints with dark text, at least 7:1 (readable on a projector). */
const PHASE_COLORS: Record<SyncPhase, { bg: string; fg: string }> = {
  synced: { bg: '#e3f2ec', fg: '#0b4739' },
  syncing: { bg: '#fff1cc', fg: '#5c3b00' },
  connecting: { bg: '#eceef0', fg: '#2b3035' },
  offline: { bg: '#fbe3e0', fg: '#7d1a10' },
  refused: { bg: '#fbe3e0', fg: '#7d1a10' },
  readOnly: { bg: '#fde6cf', fg: '#6a3300' },
};

function useEndpointLabel() {
  const { t } = useTranslation();
  return (status: EndpointStatus) =>
    status.endpoint.kind === 'device'
      ? t('sync.endpointDevice')
      : status.endpoint.kind === 'served'
        ? t('sync.endpointServed', { address: status.endpoint.address })
        : t('sync.endpointHub', { address: status.endpoint.address });
}

export function SyncStatus() {
  const statuses = useSyncStatus();
  return (
    <Group gap={6} wrap="nowrap">
      {statuses.map((status) => (
        <EndpointChip key={status.endpoint.id} status={status} />
      ))}
    </Group>
  );
}

function EndpointChip({ status }: { status: EndpointStatus }) {
  const { t, i18n } = useTranslation();
  const label = useEndpointLabel();
  const phase = syncPhase(status);
  const text = t(`sync.phase.${phase}`, { count: status.pending });
  const last = status.lastSyncedAt
    ? t('sync.lastSync', { time: formatTime(status.lastSyncedAt, i18n.language) })
    : t('sync.neverSynced');
  return (
    <Group gap={6} wrap="nowrap">
      <Popover width={300} position="bottom-end" shadow="md" withArrow>
        <Popover.Target>
          <UnstyledButton aria-label={`${label(status)}: ${text}. ${last}`}>
            <Badge
              role="status"
              data-endpoint={status.endpoint.id}
              data-phase={phase}
              data-pending={status.pending}
              variant="light"
              style={{ '--badge-bg': PHASE_COLORS[phase].bg, '--badge-color': PHASE_COLORS[phase].fg }}
              size="lg"
              radius="sm"
              tt="none"
            >
              {status.endpoint.kind === 'hub' ? `${t('sync.hubShort')} · ${text}` : text}
            </Badge>
          </UnstyledButton>
        </Popover.Target>
        {phase !== 'synced' && status.lastSyncedAt !== null && (
          // Out of sync, the time of the last sync tells how stale this screen may be.
          <Text size="xs" c="dimmed" visibleFrom="md" data-testid={`last-sync-${status.endpoint.id}`}>
            {t('sync.lastSyncShort', { time: formatShortTime(status.lastSyncedAt, i18n.language) })}
          </Text>
        )}
        <Popover.Dropdown>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {label(status)}
            </Text>
            <Text size="sm">{t(`sync.hint.${phase}`, { count: status.pending })}</Text>
            <Text size="xs" c="dimmed">
              {last}
            </Text>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}

function formatShortTime(at: Date, locale: string): string {
  return at.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' });
}
