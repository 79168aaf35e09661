/**
 * "Rencana": my region's plans with where each stands (next due milestone, late ones), then every
 * plan in the area.
 */
import { Button, EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBooks, IconRoute } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../../app/hooks';
import { useSession } from '../../app/session';
import { regionLabel } from '../../data/catalog-store';
import { PlansTable } from '../PlansTable';
import { planStatusRows } from '../plan-rows';
import { useToday } from './use-today';

export function PlansOverview() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const snapshot = useCatalog();
  const today = useToday();
  const myCode = profile.region;
  const mine = useMemo(
    () => (myCode === null ? [] : planStatusRows(snapshot.plans.get(myCode) ?? [], snapshot, today)),
    [snapshot, myCode, today],
  );
  const all = useMemo(
    () => planStatusRows([...snapshot.plans.values()].flat(), snapshot, today),
    [snapshot, today],
  );
  const lateCount = mine.filter((row) => row.progress.overdue.length > 0).length;

  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="plans-mine">
        <Stack gap={2}>
          <Title order={2} size="h3" id="plans-mine">
            {myCode === null
              ? t('replicationList.mineTitleNoRegion')
              : t('replicationList.mineTitle', { region: regionLabel(myCode) })}
          </Title>
          {mine.length > 0 && (
            <Text c="dimmed" size="sm">
              {lateCount > 0
                ? t('replicationArea.mineSummaryLate', { count: mine.length, late: lateCount })
                : t('replicationArea.mineSummary', { count: mine.length })}
            </Text>
          )}
        </Stack>
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
          <Paper withBorder radius="md" p="xs">
            <PlansTable
              rows={mine}
              columns={['innovation', 'source', 'stage', 'status', 'progress', 'nextDue', 'overdue']}
              initialSort={{ key: 'overdue', direction: 'desc' }}
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
          <Paper withBorder radius="md" p="xs">
            <PlansTable
              rows={all}
              columns={['adopter', 'innovation', 'source', 'stage', 'status', 'progress']}
              initialSort={{ key: 'adopter', direction: 'asc' }}
              label={t('replicationList.areaTableLabel')}
            />
          </Paper>
        )}
      </Stack>
    </Stack>
  );
}
