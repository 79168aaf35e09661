/**
 * /fgd — the area's FGD sessions, newest first: when and where, and which step is running.
 * Facilitators and coordinators start a new one here; a facilitator's own sessions that the area's
 * index does not list yet are shown too (see console/local-sessions.ts).
 */
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { formatDate } from '../catalog/innovation-format';
import { DocumentListPage } from '../shell/DocumentListPage';
import { CreateFgdModal } from './CreateFgdModal';
import { localSessions } from './console/local-sessions';
import { fgdPath } from './console/paths';
import { useFgdView } from './use-fgd';

interface ListedSession {
  id: string;
  title: string;
  date: string;
  /** Listed in the area's index (everyone in the area sees it), or only on this device. */
  indexed: boolean;
}

export function FgdListPage() {
  const { t } = useTranslation();
  const area = useArea();
  const { profile, preset } = useSession();
  const [creating, create] = useDisclosure(false);
  const canCreate = profile.role === 'facilitator' || profile.role === 'coordinator';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `creating` closing is when this device's list may have grown.
  const sessions = useMemo<ListedSession[]>(() => {
    const indexed = new Set(area.fgds.map((entry) => entry.id));
    return [
      ...area.fgds.map((entry) => ({ id: entry.id, title: entry.title, date: entry.date, indexed: true })),
      ...localSessions(preset.id)
        .filter((entry) => !indexed.has(entry.id))
        .map((entry) => ({ ...entry, indexed: false })),
    ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'id'));
  }, [area.fgds, preset.id, creating]);
  return (
    <DocumentListPage
      title={t('fgdConsole.list.title')}
      intro={t('fgdConsole.list.intro', { area: area.name })}
      create={
        canCreate
          ? { label: t('fgdConsole.list.create'), icon: IconCalendarPlus, onClick: create.open }
          : null
      }
      empty={{
        icon: <IconUsersGroup size={28} />,
        title: t('fgdConsole.list.emptyTitle'),
        description: t(canCreate ? 'fgdConsole.list.emptyFacilitator' : 'fgdConsole.list.emptyMember'),
      }}
      cards={sessions.map((entry) => <SessionCard key={entry.id} entry={entry} />)}
    >
      <CreateFgdModal opened={creating} onClose={create.close} />
    </DocumentListPage>
  );
}

function SessionCard({ entry }: { entry: ListedSession }) {
  const { t, i18n } = useTranslation();
  const view = useFgdView(entry.id);
  const session = view.session;
  const title = session?.meta.title ?? entry.title;
  const date = session?.meta.date ?? entry.date;
  const current = session?.steps.find((step) => step.id === session.currentStepId);
  const where = [formatDate(date, i18n.language), session?.meta.venue ?? ''].filter((part) => part !== '');
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-label={title}>
      <Stack gap="sm">
        <Anchor
          component={Link}
          to={fgdPath(entry.id)}
          fw={600}
          size="lg"
          style={{ overflowWrap: 'anywhere' }}
        >
          {title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {where.join(' · ')}
        </Text>
        <Group gap="xs">
          {current ? (
            <Badge variant="filled" color="teal.9" tt="none">
              {t('fgdConsole.list.currentStep', { step: current.title })}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {session
                ? t('fgdConsole.list.notStarted', { count: session.steps.length })
                : t(view.loaded ? 'fgdConsole.list.noDocument' : 'fgdConsole.loading')}
            </Text>
          )}
          {!entry.indexed && (
            <Badge variant="light" color="yellow" c="dark.8" tt="none">
              {t('fgdConsole.list.onThisDevice')}
            </Badge>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
