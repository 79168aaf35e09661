/**
 * "Replikasi inovasi ini" on an innovation: for an editor of another member region it starts a plan
 * draft in their region; once there is one it says so and links to it; for everyone else the reason
 * they cannot (the page shows it with its other notes).
 */

import { Anchor, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import { useNotifyRefusal } from '../app/use-notify';
import { useRegionCommand } from '../app/use-region-command';
import { replicateAccess } from '../catalog/innovation-access';
import { type CatalogEntry, regionLabel } from '../data/catalog-store';
import { planPath } from './plan-view';
import { planFor, startReplication } from './start-replication';

export type ReplicateState =
  | { kind: 'can'; start: () => void }
  | { kind: 'already'; path: string }
  | { kind: 'cannot'; reason: string };

export function useReplicateState(entry: CatalogEntry): ReplicateState {
  const { t } = useTranslation();
  const notifyRefusal = useNotifyRefusal();
  const inRegion = useRegionCommand();
  const { profile, workspace, ctx } = useSession();
  const snapshot = useCatalog();
  const { regionCode, id, name } = entry.innovation;
  const access = replicateAccess(profile, regionCode, (code) => workspace.region(code) !== undefined);
  if (!access.allowed) {
    const reasons = {
      noRegion: t('replicate.reason.noRegion'),
      notEditor: t('replicate.reason.notEditor'),
      ownRegion: t('replicate.reason.ownRegion'),
      notMember: t('replicate.reason.notMember', { region: regionLabel(profile.region ?? '') }),
    } as const;
    return { kind: 'cannot', reason: reasons[access.reason] };
  }
  const existing = planFor(snapshot.plans.get(access.adopterCode), regionCode, id);
  if (existing) return { kind: 'already', path: planPath(existing) };
  return {
    kind: 'can',
    start: () => {
      const source = { regionCode, innovationId: id, innovationName: name };
      const result = inRegion(access.adopterCode, (doc) =>
        startReplication(doc, access.adopterCode, source, ctx),
      );
      if (!result.ok) {
        notifyRefusal(t('replicate.failed'), result.error);
        return;
      }
      notifications.show({
        color: 'teal',
        title: t('replicate.started', { name }),
        // Notifications render outside the router: a plain hash link works there.
        message: (
          <Anchor href={`#${planPath({ adopterCode: access.adopterCode, id: result.value })}`}>
            {t('replicate.openList')}
          </Anchor>
        ),
      });
    },
  };
}

/** The button, or the note that the plan exists; nothing when the person cannot replicate. */
export function ReplicateButton({ state }: { state: ReplicateState }) {
  const { t } = useTranslation();
  if (state.kind === 'can') {
    return (
      <Button leftSection={<IconCopy size={18} />} onClick={state.start}>
        {t('replicate.action')}
      </Button>
    );
  }
  if (state.kind === 'already') {
    return (
      <Group gap="xs" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <IconCircleCheck size={20} color="var(--mantine-color-teal-9)" aria-hidden="true" />
          <Text fw={600} c="teal.9" size="sm">
            {t('replicate.already')}
          </Text>
        </Group>
        <Anchor component={Link} to={state.path} size="sm">
          {t('replicate.openList')}
        </Anchor>
      </Group>
    );
  }
  return null;
}
