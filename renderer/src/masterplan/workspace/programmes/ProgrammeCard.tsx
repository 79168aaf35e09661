/**
 * One programme: its name, lead OPD, RPJMD/Renstra reference, horizon and budget, and the
 * innovations and replication plans it builds on as links to their pages; change and remove for editors.
 */
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRupiah } from '../../../catalog/innovation-format';
import { EntryCard } from '../EntryCard';
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
    <EntryCard
      name={programme.name}
      badge={
        <Badge variant="light" color="indigo" c="indigo.9" bg="indigo.0" tt="none">
          {t(`masterPlan.horizon.${programme.horizon}`)}
        </Badge>
      }
      meta={t('masterPlan.programme.ledBy', { opd: programme.leadOpd })}
      gap={6}
      canEdit={canEdit}
      editLabel={t('masterPlan.programme.edit', { name: programme.name })}
      removeLabel={t('masterPlan.programme.remove', { name: programme.name })}
      onEdit={onEdit}
      onRemove={onRemove}
    >
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
    </EntryCard>
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
