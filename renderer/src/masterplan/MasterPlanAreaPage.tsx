/**
 * /masterplan: the master plans of all member regions side by side — Kemajuan (stages, readiness,
 * figures per region and charts), Quick win kawasan (per dimension) and Program bersama (alike
 * programmes across regions). The tab is in the URL (?tab=…) so a view can be shared; the region
 * workspaces are routed at /masterplan/<code>. Live: a region's change shows without reload.
 */
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { type Icon, IconArrowRight, IconBolt, IconChartBar, IconUsersGroup } from '@tabler/icons-react';
import { type ComponentType, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { regionLabel } from '../data/catalog-store';
import { CommonProgrammesTab } from './area/CommonProgrammesTab';
import { loadPlanCharts, ProgressTab } from './area/ProgressTab';
import { QuickWinsTab } from './area/QuickWinsTab';
import { masterPlanPath } from './area/RegionPlansTable';
import { type AreaPlans, useAreaPlans } from './area/use-area-plans';

interface AreaTab {
  value: string;
  label: 'masterPlanArea.tab.progress' | 'masterPlanArea.tab.quickWins' | 'masterPlanArea.tab.common';
  icon: Icon;
  View: ComponentType<{ plans: AreaPlans }>;
}

const TABS: readonly AreaTab[] = [
  { value: 'kemajuan', label: 'masterPlanArea.tab.progress', icon: IconChartBar, View: ProgressTab },
  { value: 'quick-win', label: 'masterPlanArea.tab.quickWins', icon: IconBolt, View: QuickWinsTab },
  {
    value: 'program-bersama',
    label: 'masterPlanArea.tab.common',
    icon: IconUsersGroup,
    View: CommonProgrammesTab,
  },
];

export function MasterPlanAreaPage() {
  const { t } = useTranslation();
  const area = useArea();
  const { profile } = useSession();
  const plans = useAreaPlans();
  const [params, setParams] = useSearchParams();
  const active = TABS.find((tab) => tab.value === params.get('tab')) ?? TABS[0];
  const ownRegion =
    profile.role === 'regionEditor' &&
    profile.region !== null &&
    area.members.some((m) => m.code === profile.region)
      ? profile.region
      : null;

  const tabList = useRef<HTMLDivElement>(null);
  // On a phone the tabs scroll sideways: a link to a later tab shows that tab's name, not the first's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new tab is a new selected tab to bring into view.
  useEffect(() => {
    const tab = tabList.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!tab) return;
    const frame = window.requestAnimationFrame(() =>
      tab.scrollIntoView({ block: 'nearest', inline: 'center' }),
    );
    return () => window.cancelAnimationFrame(frame);
  }, [active?.value]);

  useEffect(() => {
    loadPlanCharts().catch((error: unknown) =>
      console.warn('the master plan charts could not be preloaded', error),
    );
  }, []);

  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('masterPlanArea.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('masterPlanArea.subtitle', { area: area.name })}
          </Text>
        </Stack>
        {ownRegion !== null && (
          <Button
            component={Link}
            to={masterPlanPath(ownRegion)}
            rightSection={<IconArrowRight size={16} aria-hidden="true" />}
          >
            {t('masterPlanArea.openOwn', { region: regionLabel(ownRegion) })}
          </Button>
        )}
      </Group>
      <Tabs
        value={active?.value ?? 'kemajuan'}
        onChange={(value) => {
          if (value === null) return;
          setParams(value === 'kemajuan' ? {} : { tab: value });
        }}
      >
        <Tabs.List ref={tabList} style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {TABS.map(({ value, label, icon: TabIcon }) => (
            <Tabs.Tab
              key={value}
              value={value}
              leftSection={<TabIcon size={16} aria-hidden="true" />}
              rightSection={<TabCount value={value} plans={plans} />}
              style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            >
              {t(label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, View }) => (
          <Tabs.Panel key={value} value={value} pt="lg">
            {value === active?.value && <View plans={plans} />}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** How many quick wins / common groups a tab holds, so the area sees there is something to look at. */
function TabCount({ value, plans }: { value: string; plans: AreaPlans }) {
  const count =
    value === 'quick-win' ? plans.totals.quickWins : value === 'program-bersama' ? plans.common.length : null;
  if (count === null || count === 0) return null;
  return (
    <Text span size="xs" fw={700} c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
      {count}
    </Text>
  );
}
