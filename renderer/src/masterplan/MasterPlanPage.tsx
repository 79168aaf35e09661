/**
 * /masterplan/:region and its tabs — Tahapan, Tim pelaksana, Kesiapan, Program, Quick win — each at its
 * own URL: one region's smart-city master plan over the four bimtek stages. Live: what the region's
 * editors enter in another window appears as they save it. Only that region's editors write it.
 */
import {
  IconBolt,
  IconChecklist,
  IconGauge,
  IconLock,
  IconMap2,
  IconTargetArrow,
  IconUsers,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useArea } from '../app/hooks';
import { regionLabel } from '../data/catalog-store';
import { type DocumentTab, DocumentTabsPage, PageNotice } from '../shell/DocumentTabsPage';
import { DocumentNotFound, PageLoading } from '../shell/PageStates';
import { MasterPlanBooksMenu } from './books/MasterPlanBooksMenu';
import { useMasterPlan } from './use-master-plan';
import { MasterPlanHeader } from './workspace/MasterPlanHeader';
import { type MasterPlanView, masterPlanPath, TAB_SEGMENT } from './workspace/master-plan-view';
import { ProgrammesTab } from './workspace/programmes/ProgrammesTab';
import { QuickWinsTab } from './workspace/quick-wins/QuickWinsTab';
import { ReadinessTab } from './workspace/readiness/ReadinessTab';
import { StagesTab } from './workspace/stages/StagesTab';
import { TeamTab } from './workspace/team/TeamTab';

const TABS: readonly DocumentTab<MasterPlanView>[] = [
  { segment: TAB_SEGMENT.stages, label: 'masterPlan.tab.stages', icon: IconChecklist, View: StagesTab },
  { segment: TAB_SEGMENT.team, label: 'masterPlan.tab.team', icon: IconUsers, View: TeamTab },
  { segment: TAB_SEGMENT.readiness, label: 'masterPlan.tab.readiness', icon: IconGauge, View: ReadinessTab },
  {
    segment: TAB_SEGMENT.programmes,
    label: 'masterPlan.tab.programmes',
    icon: IconTargetArrow,
    View: ProgrammesTab,
  },
  { segment: TAB_SEGMENT.quickWins, label: 'masterPlan.tab.quickWins', icon: IconBolt, View: QuickWinsTab },
];

export function MasterPlanPage() {
  const { t } = useTranslation();
  const { region = '' } = useParams();
  const area = useArea();
  const regional = useMasterPlan(region);
  const member = area.members.find((m) => m.code === region);
  const view = useMemo<MasterPlanView | null>(
    () =>
      regional.doc === null
        ? null
        : {
            ...regional,
            doc: regional.doc,
            regionName: member?.displayName ?? regionLabel(regional.regionCode),
            canEdit: regional.access.allowed,
          },
    [regional, member],
  );
  if (view !== null && member !== undefined) return <MasterPlanScreen view={view} />;
  if (member !== undefined) return <PageLoading label={t('masterPlan.loading')} />;
  return (
    <DocumentNotFound
      icon={<IconMap2 size={28} />}
      title={t('masterPlan.notFoundTitle')}
      description={t('masterPlan.notFoundBody')}
      back={{ to: '/masterplan', label: t('masterPlan.backToArea') }}
    />
  );
}

function MasterPlanScreen({ view }: { view: MasterPlanView }) {
  const { t } = useTranslation();
  const { access } = view;
  return (
    <DocumentTabsPage
      view={view}
      tabs={TABS}
      firstTabValue="tahapan"
      path={(segment) => masterPlanPath(view.regionCode, segment)}
      breadcrumbs={{
        label: t('masterPlan.breadcrumbs'),
        section: { to: '/masterplan', label: t('nav.masterPlan') },
        current: view.regionName,
      }}
      tabsLabel={t('masterPlan.tabsLabel')}
      header={<MasterPlanHeader view={view} actions={<MasterPlanBooksMenu regionCode={view.regionCode} />} />}
      notice={
        !access.allowed && (
          <PageNotice color="gray" icon={<IconLock size={18} />}>
            {access.reason === 'otherRegion'
              ? t('masterPlan.readOnly.otherRegion', { region: view.regionName })
              : t('masterPlan.readOnly.notEditor', { region: view.regionName })}
          </PageNotice>
        )
      }
    />
  );
}
