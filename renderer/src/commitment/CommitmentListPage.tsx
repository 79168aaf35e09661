/**
 * /komitmen — the area's joint commitments, newest first, each with where it stands and how many
 * member regions have signed it. Coordinators start a new one here.
 */
import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilePlus, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { formatDate } from '../catalog/innovation-format';
import { DocumentListPage } from '../shell/DocumentListPage';
import { commitmentPath } from './CommitmentPage';
import { CreateCommitmentModal } from './CreateCommitmentModal';
import { lifecycleStage } from './lifecycle';
import { useCommitmentView } from './use-commitment';

export function CommitmentListPage() {
  const { t } = useTranslation();
  const area = useArea();
  const { profile } = useSession();
  const [creating, create] = useDisclosure(false);
  const isCoordinator = profile.role === 'coordinator';
  const commitments = [...area.commitments].sort((a, b) => b.created.at.localeCompare(a.created.at));
  return (
    <DocumentListPage
      title={t('commitmentList.title')}
      intro={t('commitmentList.intro', { area: area.name })}
      create={
        isCoordinator ? { label: t('commitmentList.create'), icon: IconFilePlus, onClick: create.open } : null
      }
      empty={{
        icon: <IconFileText size={28} />,
        title: t('commitmentList.emptyTitle'),
        description: t(isCoordinator ? 'commitmentList.emptyCoordinator' : 'commitmentList.emptyMember'),
      }}
      cards={commitments.map((entry) => (
        <CommitmentCard key={entry.id} id={entry.id} fallbackTitle={entry.title} />
      ))}
    >
      <CreateCommitmentModal opened={creating} onClose={create.close} />
    </DocumentListPage>
  );
}

function CommitmentCard({ id, fallbackTitle }: { id: string; fallbackTitle: string }) {
  const { t, i18n } = useTranslation();
  const view = useCommitmentView(id);
  const commitment = view.commitment;
  const total = view.board.regions.length;
  const stage = commitment ? lifecycleStage(commitment.status, view.board) : null;
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-label={commitment?.title ?? fallbackTitle}>
      <Stack gap="sm">
        <Anchor
          component={Link}
          to={commitmentPath(id)}
          fw={600}
          size="lg"
          style={{ overflowWrap: 'anywhere' }}
        >
          {commitment?.title ?? fallbackTitle}
        </Anchor>
        {commitment && (commitment.event.title !== '' || commitment.event.date) && (
          <Text size="sm" c="dimmed">
            {[
              commitment.event.title,
              commitment.event.date ? formatDate(commitment.event.date, i18n.language) : '',
            ]
              .filter((part) => part !== '')
              .join(' · ')}
          </Text>
        )}
        <Group gap="xs">
          {stage ? (
            <Badge
              variant="light"
              tt="none"
              color={stage === 'signed' ? 'teal' : 'gray'}
              c={stage === 'signed' ? 'teal.9' : 'gray.8'}
            >
              {t(`commitment.stage.${stage}`)}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              {t(view.loaded ? 'commitmentList.notStarted' : 'commitment.loading')}
            </Text>
          )}
          {commitment && commitment.items.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('commitmentList.itemCount', { count: commitment.items.length })}
            </Text>
          )}
        </Group>
        {commitment && total > 0 && (
          <Stack gap={4}>
            <Text size="sm">{t('commitment.signedCount', { signed: view.board.signed, total })}</Text>
            <Progress
              value={(view.board.signed / total) * 100}
              color="teal"
              aria-label={t('commitment.signedCount', { signed: view.board.signed, total })}
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
