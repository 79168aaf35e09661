/**
 * The top of a commitment: its title and the event it is for, where it stands in its lifecycle
 * (draft, review, final, signed), how many member regions have signed the current text, and the
 * actions that move it on or take it out (export, projector board).
 */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../catalog/innovation-format';
import { DocumentHeading } from '../shell/DocumentHeading';
import { CommitmentExportMenu } from './export/CommitmentExportMenu';
import { type LifecycleStage, lifecycleStage } from './lifecycle';
import { LifecycleActions } from './signing/LifecycleActions';
import type { CommitmentView } from './use-commitment';

const STAGE_BADGE: Record<LifecycleStage, { color: string; text: string }> = {
  draft: { color: 'gray', text: 'gray.8' },
  review: { color: 'yellow', text: 'yellow.9' },
  final: { color: 'blue', text: 'blue.9' },
  signed: { color: 'teal', text: 'teal.9' },
};

export function CommitmentHeader({ view }: { view: CommitmentView }) {
  const { t, i18n } = useTranslation();
  const commitment = view.commitment;
  if (!commitment) return null;
  const stage = lifecycleStage(commitment.status, view.board);
  const badge = STAGE_BADGE[stage];
  const { event } = commitment;
  const eventParts = [
    event.title,
    event.date ? formatDate(event.date, i18n.language) : '',
    event.venue,
  ].filter((part) => part !== '');
  return (
    <Stack gap="sm">
      <DocumentHeading
        eyebrow={t('commitment.eyebrow')}
        title={commitment.title}
        actions={<CommitmentExportMenu view={view} />}
      >
        {eventParts.length > 0 && (
          <Text size="sm" c="dimmed">
            {eventParts.join(' · ')}
          </Text>
        )}
      </DocumentHeading>
      <Group gap={8} wrap="wrap" align="center">
        <Badge size="lg" variant="light" color={badge.color} c={badge.text} tt="none">
          {t(`commitment.stage.${stage}`)}
        </Badge>
        <Badge size="lg" variant="light" color="gray" c="gray.8" tt="none">
          {t('commitment.signedCount', { signed: view.board.signed, total: view.board.regions.length })}
        </Badge>
        {commitment.round > 0 && (
          <Badge size="lg" variant="light" color="gray" c="gray.8" tt="none">
            {t('commitment.round', { round: commitment.round + 1 })}
          </Badge>
        )}
        {commitment.status === 'final' && (
          <Text size="sm" c="dimmed" ff="monospace" title={commitment.hash}>
            {t('commitment.hashShort', { hash: commitment.hash.slice(0, 12) })}
          </Text>
        )}
      </Group>
      <LifecycleActions view={view} />
    </Stack>
  );
}
