/**
 * The frame of a document's page whose tabs each have their own URL (/fgd/:id/agenda,
 * /komitmen/:id/butir, …): the trail back to the list, the document's header, a notice (read-only,
 * locked), and the tabs. The URL picks the tab, so a link or a reload comes back to it; an unknown
 * segment is a page that does not exist.
 */
import { Alert, Stack, Tabs, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from './NotFoundPage';
import { PageBreadcrumbs } from './PageBreadcrumbs';

/** The catalog's tab names (`commitment.tab.text`, …): only those, so `t` needs no more than the key. */
type TabLabel = Extract<ParseKeys, `${string}.tab.${string}`>;

export interface DocumentTab<View> {
  /** The URL segment after the document's own path ('' for the first tab). */
  segment: string;
  label: TabLabel;
  icon: Icon;
  View: ComponentType<{ view: View }>;
}

export function DocumentTabsPage<View>({
  view,
  tabs,
  firstTabValue,
  path,
  breadcrumbs,
  tabsLabel,
  header,
  notice,
}: {
  view: View;
  tabs: readonly DocumentTab<View>[];
  /** Mantine's tabs need a non-empty value: the first tab, whose URL has no segment, goes by this one. */
  firstTabValue: string;
  /** The address of a tab of this document. */
  path: (segment: string) => string;
  breadcrumbs: { label: string; section: { to: string; label: string }; current: string };
  tabsLabel: string;
  header: ReactNode;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The routes are `…/:id/*`: what the splat matched is the tab's segment.
  const segment = (useParams()['*'] ?? '').replace(/\/$/, '');
  const active = tabs.find((tab) => tab.segment === segment);
  if (!active) return <NotFoundPage />;
  const tabValue = (tabSegment: string) => tabSegment || firstTabValue;
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <PageBreadcrumbs {...breadcrumbs} />
      {header}
      {notice}
      <Tabs
        value={tabValue(active.segment)}
        onChange={(value) => navigate(path(value === firstTabValue ? '' : (value ?? '')))}
        keepMounted={false}
      >
        <Tabs.List aria-label={tabsLabel}>
          {tabs.map((tab) => (
            <Tabs.Tab
              key={tab.segment}
              value={tabValue(tab.segment)}
              leftSection={<tab.icon size={16} aria-hidden="true" />}
            >
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.segment} value={tabValue(tab.segment)} pt="lg">
            <tab.View view={view} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** A one-line notice above the tabs: why this person cannot change what they see. */
export function PageNotice({ color, icon, children }: { color: string; icon: ReactNode; children: string }) {
  return (
    <Alert variant="light" color={color} icon={icon} py="xs">
      <Text size="sm">{children}</Text>
    </Alert>
  );
}
