/**
 * "Kotak masuk": the source region's view — its innovations other regions plan to replicate, one
 * card per innovation, each adopter with its plan's stage and progress and whether this region has
 * confirmed its support ("Perlu konfirmasi" until it has).
 */
import { Anchor, Badge, Button, EmptyState, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBooks, IconCircleCheck, IconClockExclamation, IconInbox } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog } from '../../app/hooks';
import { useSession } from '../../app/session';
import { regionLabel } from '../../data/catalog-store';
import { planPath } from '../plan-view';
import { type InboxAdopter, type InboxGroup, inboxGroups, type SupportState } from './inbox';
import { ProgressCell, StageBadge, StatusBadge } from './PlanBadges';
import { useToday } from './use-today';

export function InboxView() {
  const { t } = useTranslation();
  const { profile } = useSession();
  const snapshot = useCatalog();
  const today = useToday();
  const region = profile.region;
  const groups = useMemo(
    () => (region === null ? [] : inboxGroups(region, snapshot, today)),
    [region, snapshot, today],
  );

  if (region === null) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Text c="dimmed" size="sm">
          {t('replicationArea.inbox.noRegion')}
        </Text>
      </Paper>
    );
  }
  const adopters = groups.reduce((sum, group) => sum + group.adopters.length, 0);
  const waiting = groups.reduce((sum, group) => sum + group.needConfirmation, 0);

  return (
    <Stack gap="md" component="section" aria-labelledby="inbox-title">
      <Stack gap={2}>
        <Title order={2} size="h3" id="inbox-title">
          {t('replicationArea.inbox.title', { region: regionLabel(region) })}
        </Title>
        <Text c="dimmed" size="sm">
          {groups.length === 0
            ? t('replicationArea.inbox.subtitle')
            : waiting > 0
              ? t('replicationArea.inbox.summaryWaiting', {
                  plans: adopters,
                  innovations: groups.length,
                  waiting,
                })
              : t('replicationArea.inbox.summary', { plans: adopters, innovations: groups.length })}
        </Text>
      </Stack>
      {groups.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <EmptyState size="sm" withIndicatorBackground>
            <EmptyState.Indicator>
              <IconInbox size={26} stroke={1.5} />
            </EmptyState.Indicator>
            <EmptyState.Title order={3}>{t('replicationArea.inbox.emptyTitle')}</EmptyState.Title>
            <EmptyState.Description>{t('replicationArea.inbox.emptyBody')}</EmptyState.Description>
            <EmptyState.Actions>
              <Button component={Link} to="/katalog" variant="light" leftSection={<IconBooks size={16} />}>
                {t('replicationList.openCatalog')}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Paper>
      ) : (
        groups.map((group) => <InboxCard key={group.innovationId} group={group} />)
      )}
    </Stack>
  );
}

function InboxCard({ group }: { group: InboxGroup }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="article"
      aria-labelledby={headingId}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: '1 1 16rem' }}>
            <Title order={3} size="h4" id={headingId}>
              {t('replicationArea.inbox.groupTitle', {
                count: group.adopters.length,
                innovation: group.innovationName,
              })}
            </Title>
            {group.innovationPath === null ? (
              <Text size="xs" c="dimmed">
                {t('replicationList.innovationGone')}
              </Text>
            ) : (
              <Anchor component={Link} to={group.innovationPath} size="sm">
                {t('replicationArea.inbox.openInnovation')}
              </Anchor>
            )}
          </Stack>
          {group.needConfirmation > 0 && (
            <Badge color="orange" variant="light" c="orange.9" size="lg" radius="sm" tt="none">
              {t('replicationArea.inbox.groupWaiting', { count: group.needConfirmation })}
            </Badge>
          )}
        </Group>
        <Stack component="ul" gap={0} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {group.adopters.map((adopter, index) => (
            <AdopterRow key={adopter.row.key} adopter={adopter} first={index === 0} />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function AdopterRow({ adopter, first }: { adopter: InboxAdopter; first: boolean }) {
  const { t } = useTranslation();
  const { row } = adopter;
  return (
    <Group
      component="li"
      justify="space-between"
      gap="sm"
      py="xs"
      style={first ? undefined : { borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={4} miw={0}>
        <Anchor
          component={Link}
          to={planPath(row.plan)}
          fw={600}
          aria-label={t('replicationArea.planLinkLabel', {
            innovation: row.innovationName,
            adopter: row.adopterName,
          })}
        >
          {row.adopterName}
        </Anchor>
        <Group gap="xs">
          <StageBadge stage={row.plan.stage} />
          <StatusBadge status={row.plan.status} />
        </Group>
      </Stack>
      <Group gap="md" wrap="nowrap">
        <ProgressCell percent={row.percent} />
        <SupportMark state={adopter.supportState} />
      </Group>
    </Group>
  );
}

const SUPPORT_LABEL = {
  confirmed: 'replicationArea.support.confirmed',
  withdrawn: 'replicationArea.support.withdrawn',
  needed: 'replicationArea.support.needed',
  closed: 'replicationArea.support.closed',
} as const satisfies Record<SupportState, string>;

export function SupportMark({ state }: { state: SupportState }) {
  const { t } = useTranslation();
  const label = t(SUPPORT_LABEL[state]);
  if (state === 'confirmed') {
    return (
      <Group gap={4} wrap="nowrap" w={190}>
        <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden="true" />
        <Text size="sm" c="teal.9" fw={500}>
          {label}
        </Text>
      </Group>
    );
  }
  if (state === 'needed') {
    return (
      <Group gap={4} wrap="nowrap" w={190}>
        <IconClockExclamation size={16} color="var(--mantine-color-orange-8)" aria-hidden="true" />
        <Text size="sm" c="orange.9" fw={600}>
          {label}
        </Text>
      </Group>
    );
  }
  return (
    <Text size="sm" c="dimmed" w={190}>
      {label}
    </Text>
  );
}
