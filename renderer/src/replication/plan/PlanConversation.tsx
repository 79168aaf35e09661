/**
 * "Diskusi": the adopting and the source region talk about the plan. Each region's comments live in
 * its own document; the thread shows both, oldest first, each side in its own colour and label.
 */
import { Box, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconMessages, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPlanComment, type PlanComment } from '../../../../shared/model/replication-support';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { useRegionCommand } from '../../app/use-region-command';
import { formatDateTime } from '../../catalog/innovation-format';
import { SectionCard } from '../../catalog/SectionCard';
import { regionLabel } from '../../data/catalog-store';
import type { PlanView } from '../plan-view';
import { commentParty, newCommentId, type PlanParty } from './collaboration-rules';
import classes from './plan-conversation.module.css';

/** The model's limit on a comment (StoredComment). */
const COMMENT_MAX = 4000;

export function PlanConversation({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { adopterName, sourceName } = view.row;
  return (
    <SectionCard title={t('planConversation.title')} gap="md">
      <Text size="sm" c="dimmed" mt={-8}>
        {t('planConversation.subtitle', { adopter: adopterName, source: sourceName })}
      </Text>
      {view.thread.length === 0 ? <EmptyThread view={view} /> : <Thread view={view} />}
      {view.canComment ? (
        <CommentForm view={view} />
      ) : (
        view.thread.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('planConversation.readOnly', { adopter: adopterName, source: sourceName })}
          </Text>
        )
      )}
    </SectionCard>
  );
}

function EmptyThread({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { profile } = useSession();
  const { adopterName, sourceName } = view.row;
  const other = profile.region === view.ref.sourceCode ? adopterName : sourceName;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" className={classes.empty}>
      <IconMessages size={24} stroke={1.5} aria-hidden="true" className={classes.emptyIcon} />
      <Stack gap={2}>
        <Text fw={600}>{t('planConversation.empty')}</Text>
        <Text size="sm" c="dimmed">
          {view.canComment
            ? t('planConversation.emptyHintMine', { other })
            : t('planConversation.emptyHint', { adopter: adopterName, source: sourceName })}
        </Text>
      </Stack>
    </Group>
  );
}

function Thread({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  return (
    <Stack component="ol" gap="sm" className={classes.thread} aria-label={t('planConversation.threadLabel')}>
      {view.thread.map((comment) => (
        <CommentItem
          key={`${comment.regionCode}/${comment.id}`}
          comment={comment}
          party={commentParty(comment, view.ref)}
        />
      ))}
    </Stack>
  );
}

function CommentItem({ comment, party }: { comment: PlanComment; party: PlanParty }) {
  const { t, i18n } = useTranslation();
  const { at, by } = comment.created;
  return (
    <Box component="li" className={classes.item} data-party={party}>
      <Paper p="sm" radius="md" className={classes.bubble} data-party={party}>
        <Text fw={650} size="sm" lh={1.35}>
          {by.name}
        </Text>
        <Text size="xs" c="dimmed" lh={1.5}>
          {regionLabel(comment.regionCode)} ·{' '}
          <span className={classes.party} data-party={party}>
            {party === 'source' ? t('planConversation.source') : t('planConversation.adopter')}
          </span>
        </Text>
        <Text component="time" dateTime={at} size="xs" c="dimmed" lh={1.5} mb={6} display="block">
          {formatDateTime(at, i18n.language)}
        </Text>
        <Text size="sm" className={classes.text}>
          {comment.text}
        </Text>
      </Paper>
    </Box>
  );
}

function CommentForm({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const { profile, ctx } = useSession();
  const inRegion = useRegionCommand();
  const notifyRefusal = useNotifyRefusal();
  const [text, setText] = useState('');
  const trimmed = text.trim();
  const tooLong = trimmed.length > COMMENT_MAX;
  const region = profile.region;

  const send = () => {
    // canComment means this person edits one of the two regions: the comment goes in their own.
    if (region === null || trimmed === '' || tooLong) return;
    const result = inRegion(region, (doc) =>
      addPlanComment(doc, region, view.ref, newCommentId(), trimmed, ctx),
    );
    if (!result.ok) {
      notifyRefusal(t('planConversation.failed'), result.error);
      return;
    }
    // The comment appearing in the thread is the confirmation; no notification needed.
    setText('');
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('planConversation.inputLabel')}
        placeholder={t('planConversation.inputPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', send]])}
        error={tooLong ? `${trimmed.length}/${COMMENT_MAX}` : undefined}
        autosize
        minRows={2}
        maxRows={8}
      />
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="xs" c="dimmed" visibleFrom="sm">
          {t('planConversation.sendHint')}
        </Text>
        <Button
          ml="auto"
          leftSection={<IconSend size={16} />}
          onClick={send}
          disabled={trimmed === '' || tooLong}
        >
          {t('planConversation.send')}
        </Button>
      </Group>
    </Stack>
  );
}
