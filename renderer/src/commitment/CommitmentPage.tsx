/**
 * /komitmen/:id and its tabs — Naskah, Butir komitmen, Versi & riwayat, Penandatanganan — each at its
 * own URL (/komitmen/:id/butir, …) so a facilitator can send the signing board's link. Live: every
 * member's edits, comments and signatures arrive as they are made.
 */
import { IconFileText, IconHistory, IconListCheck, IconLock, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type DocumentTab, DocumentTabsPage, PageNotice } from '../shell/DocumentTabsPage';
import { DocumentNotFound, PageLoading } from '../shell/PageStates';
import { CommitmentHeader } from './CommitmentHeader';
import { CommitmentItems } from './items/CommitmentItems';
import { SigningPanel } from './signing/SigningPanel';
import { CommitmentText } from './text/CommitmentText';
import { type CommitmentView, useCommitmentView } from './use-commitment';
import { CommitmentVersions } from './versions/CommitmentVersions';
import { useRecordTextEdits } from './versions/use-record-text-edits';

const TABS: readonly DocumentTab<CommitmentView>[] = [
  { segment: '', label: 'commitment.tab.text', icon: IconFileText, View: CommitmentText },
  { segment: 'butir', label: 'commitment.tab.items', icon: IconListCheck, View: CommitmentItems },
  { segment: 'versi', label: 'commitment.tab.versions', icon: IconHistory, View: CommitmentVersions },
  { segment: 'tanda-tangan', label: 'commitment.tab.signing', icon: IconSignature, View: SigningPanel },
];

export const commitmentPath = (id: string, segment = ''): string =>
  segment === '' ? `/komitmen/${id}` : `/komitmen/${id}/${segment}`;

export function CommitmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useCommitmentView(id);
  if (view.commitment) return <CommitmentScreen view={view} />;
  if (!view.loaded) return <PageLoading label={t('commitment.loading')} />;
  return (
    <DocumentNotFound
      icon={<IconFileText size={28} />}
      title={t('commitment.notFoundTitle')}
      description={t('commitment.notFoundBody')}
      back={{ to: '/komitmen', label: t('commitment.backToList') }}
    />
  );
}

function CommitmentScreen({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  useRecordTextEdits(view);
  if (!view.commitment) return null;
  const { status, title } = view.commitment;
  return (
    <DocumentTabsPage
      view={view}
      tabs={TABS}
      firstTabValue="naskah"
      path={(segment) => commitmentPath(view.id, segment)}
      breadcrumbs={{
        label: t('commitment.breadcrumbs'),
        section: { to: '/komitmen', label: t('nav.commitments') },
        current: title,
      }}
      tabsLabel={t('commitment.tabsLabel')}
      header={<CommitmentHeader view={view} />}
      notice={
        status === 'final' ? (
          <PageNotice color="blue" icon={<IconLock size={18} />}>
            {t('commitment.lockedHint')}
          </PageNotice>
        ) : (
          !view.isMemberEditor && (
            <PageNotice color="gray" icon={<IconLock size={18} />}>
              {t('commitment.readOnlyHint')}
            </PageNotice>
          )
        )
      }
    />
  );
}
