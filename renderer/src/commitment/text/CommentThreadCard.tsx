/**
 * One comment thread: the words it is about (or that they are gone from the text), the first comment,
 * the replies, a reply box, and "Selesai" / "Buka lagi". Mentioned regions show as chips.
 */
import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCheck,
  IconCornerDownRight,
  IconSend,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMENT_BODY_MAX,
  type CommentThread,
  replyToComment,
  setCommentResolved,
} from '../../../../shared/model/commitment-comments';
import type { Stamp } from '../../../../shared/model/identity';
import { formatDateTime } from '../../catalog/innovation-format';
import { regionLabel } from '../../data/catalog-store';
import classes from './commitment-text.module.css';
import type { MentionItem } from './MentionList';
import { type CommentDraft, draftMentions, EMPTY_DRAFT, MentionTextarea } from './MentionTextarea';
import { type CommentCommand, newCommentEntryId } from './use-comments';

/** Where the thread's words are: in the text, gone from it, or not yet known (the text is loading). */
export type ThreadPlace = 'placed' | 'deleted' | 'unknown';

interface CommentThreadCardProps {
  thread: CommentThread;
  place: ThreadPlace;
  active: boolean;
  mentionsMe: boolean;
  canComment: boolean;
  members: readonly MentionItem[];
  command: CommentCommand;
  onActivate: () => void;
}

export function CommentThreadCard({
  thread,
  place,
  active,
  mentionsMe,
  canComment,
  members,
  command,
  onActivate,
}: CommentThreadCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `komentar-judul-${thread.id}`;
  return (
    <Paper
      component="article"
      p="sm"
      radius="md"
      className={classes.thread}
      data-active={active || undefined}
      data-resolved={thread.resolved || undefined}
      data-comment-thread={thread.id}
      aria-labelledby={headingId}
      tabIndex={-1}
      onFocus={onActivate}
      onClick={onActivate}
    >
      <Stack gap={8}>
        <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
          <Text
            id={headingId}
            size="sm"
            className={classes.quote}
            data-deleted={place === 'deleted' || undefined}
          >
            “{thread.anchor.quote}”
          </Text>
          {mentionsMe && (
            <Badge size="sm" variant="light" color="orange" c="orange.9" tt="none" style={{ flex: 'none' }}>
              {t('commitmentComments.mentionsYou')}
            </Badge>
          )}
        </Group>
        {place === 'deleted' && (
          <Group gap={6} wrap="nowrap" align="flex-start" className={classes.deletedNote}>
            <IconAlertTriangle size={16} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
            <Text size="xs">{t('commitmentComments.textDeleted')}</Text>
          </Group>
        )}
        <CommentEntry
          stamp={thread.created}
          body={thread.body}
          mentions={thread.mentions}
          members={members}
        />
        {thread.replies.length > 0 && (
          <Stack
            component="ul"
            gap={8}
            className={classes.replies}
            aria-label={t('commitmentComments.replies')}
          >
            {thread.replies.map((reply) => (
              <Box component="li" key={reply.id}>
                <CommentEntry
                  stamp={reply.created}
                  body={reply.body}
                  mentions={reply.mentions}
                  members={members}
                />
              </Box>
            ))}
          </Stack>
        )}
        {thread.resolved && thread.stateChanged && (
          <Text size="xs" c="dimmed">
            {t('commitmentComments.resolvedBy', {
              name: thread.stateChanged.by.name,
              time: formatDateTime(thread.stateChanged.at, i18n.language),
            })}
          </Text>
        )}
        {canComment && <ThreadActions thread={thread} members={members} command={command} />}
      </Stack>
    </Paper>
  );
}

function ThreadActions({
  thread,
  members,
  command,
}: {
  thread: CommentThread;
  members: readonly MentionItem[];
  command: CommentCommand;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const resolve = (resolved: boolean) =>
    command(
      (doc, ctx) => setCommentResolved(doc, thread.id, resolved, ctx),
      t(resolved ? 'commitmentComments.resolveFailed' : 'commitmentComments.reopenFailed'),
    );
  if (thread.resolved) {
    return (
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconArrowBackUp size={16} />}
          onClick={() => resolve(false)}
        >
          {t('commitmentComments.reopen')}
        </Button>
      </Group>
    );
  }
  if (draft === null) {
    return (
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconCornerDownRight size={16} />}
          onClick={() => setDraft(EMPTY_DRAFT)}
        >
          {t('commitmentComments.reply')}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden="true" />}
          onClick={() => resolve(true)}
        >
          {t('commitmentComments.resolve')}
        </Button>
      </Group>
    );
  }
  const body = draft.body.trim();
  const send = () => {
    if (body === '' || body.length > COMMENT_BODY_MAX) return;
    const done = command(
      (doc, ctx) =>
        replyToComment(
          doc,
          thread.id,
          newCommentEntryId('balasan'),
          { body, mentions: draftMentions(draft, members) },
          ctx,
        ),
      t('commitmentComments.replyFailed'),
    );
    if (done) setDraft(null);
  };
  return (
    <Stack gap={6}>
      <MentionTextarea
        label={t('commitmentComments.replyLabel')}
        placeholder={t('commitmentComments.replyPlaceholder')}
        draft={draft}
        onChange={setDraft}
        onSubmit={send}
        members={members}
        autoFocus
      />
      <Group gap="xs" justify="flex-end">
        <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setDraft(null)}>
          {t('commitmentComments.cancel')}
        </Button>
        <Button
          size="compact-sm"
          leftSection={<IconSend size={14} />}
          disabled={body === '' || body.length > COMMENT_BODY_MAX}
          onClick={send}
        >
          {t('commitmentComments.sendReply')}
        </Button>
      </Group>
    </Stack>
  );
}

function CommentEntry({
  stamp,
  body,
  mentions,
  members,
}: {
  stamp: Stamp;
  body: string;
  mentions: readonly string[];
  members: readonly MentionItem[];
}) {
  const { t, i18n } = useTranslation();
  const { by, at } = stamp;
  const where = by.region !== null ? regionLabel(by.region) : t(`role.${by.role}`);
  return (
    <Stack gap={2}>
      <Text size="sm" lh={1.35}>
        <Text span fw={650}>
          {by.name}
        </Text>{' '}
        <Text span c="dimmed" size="xs">
          · {where}
        </Text>
      </Text>
      <Text component="time" dateTime={at} size="xs" c="dimmed" display="block">
        {formatDateTime(at, i18n.language)}
      </Text>
      <Text size="sm" className={classes.commentBody}>
        {withMentionChips(body, mentions, members)}
      </Text>
    </Stack>
  );
}

/** The words with each mentioned region's "@name" shown as a chip. */
function withMentionChips(
  body: string,
  mentions: readonly string[],
  members: readonly MentionItem[],
): ReactNode {
  const names = mentions
    .map((code) => `@${members.find((member) => member.id === code)?.label ?? regionLabel(code)}`)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return body;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = body.split(new RegExp(`(${escaped.join('|')})`, 'g'));
  return parts.map((part, index) =>
    names.includes(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
      <span key={index} className={classes.mentionChip}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}
