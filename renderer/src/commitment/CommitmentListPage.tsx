/**
 * /komitmen — the area's joint commitments, newest first, each with where it stands and how many
 * member regions have signed it. Coordinators start a new one here.
 */
import { Anchor, Badge, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilePlus, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useArea } from '../app/hooks';
import { useSession } from '../app/session';
import { PageState } from '../catalog/InnovationStates';
import { formatDate } from '../catalog/innovation-format';
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
  const createButton = isCoordinator && (
    <Button leftSection={<IconFilePlus size={18} />} onClick={create.open}>
      {t('commitmentList.create')}
    </Button>
  );
  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('commitmentList.title')}
          </Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('commitmentList.intro', { area: area.name })}
          </Text>
        </Stack>
        {commitments.length > 0 && createButton}
      </Group>
      {commitments.length === 0 ? (
        <PageState
          icon={<IconFileText size={28} />}
          title={t('commitmentList.emptyTitle')}
          description={t(isCoordinator ? 'commitmentList.emptyCoordinator' : 'commitmentList.emptyMember')}
          action={createButton || null}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {commitments.map((entry) => (
            <CommitmentCard key={entry.id} id={entry.id} fallbackTitle={entry.title} />
          ))}
        </SimpleGrid>
      )}
      <CreateCommitmentModal opened={creating} onClose={create.close} />
    </Stack>
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
