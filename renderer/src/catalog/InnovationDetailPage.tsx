/**
 * /katalog/:region/:id — one innovation, live: what it is, the facts, who replicates it and who
 * changed it. The owning region's editors get "Ubah" and "Hapus"; editors of other regions
 * "Replikasi inovasi ini"; everyone is told why what they cannot do is not offered.
 */
import { Alert, Badge, Button, Grid, Group, Stack, Text, Title, useMatches } from '@mantine/core';
import { IconInfoCircle, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import type { CatalogEntry } from '../data/catalog-store';
import { InnovationReplications } from '../replication/InnovationReplications';
import { ReplicateButton, useReplicateState } from '../replication/ReplicateAction';
import { PageBreadcrumbs } from '../shell/PageBreadcrumbs';
import { DeleteInnovationButton } from './DeleteInnovationButton';
import { InnovationFacts } from './InnovationFacts';
import { InnovationHistory } from './InnovationHistory';
import { InnovationNarrative } from './InnovationNarrative';
import { InnovationLoading, InnovationNotFound } from './InnovationStates';
import { editAccess } from './innovation-access';
import { STATUS_BADGE } from './innovation-format';
import { StageBadge } from './StageBadge';
import { useRegionSettled } from './use-region-settled';

export function InnovationDetailPage() {
  const { region = '', id = '' } = useParams();
  const snapshot = useCatalog();
  const settled = useRegionSettled(region);
  const entry = snapshot.byKey.get(`${region}/${id}`);
  if (!entry) return settled ? <InnovationNotFound /> : <InnovationLoading />;
  return <InnovationDetail entry={entry} />;
}

function InnovationDetail({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation();
  const { profile, workspace } = useSession();
  const snapshot = useCatalog();
  const { innovation } = entry;
  const synced = workspace.region(innovation.regionCode);
  const plans = snapshot.replications.get(entry.key) ?? [];
  const canEdit = editAccess(profile, innovation.regionCode).allowed;
  const replicate = useReplicateState(entry);
  // Beside the title the actions line up on its right; below it, on phones, on the left.
  const actionsAtEnd = useMatches({ base: false, sm: true });
  // An editor of the owning region only needs the quiet reminder why there is no "Replikasi" here.
  const notes = canEdit
    ? []
    : [
        t('innovationAccess.editOnly', { region: entry.regionName }),
        ...(replicate.kind === 'cannot' ? [replicate.reason] : []),
      ];

  return (
    <Stack gap="lg" maw={1200} mx="auto" pb="xl">
      <PageBreadcrumbs
        label={t('innovationDetail.breadcrumbs')}
        section={{ to: '/katalog', label: t('nav.catalog') }}
        current={innovation.name}
      />

      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} miw={0} style={{ flex: '1 1 420px' }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {innovation.name}
          </Title>
          <Text c="dimmed">
            {entry.regionName} · {innovation.opd}
          </Text>
          <Group gap={6}>
            <StageBadge
              stage={innovation.stage}
              label={t(`innovation.stage.${innovation.stage}`)}
              size="lg"
            />
            <Badge
              size="lg"
              variant="light"
              color={STATUS_BADGE[innovation.status].color}
              c={STATUS_BADGE[innovation.status].text}
              tt="none"
            >
              {t(`innovation.status.${innovation.status}`)}
            </Badge>
            <Badge size="lg" variant="light" color="gray" c="gray.8" tt="none">
              {innovation.digital ? t('innovation.digital.yes') : t('innovation.digital.no')}
            </Badge>
          </Group>
        </Stack>
        {(canEdit || replicate.kind !== 'cannot') && (
          <Stack gap={6} align={actionsAtEnd ? 'flex-end' : 'flex-start'}>
            <Group gap="sm">
              {canEdit && (
                <>
                  <Button
                    component={Link}
                    to={`/katalog/${innovation.regionCode}/${innovation.id}/ubah`}
                    leftSection={<IconPencil size={18} />}
                  >
                    {t('innovationDetail.edit')}
                  </Button>
                  <DeleteInnovationButton innovation={innovation} replicatingCount={plans.length} />
                </>
              )}
              <ReplicateButton state={replicate} />
            </Group>
            {canEdit && replicate.kind === 'cannot' && (
              <Text size="xs" c="dimmed" maw={320} ta={actionsAtEnd ? 'right' : 'left'}>
                {replicate.reason}
              </Text>
            )}
          </Stack>
        )}
      </Group>

      {innovation.summary !== '' && (
        <Text fz={{ base: 'md', sm: 'lg' }} maw={820} style={{ overflowWrap: 'anywhere' }}>
          {innovation.summary}
        </Text>
      )}

      {notes.length > 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} py="xs">
          <Stack gap={2}>
            {notes.map((note) => (
              <Text key={note} size="sm">
                {note}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <InnovationNarrative innovation={innovation} />
            {synced && <InnovationHistory innovation={innovation} doc={synced.doc} docName={synced.name} />}
          </Stack>
        </Grid.Col>
        {/* On phones the short facts come before the long story. */}
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <InnovationReplications plans={plans} />
            <InnovationFacts innovation={innovation} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
