/**
 * /fgd/:id and its tabs — Jalannya sesi, Agenda, Papan, Kehadiran, Keputusan & tindak lanjut — each at its
 * own URL, so the console comes back to the tab it was on. Live: steps, cards, joins and decisions
 * arrive as they are made, from this laptop, the room's phones or the area hub.
 */
import {
  IconChecklist,
  IconClipboardList,
  IconEye,
  IconLayoutBoard,
  IconPlayerPlay,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type DocumentTab, DocumentTabsPage, PageNotice } from '../shell/DocumentTabsPage';
import { DocumentNotFound, PageLoading } from '../shell/PageStates';
import { FgdBoard } from './board/FgdBoard';
import { AgendaPanel } from './console/AgendaPanel';
import { AttendancePanel } from './console/AttendancePanel';
import { DecisionsPanel } from './console/DecisionsPanel';
import { fgdPath } from './console/paths';
import { RunPanel } from './console/RunPanel';
import { SessionHeader } from './console/SessionHeader';
import { type FgdView, useFgdView } from './use-fgd';

const TABS: readonly DocumentTab<FgdView>[] = [
  { segment: '', label: 'fgdConsole.tab.run', icon: IconPlayerPlay, View: RunPanel },
  { segment: 'agenda', label: 'fgdConsole.tab.agenda', icon: IconClipboardList, View: AgendaPanel },
  { segment: 'papan', label: 'fgdConsole.tab.board', icon: IconLayoutBoard, View: FgdBoard },
  { segment: 'kehadiran', label: 'fgdConsole.tab.attendance', icon: IconUsers, View: AttendancePanel },
  { segment: 'keputusan', label: 'fgdConsole.tab.decisions', icon: IconChecklist, View: DecisionsPanel },
];

export function FgdSessionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useFgdView(id);
  if (view.session) return <SessionScreen view={view} title={view.session.meta.title} />;
  if (!view.loaded) return <PageLoading label={t('fgdConsole.loading')} />;
  return (
    <DocumentNotFound
      icon={<IconUsersGroup size={28} />}
      title={t('fgdConsole.notFoundTitle')}
      description={t('fgdConsole.notFoundBody')}
      back={{ to: '/fgd', label: t('fgdConsole.backToList') }}
    />
  );
}

function SessionScreen({ view, title }: { view: FgdView; title: string }) {
  const { t } = useTranslation();
  return (
    <DocumentTabsPage
      view={view}
      tabs={TABS}
      firstTabValue="jalannya"
      path={(segment) => fgdPath(view.id, segment)}
      breadcrumbs={{
        label: t('fgdConsole.breadcrumbs'),
        section: { to: '/fgd', label: t('nav.fgd') },
        current: title,
      }}
      tabsLabel={t('fgdConsole.tabsLabel')}
      header={<SessionHeader view={view} />}
      notice={
        !view.isFacilitator && (
          <PageNotice color="gray" icon={<IconEye size={18} />}>
            {t('fgdConsole.readOnlyHint')}
          </PageNotice>
        )
      }
    />
  );
}
