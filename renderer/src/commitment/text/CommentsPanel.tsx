/**
 * The comments beside the text (below it on narrow screens): threads in the order of their words in
 * the text, open or resolved, the "Anda disebut" count, and the form for a new comment on the words
 * just selected.
 */
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconAt, IconMessageCircle, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addCommentThread,
  COMMENT_BODY_MAX,
  type CommentThread,
  encodeAnchorPosition,
  mentionsRegion,
} from '../../../../shared/model/commitment-comments';
import { CommentThreadCard, type ThreadPlace } from './CommentThreadCard';
import type { CommentRanges, SelectionAnchor } from './comment-highlights';
import classes from './commitment-text.module.css';
import type { MentionItem } from './MentionList';
import { type CommentDraft, draftMentions, EMPTY_DRAFT, MentionTextarea } from './MentionTextarea';
import { type CommentCommand, newCommentEntryId } from './use-comments';

type Filter = 'open' | 'resolved';

interface CommentsPanelProps {
  threads: readonly CommentThread[];
  ranges: CommentRanges;
  activeId: string | null;
  onActivate: (id: string) => void;
  /** Set when a highlight in the text was clicked: the thread to bring into view. */
  reveal: { id: string; seq: number } | null;
  canComment: boolean;
  /** The selected words a new comment is being written about; null when no comment is being started. */
  pending: SelectionAnchor | null;
  onPendingDone: () => void;
  members: readonly MentionItem[];
  selfRegion: string | null;
  /** The person's region is mentioned in the text itself. */
  mentionedInText: boolean;
  command: CommentCommand;
}

function placeOf(ranges: CommentRanges, id: string): ThreadPlace {
  if (!ranges.has(id)) return 'unknown';
  return ranges.get(id) ? 'placed' : 'deleted';
}

/** In the order of their words in the text; threads whose words are gone come last, oldest first. */
function inTextOrder(threads: readonly CommentThread[], ranges: CommentRanges): CommentThread[] {
  const at = (thread: CommentThread) => ranges.get(thread.id)?.from ?? Number.POSITIVE_INFINITY;
  return [...threads].sort((a, b) => at(a) - at(b) || a.created.at.localeCompare(b.created.at));
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { t } = useTranslation();
  const { threads, ranges, selfRegion, mentionedInText, reveal } = props;
  const [filter, setFilter] = useState<Filter>('open');
  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);
  const shown = inTextOrder(filter === 'open' ? open : resolved, ranges);
  const mentioning = selfRegion === null ? [] : open.filter((thread) => mentionsRegion(thread, selfRegion));
  const mentionCount = mentioning.length + (mentionedInText ? 1 : 0);

  // A clicked highlight is an open thread: show the open ones, and the thread itself.
  useEffect(() => {
    if (reveal === null) return;
    setFilter('open');
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-comment-thread="${reveal.id}"]`);
      card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      card?.focus({ preventScroll: true });
    });
  }, [reveal]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="komentar-naskah" className={classes.panel}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={8} wrap="nowrap">
          <IconMessageCircle size={20} aria-hidden="true" />
          <Title order={2} size="h4" id="komentar-naskah">
            {t('commitmentComments.title')}
          </Title>
        </Group>
        {mentionCount > 0 && (
          <Badge
            variant="filled"
            color="orange"
            tt="none"
            size="lg"
            leftSection={<IconAt size={14} aria-hidden="true" />}
            title={
              mentionedInText
                ? t('commitmentComments.mentionedInText')
                : t('commitmentComments.mentionedInComments')
            }
          >
            {t('commitmentComments.mentionedCount', { count: mentionCount })}
          </Badge>
        )}
      </Group>
      {mentionedInText && (
        <Text size="xs" c="dimmed">
          {t('commitmentComments.mentionedInText')}
        </Text>
      )}
      {props.pending && props.canComment && (
        <NewCommentForm
          anchor={props.pending}
          members={props.members}
          command={props.command}
          onDone={(id) => {
            props.onPendingDone();
            if (id !== null) {
              setFilter('open');
              props.onActivate(id);
            }
          }}
        />
      )}
      <SegmentedControl
        fullWidth
        size="xs"
        value={filter}
        onChange={(value) => setFilter(value === 'resolved' ? 'resolved' : 'open')}
        aria-label={t('commitmentComments.filterLabel')}
        data={[
          { value: 'open', label: t('commitmentComments.filterOpen', { count: open.length }) },
          { value: 'resolved', label: t('commitmentComments.filterResolved', { count: resolved.length }) },
        ]}
      />
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed" className={classes.emptyComments}>
          {filter === 'resolved'
            ? t('commitmentComments.emptyResolved')
            : props.canComment
              ? t('commitmentComments.emptyOpenCanComment')
              : t('commitmentComments.emptyOpen')}
        </Text>
      ) : (
        <Stack gap="sm">
          {shown.map((thread) => (
            <CommentThreadCard
              key={thread.id}
              thread={thread}
              place={placeOf(ranges, thread.id)}
              active={thread.id === props.activeId}
              mentionsMe={selfRegion !== null && mentionsRegion(thread, selfRegion)}
              canComment={props.canComment}
              members={props.members}
              command={props.command}
              onActivate={() => props.onActivate(thread.id)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function NewCommentForm({
  anchor,
  members,
  command,
  onDone,
}: {
  anchor: SelectionAnchor;
  members: readonly MentionItem[];
  command: CommentCommand;
  /** The new thread's id, or null when the person cancelled. */
  onDone: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CommentDraft>(EMPTY_DRAFT);
  const body = draft.body.trim();
  const valid = body !== '' && body.length <= COMMENT_BODY_MAX;
  const send = () => {
    if (!valid) return;
    const id = newCommentEntryId('komentar');
    const done = command(
      (doc, ctx) =>
        addCommentThread(
          doc,
          id,
          {
            anchor: {
              start: encodeAnchorPosition(anchor.start),
              end: encodeAnchorPosition(anchor.end),
              quote: anchor.quote,
            },
            body,
            mentions: draftMentions(draft, members),
          },
          ctx,
        ),
      t('commitmentComments.addFailed'),
    );
    if (done) onDone(id);
  };
  return (
    <Paper
      p="sm"
      radius="md"
      className={classes.newComment}
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      aria-label={t('commitmentComments.newTitle')}
    >
      <Stack gap={8}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {t('commitmentComments.newTitle')}
        </Text>
        <Text size="sm" className={classes.quote}>
          “{anchor.quote}”
        </Text>
        <MentionTextarea
          label={t('commitmentComments.bodyLabel')}
          placeholder={t('commitmentComments.bodyPlaceholder')}
          draft={draft}
          onChange={setDraft}
          onSubmit={send}
          members={members}
          autoFocus
        />
        <Group gap="xs" justify="flex-end">
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onDone(null)}>
            {t('commitmentComments.cancel')}
          </Button>
          <Button size="compact-sm" type="submit" leftSection={<IconSend size={14} />} disabled={!valid}>
            {t('commitmentComments.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
