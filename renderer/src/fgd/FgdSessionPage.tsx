/**
 * /fgd/:id and its tabs — Jalannya sesi, Agenda, Papan, Kehadiran, Keputusan & tindak lanjut — each at its
 * own URL, so the console comes back to the tab it was on. Live: steps, cards, joins and decisions
 * arrive as they are made, from this laptop, the room's phones or the area hub.
 */
import { Alert, Anchor, Breadcrumbs, Button, Center, Loader, Stack, Tabs, Text } from '@mantine/core';
import {
  type Icon,
  IconArrowLeft,
  IconChecklist,
  IconClipboardList,
  IconEye,
  IconLayoutBoard,
  IconPlayerPlay,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageState } from '../catalog/InnovationStates';
import { NotFoundPage } from '../shell/NotFoundPage';
import { FgdBoard } from './board/FgdBoard';
import { AgendaPanel } from './console/AgendaPanel';
import { AttendancePanel } from './console/AttendancePanel';
import { DecisionsPanel } from './console/DecisionsPanel';
import { fgdPath } from './console/paths';
import { RunPanel } from './console/RunPanel';
import { SessionHeader } from './console/SessionHeader';
import { type FgdView, useFgdView } from './use-fgd';

interface ConsoleTab {
  /** The URL segment after /fgd/:id ('' for running the session). */
  segment: string;
  label:
    | 'fgdConsole.tab.run'
    | 'fgdConsole.tab.agenda'
    | 'fgdConsole.tab.board'
    | 'fgdConsole.tab.attendance'
    | 'fgdConsole.tab.decisions';
  icon: Icon;
  View: ComponentType<{ view: FgdView }>;
}

/** Mantine's tabs need a non-empty value: the run tab, whose URL has no segment, goes by this one. */
const RUN_TAB_VALUE = 'jalannya';
const tabValue = (segment: string) => segment || RUN_TAB_VALUE;

const TABS: readonly ConsoleTab[] = [
  { segment: '', label: 'fgdConsole.tab.run', icon: IconPlayerPlay, View: RunPanel },
  { segment: 'agenda', label: 'fgdConsole.tab.agenda', icon: IconClipboardList, View: AgendaPanel },
  { segment: 'papan', label: 'fgdConsole.tab.board', icon: IconLayoutBoard, View: FgdBoard },
  { segment: 'kehadiran', label: 'fgdConsole.tab.attendance', icon: IconUsers, View: AttendancePanel },
  { segment: 'keputusan', label: 'fgdConsole.tab.decisions', icon: IconChecklist, View: DecisionsPanel },
];

export function FgdSessionPage() {
  const { id = '' } = useParams();
  const view = useFgdView(id);
  if (view.session) return <SessionScreen view={view} />;
  return view.loaded ? <SessionNotFound /> : <SessionLoading />;
}

function SessionScreen({ view }: { view: FgdView }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const segment = pathname.replace(/^\/fgd\/[^/]+\/?/, '').replace(/\/$/, '');
  const active = TABS.find((tab) => tab.segment === segment);
  if (!active || !view.session) return <NotFoundPage />;
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Breadcrumbs separatorMargin={6} aria-label={t('fgdConsole.breadcrumbs')}>
        <Anchor component={Link} to="/fgd" size="sm">
          {t('nav.fgd')}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {view.session.meta.title}
        </Text>
      </Breadcrumbs>

      <SessionHeader view={view} />

      {!view.isFacilitator && (
        <Alert variant="light" color="gray" icon={<IconEye size={18} />} py="xs">
          <Text size="sm">{t('fgdConsole.readOnlyHint')}</Text>
        </Alert>
      )}

      <Tabs
        value={tabValue(active.segment)}
        onChange={(value) => navigate(fgdPath(view.id, value === RUN_TAB_VALUE ? '' : (value ?? '')))}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('fgdConsole.tabsLabel')}>
          {TABS.map((tab) => (
            <Tabs.Tab
              key={tab.segment}
              value={tabValue(tab.segment)}
              leftSection={<tab.icon size={16} aria-hidden="true" />}
            >
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Panel key={tab.segment} value={tabValue(tab.segment)} pt="lg">
            <tab.View view={view} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

function SessionLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('fgdConsole.loading')}>
      <Loader size="md" />
    </Center>
  );
}

function SessionNotFound() {
  const { t } = useTranslation();
  return (
    <PageState
      icon={<IconUsersGroup size={28} />}
      title={t('fgdConsole.notFoundTitle')}
      description={t('fgdConsole.notFoundBody')}
      action={
        <Button component={Link} to="/fgd" variant="light" leftSection={<IconArrowLeft size={16} />}>
          {t('fgdConsole.backToList')}
        </Button>
      }
    />
  );
}
