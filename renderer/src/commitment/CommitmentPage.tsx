/**
 * /komitmen/:id and its tabs — Naskah, Butir komitmen, Versi & riwayat, Penandatanganan — each at its
 * own URL (/komitmen/:id/butir, …) so a facilitator can send the signing board's link. Live: every
 * member's edits, comments and signatures arrive as they are made.
 */
import { Alert, Anchor, Breadcrumbs, Button, Center, Loader, Stack, Tabs, Text } from '@mantine/core';
import {
  type Icon,
  IconArrowLeft,
  IconFileText,
  IconHistory,
  IconListCheck,
  IconLock,
  IconSignature,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageState } from '../catalog/InnovationStates';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CommitmentHeader } from './CommitmentHeader';
import { CommitmentItems } from './items/CommitmentItems';
import { SigningPanel } from './signing/SigningPanel';
import { CommitmentText } from './text/CommitmentText';
import { type CommitmentView, useCommitmentView } from './use-commitment';
import { CommitmentVersions } from './versions/CommitmentVersions';
import { useRecordTextEdits } from './versions/use-record-text-edits';

interface CommitmentTab {
  /** The URL segment after /komitmen/:id ('' for the text). */
  segment: string;
  label:
    | 'commitment.tab.text'
    | 'commitment.tab.items'
    | 'commitment.tab.versions'
    | 'commitment.tab.signing';
  icon: Icon;
  View: ComponentType<{ view: CommitmentView }>;
}

/** Mantine's tabs need a non-empty value: the text's tab, whose URL has no segment, goes by this one. */
const TEXT_TAB_VALUE = 'naskah';
const tabValue = (segment: string) => segment || TEXT_TAB_VALUE;

const TABS: readonly CommitmentTab[] = [
  { segment: '', label: 'commitment.tab.text', icon: IconFileText, View: CommitmentText },
  { segment: 'butir', label: 'commitment.tab.items', icon: IconListCheck, View: CommitmentItems },
  { segment: 'versi', label: 'commitment.tab.versions', icon: IconHistory, View: CommitmentVersions },
  { segment: 'tanda-tangan', label: 'commitment.tab.signing', icon: IconSignature, View: SigningPanel },
];

export const commitmentPath = (id: string, segment = ''): string =>
  segment === '' ? `/komitmen/${id}` : `/komitmen/${id}/${segment}`;

export function CommitmentPage() {
  const { id = '' } = useParams();
  const view = useCommitmentView(id);
  if (view.commitment) return <CommitmentScreen view={view} />;
  return view.loaded ? <CommitmentNotFound /> : <CommitmentLoading />;
}

function CommitmentScreen({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  useRecordTextEdits(view);
  const segment = pathname.replace(/^\/komitmen\/[^/]+\/?/, '').replace(/\/$/, '');
  const active = TABS.find((tab) => tab.segment === segment);
  if (!active || !view.commitment) return <NotFoundPage />;
  const status = view.commitment.status;
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Breadcrumbs separatorMargin={6} aria-label={t('commitment.breadcrumbs')}>
        <Anchor component={Link} to="/komitmen" size="sm">
          {t('nav.commitments')}
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {view.commitment.title}
        </Text>
      </Breadcrumbs>

      <CommitmentHeader view={view} />

      {status === 'final' ? (
        <Alert variant="light" color="blue" icon={<IconLock size={18} />} py="xs">
          <Text size="sm">{t('commitment.lockedHint')}</Text>
        </Alert>
      ) : (
        !view.isMemberEditor && (
          <Alert variant="light" color="gray" icon={<IconLock size={18} />} py="xs">
            <Text size="sm">{t('commitment.readOnlyHint')}</Text>
          </Alert>
        )
      )}

      <Tabs
        value={tabValue(active.segment)}
        onChange={(value) => navigate(commitmentPath(view.id, value === TEXT_TAB_VALUE ? '' : (value ?? '')))}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('commitment.tabsLabel')}>
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

function CommitmentLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('commitment.loading')}>
      <Loader size="md" />
    </Center>
  );
}

function CommitmentNotFound() {
  const { t } = useTranslation();
  return (
    <PageState
      icon={<IconFileText size={28} />}
      title={t('commitment.notFoundTitle')}
      description={t('commitment.notFoundBody')}
      action={
        <Button component={Link} to="/komitmen" variant="light" leftSection={<IconArrowLeft size={16} />}>
          {t('commitment.backToList')}
        </Button>
      }
    />
  );
}
