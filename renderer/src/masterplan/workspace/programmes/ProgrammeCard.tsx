/**
 * One programme: its name, lead OPD, RPJMD/Renstra reference, horizon and budget, and the
 * innovations and replication plans it builds on as links to their pages; change and remove for editors.
 */
import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRupiah } from '../../../catalog/innovation-format';
import type { Programme } from './programme-values';
import type { LinkTarget, useLinkOptions } from './use-link-options';

export function ProgrammeCard({
  programme,
  options,
  canEdit,
  onEdit,
  onRemove,
}: {
  programme: Programme;
  options: ReturnType<typeof useLinkOptions>;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { budget } = programme;
  const budgetText = [budget.amount === null ? null : formatRupiah(budget.amount), budget.source || null]
    .filter((part) => part !== null)
    .join(' · ');
  const links = [
    ...programme.innovations.map((key) => ({
      key,
      kind: 'innovation' as const,
      target: options.innovation(key),
    })),
    ...programme.replicationPlans.map((id) => ({ key: id, kind: 'plan' as const, target: options.plan(id) })),
  ];
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-label={programme.name}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {programme.name}
            </Text>
            <Group gap={8} wrap="wrap">
              <Badge variant="light" color="indigo" c="indigo.9" bg="indigo.0" tt="none">
                {t(`masterPlan.horizon.${programme.horizon}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('masterPlan.programme.ledBy', { opd: programme.leadOpd })}
              </Text>
            </Group>
          </Stack>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('masterPlan.programme.edit', { name: programme.name })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  onClick={onEdit}
                  aria-label={t('masterPlan.programme.edit', { name: programme.name })}
                >
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('masterPlan.programme.remove', { name: programme.name })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={onRemove}
                  aria-label={t('masterPlan.programme.remove', { name: programme.name })}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        {(programme.rpjmdReference || budgetText) && (
          <Text size="sm">
            {[programme.rpjmdReference, budgetText].filter((part) => part !== '').join(' — ')}
          </Text>
        )}
        {links.length > 0 && (
          <Group gap={6} wrap="wrap" align="baseline">
            <Text size="sm" fw={500}>
              {t('masterPlan.programme.buildsOn')}
            </Text>
            {links.map((link) => (
              <LinkChip key={`${link.kind}-${link.key}`} target={link.target} kind={link.kind} />
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function LinkChip({ target, kind }: { target: LinkTarget; kind: 'innovation' | 'plan' }) {
  const { t } = useTranslation();
  const prefix = kind === 'plan' ? `${t('masterPlan.programme.planPrefix')} ` : '';
  if (target.to === null)
    return (
      <Text size="sm" c="dimmed">
        {prefix}
        {target.label}
      </Text>
    );
  return (
    <Anchor component={Link} to={target.to} size="sm" c="indigo.9" underline="always">
      {prefix}
      {target.label}
    </Anchor>
  );
}
