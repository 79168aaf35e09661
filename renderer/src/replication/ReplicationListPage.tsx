/**
 * /replikasi and its tabs — Rencana, Kotak masuk, Matriks, Linimasa, Progres — each at its own URL
 * (/replikasi/masuk, …) so a view can be shared or bookmarked. Live, from the catalog store. The
 * plan pages (/replikasi/<adopter>/<plan>) are routed elsewhere: every tab is one segment.
 */
import { Badge, Loader, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import {
  type Icon,
  IconChartBar,
  IconInbox,
  IconLayoutGrid,
  IconListDetails,
  IconTimeline,
} from '@tabler/icons-react';
import { type ComponentType, lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import { NotFoundPage } from '../shell/NotFoundPage';
import { InboxView } from './area/InboxView';
import { inboxGroups } from './area/inbox';
import { MatrixView } from './area/MatrixView';
import { PlansOverview } from './area/PlansOverview';
import { TimelineView } from './area/TimelineView';
import { useToday } from './area/use-today';

// The charts library is most of this screen's weight: fetched when the page opens, shown when asked.
const loadProgress = () => import('./area/ProgressView');
const ProgressView = lazy(() => loadProgress().then((module) => ({ default: module.ProgressView })));

interface AreaTab {
  /** The URL segment after /replikasi ('' for the first tab). */
  segment: string;
  label:
    | 'replicationArea.tab.plans'
    | 'replicationArea.tab.inbox'
    | 'replicationArea.tab.matrix'
    | 'replicationArea.tab.timeline'
    | 'replicationArea.tab.progress';
  icon: Icon;
  View: ComponentType;
}

const TABS: readonly AreaTab[] = [
  { segment: '', label: 'replicationArea.tab.plans', icon: IconListDetails, View: PlansOverview },
  { segment: 'masuk', label: 'replicationArea.tab.inbox', icon: IconInbox, View: InboxView },
  { segment: 'matriks', label: 'replicationArea.tab.matrix', icon: IconLayoutGrid, View: MatrixView },
  { segment: 'linimasa', label: 'replicationArea.tab.timeline', icon: IconTimeline, View: TimelineView },
  { segment: 'progres', label: 'replicationArea.tab.progress', icon: IconChartBar, View: ProgressView },
];

const tabPath = (segment: string) => (segment === '' ? '/replikasi' : `/replikasi/${segment}`);

export function ReplicationListPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const segment = pathname.replace(/^\/replikasi\/?/, '').replace(/\/$/, '');
  const active = TABS.find((tab) => tab.segment === segment);
  const waiting = useInboxWaiting();
  const tabList = useRef<HTMLDivElement>(null);

  // On a phone the tab bar scrolls sideways: a shared link to a later tab shows that tab, not the first.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new segment is a new selected tab to bring into view.
  useEffect(() => {
    const list = tabList.current;
    const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!list || !tab) return;
    const frame = window.requestAnimationFrame(() => {
      list.scrollLeft = tab.offsetLeft - (list.clientWidth - tab.offsetWidth) / 2;
    });
    return () => window.cancelAnimationFrame(frame);
  }, [segment]);

  useEffect(() => {
    loadProgress().catch((error: unknown) =>
      console.warn('the progress charts could not be preloaded', error),
    );
  }, []);

  if (!active) return <NotFoundPage />;
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('replicationList.title')}
        </Title>
        <Text c="dimmed">{t('replicationList.subtitle')}</Text>
      </Stack>
      <Tabs
        value={active.segment === '' ? 'rencana' : active.segment}
        onChange={(value) => {
          const tab = TABS.find((candidate) => (candidate.segment || 'rencana') === value);
          if (tab) navigate(tabPath(tab.segment));
        }}
      >
        <Tabs.List ref={tabList} style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.map(({ segment: tabSegment, label, icon: TabIcon }) => (
            <Tabs.Tab
              key={label}
              value={tabSegment || 'rencana'}
              leftSection={<TabIcon size={16} aria-hidden="true" />}
              rightSection={
                tabSegment === 'masuk' && waiting > 0 ? (
                  <Badge size="sm" color="orange" c="white" bg="orange.9" circle>
                    {waiting}
                    <VisuallyHidden>{t('replicationArea.inboxWaiting')}</VisuallyHidden>
                  </Badge>
                ) : undefined
              }
              style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ segment: tabSegment, View }) => (
          <Tabs.Panel key={tabSegment} value={tabSegment || 'rencana'} pt="lg">
            {tabSegment === active.segment && (
              <Suspense
                fallback={<Loader size="sm" role="status" aria-label={t('replicationArea.loading')} />}
              >
                <View />
              </Suspense>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** Plans of other regions waiting for my region to confirm its support: the inbox tab's count. */
function useInboxWaiting(): number {
  const { profile } = useSession();
  const snapshot = useCatalog();
  const today = useToday();
  return useMemo(
    () =>
      profile.region === null
        ? 0
        : inboxGroups(profile.region, snapshot, today).reduce(
            (sum, group) => sum + group.needConfirmation,
            0,
          ),
    [profile.region, snapshot, today],
  );
}
