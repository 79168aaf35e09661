/**
 * /replikasi — the replication plans: my region's first, then every plan in the area (who adopts
 * which region's innovation, and how far they are). Live, from the catalog store.
 */
import { Button, EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBooks, IconRoute } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import { regionLabel } from '../data/catalog-store';
import { PlansTable } from './PlansTable';
import { planRows } from './plan-rows';

export function ReplicationListPage() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const snapshot = useCatalog();
  const myCode = profile.region;
  const mine = useMemo(
    () => (myCode === null ? [] : planRows(snapshot.plans.get(myCode) ?? [], snapshot)),
    [snapshot, myCode],
  );
  const all = useMemo(() => planRows([...snapshot.plans.values()].flat(), snapshot), [snapshot]);

  return (
    <Stack gap="xl" maw={1200} mx="auto" pb="xl">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('replicationList.title')}
        </Title>
        <Text c="dimmed">{t('replicationList.subtitle')}</Text>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="plans-mine">
        <Title order={2} size="h3" id="plans-mine">
          {myCode === null
            ? t('replicationList.mineTitleNoRegion')
            : t('replicationList.mineTitle', { region: regionLabel(myCode) })}
        </Title>
        {myCode === null ? (
          <Text c="dimmed" size="sm">
            {t('replicationList.noRegion')}
          </Text>
        ) : mine.length === 0 ? (
          <Paper withBorder radius="md" p="lg">
            <EmptyState size="sm" withIndicatorBackground>
              <EmptyState.Indicator>
                <IconRoute size={26} stroke={1.5} />
              </EmptyState.Indicator>
              <EmptyState.Title order={3}>{t('replicationList.mineEmptyTitle')}</EmptyState.Title>
              <EmptyState.Description>
                {profile.role === 'regionEditor'
                  ? t('replicationList.mineEmptyEditor')
                  : t('replicationList.mineEmptyOther')}
              </EmptyState.Description>
              <EmptyState.Actions>
                <Button component={Link} to="/katalog" variant="light" leftSection={<IconBooks size={16} />}>
                  {t('replicationList.openCatalog')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          </Paper>
        ) : (
          <Paper withBorder radius="md" p={{ base: 'xs', sm: 'sm' }}>
            <PlansTable
              rows={mine}
              columns={['innovation', 'source', 'stage', 'created']}
              initialSort={{ key: 'created', direction: 'desc' }}
              label={t('replicationList.mineTableLabel')}
            />
          </Paper>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="plans-area">
        <Stack gap={2}>
          <Title order={2} size="h3" id="plans-area">
            {t('replicationList.areaTitle')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('replicationList.areaSubtitle', { count: all.length })}
          </Text>
        </Stack>
        {all.length === 0 ? (
          <Paper withBorder radius="md" p="lg">
            <Text c="dimmed" size="sm">
              {t('replicationList.areaEmpty')}
            </Text>
          </Paper>
        ) : (
          <Paper withBorder radius="md" p={{ base: 'xs', sm: 'sm' }}>
            <PlansTable
              rows={all}
              columns={['adopter', 'innovation', 'source', 'stage', 'created']}
              initialSort={{ key: 'adopter', direction: 'asc' }}
              label={t('replicationList.areaTableLabel')}
            />
          </Paper>
        )}
      </Stack>
    </Stack>
  );
}
