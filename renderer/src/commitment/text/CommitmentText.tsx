/**
 * "Naskah": the commitment's text, co-written live by every member region's editors (named carets in
 * each writer's colour), with "@" mentions of member regions and comments anchored to the words they
 * are about. The text is the commitment document's Y.XmlFragment `text`; comments sit beside it in the
 * same document (shared/model/commitment-comments.ts) so they never change the signed hash.
 *
 * The text locks in every open window as soon as the commitment is final (view.canEdit follows the
 * document); comments stay possible for member editors in every status.
 */
import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Mention } from '@tiptap/extension-mention';
import { Placeholder } from '@tiptap/extension-placeholder';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { COMMITMENT_TEXT } from '../../../../shared/model/commitment';
import { decodeAnchorPosition } from '../../../../shared/model/commitment-comments';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { regionLabel } from '../../data/catalog-store';
import {
  type CaretUser,
  caretUser,
  lendPresence,
  renderCaret,
  resendWhenQuiet,
} from '../../replication/plan/notes-presence';
import { useCaretLabelsInside } from '../../replication/plan/use-caret-labels-inside';
import { presenceColor } from '../../sync/area-workspace';
import type { CommitmentView } from '../use-commitment';
import { CommentsPanel } from './CommentsPanel';
import {
  anchorFromSelection,
  type CommentAnchorPositions,
  CommentHighlights,
  type CommentRanges,
  commentHighlightsKey,
  type SelectionAnchor,
  setActiveHighlight,
  setHighlightedAnchors,
} from './comment-highlights';
import classes from './commitment-text.module.css';
import type { MentionItem } from './MentionList';
import { mentionSuggestion } from './mention-suggestion';
import { TextToolbar } from './TextToolbar';
import { useCommentCommand, useCommentThreads } from './use-comments';

const NO_RANGES: CommentRanges = new Map();

export function CommitmentText({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const { profile } = useSession();
  const area = useArea();
  const threads = useCommentThreads(view);
  const command = useCommentCommand(view);
  const canComment = view.isMemberEditor;
  const members = useMemo<MentionItem[]>(
    () => area.members.map((member) => ({ id: member.code, label: member.displayName })),
    [area.members],
  );
  const user = useMemo(
    () =>
      caretUser(
        profile.name,
        profile.region === null ? null : regionLabel(profile.region),
        // Carets in the region's colour: co-authors see at a glance which region is writing where.
        presenceColor(profile.region ?? profile.name),
      ),
    [profile.name, profile.region],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; seq: number } | null>(null);
  const [pending, setPending] = useState<SelectionAnchor | null>(null);

  const editor = useCommitmentEditor({
    fragment: view.synced.doc.getXmlFragment(COMMITMENT_TEXT),
    provider: view.synced.links[0]?.provider ?? null,
    user,
    editable: view.canEdit,
    members,
    selfRegion: profile.region,
    onActivate: (id) => {
      setActiveId(id);
      // A new value each time, so clicking the same highlight again brings its thread back into view.
      setReveal((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 }));
    },
  });

  // The open threads' anchors go to the highlights; resolved threads are not marked in the text.
  const anchors = useMemo(() => openAnchors(threads), [threads]);
  useEffect(() => {
    if (!editor.isDestroyed) setHighlightedAnchors((tr) => editor.view.dispatch(tr), editor.state, anchors);
  }, [editor, anchors]);
  useEffect(() => {
    if (!editor.isDestroyed) setActiveHighlight((tr) => editor.view.dispatch(tr), editor.state, activeId);
  }, [editor, activeId]);

  const ranges = useEditorState({
    editor,
    selector: ({ editor: current }) => commentHighlightsKey.getState(current.state)?.ranges ?? NO_RANGES,
    equalityFn: sameRanges,
  });
  const mentionedInText = useEditorState({
    editor,
    selector: ({ editor: current }) => profile.region !== null && mentionsIn(current, profile.region),
  });

  const startComment = useCallback(() => {
    const anchor = anchorFromSelection(editor.state);
    if (anchor !== null) setPending(anchor);
  }, [editor]);

  const showHighlight = (id: string) => {
    setActiveId(id);
    const mark = editor.view.dom.querySelector<HTMLElement>(`[data-comment-id="${id}"]`);
    mark?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  return (
    <div className={classes.layout}>
      <div className={classes.main}>
        <div className={classes.surface} data-editable={view.canEdit || undefined}>
          {(view.canEdit || canComment) && (
            <TextToolbar
              editor={editor}
              formatting={view.canEdit}
              onComment={canComment ? startComment : null}
            />
          )}
          <EditorContent editor={editor} />
        </div>
        <Group gap={6} wrap="nowrap" align="flex-start" mt="xs">
          {!view.canEdit && <IconLock size={16} aria-hidden="true" className={classes.hintIcon} />}
          <Text size="sm" c="dimmed">
            {view.canEdit
              ? t('commitmentText.liveHint')
              : canComment
                ? t('commitmentText.lockedCanComment')
                : t('commitmentText.readOnly')}
          </Text>
        </Group>
      </div>
      <CommentsPanel
        threads={threads}
        ranges={ranges}
        activeId={activeId}
        onActivate={showHighlight}
        reveal={reveal}
        canComment={canComment}
        pending={pending}
        onPendingDone={() => setPending(null)}
        members={members}
        selfRegion={profile.region}
        mentionedInText={mentionedInText}
        command={command}
      />
    </div>
  );
}

function openAnchors(threads: ReturnType<typeof useCommentThreads>): CommentAnchorPositions[] {
  const anchors: CommentAnchorPositions[] = [];
  for (const thread of threads) {
    if (thread.resolved) continue;
    const start = decodeAnchorPosition(thread.anchor.start);
    const end = decodeAnchorPosition(thread.anchor.end);
    // The model only returns anchors that decode; this keeps the types honest.
    if (start && end) anchors.push({ id: thread.id, start, end });
  }
  return anchors;
}

function sameRanges(a: CommentRanges, b: CommentRanges | null): boolean {
  if (b === null || a.size !== b.size) return false;
  for (const [id, range] of a) {
    const other = b.get(id);
    if (other === undefined || (range === null) !== (other === null)) return false;
    if (range && other && (range.from !== other.from || range.to !== other.to)) return false;
  }
  return true;
}

function mentionsIn(editor: Editor, regionCode: string): boolean {
  let found = false;
  editor.state.doc.descendants((node) => {
    if (found) return false;
    if (node.type.name === 'mention' && node.attrs.id === regionCode) found = true;
    return !found;
  });
  return found;
}

interface EditorSetup {
  fragment: Y.XmlFragment;
  /** Carries the carets; null on a node without endpoints, where nobody else could be typing. */
  provider: WebsocketProvider | null;
  user: CaretUser;
  editable: boolean;
  members: readonly MentionItem[];
  selfRegion: string | null;
  onActivate: (id: string) => void;
}

function useCommitmentEditor({
  fragment,
  provider,
  user,
  editable,
  members,
  selfRegion,
  onActivate,
}: EditorSetup): Editor {
  const { t } = useTranslation();
  const placeholder = t('commitmentText.placeholder');
  const label = t('commitmentText.editorLabel');
  // The editor is made once per text and lock state; members and the click handler change more often.
  const membersRef = useRef(members);
  membersRef.current = members;
  const activateRef = useRef(onActivate);
  activateRef.current = onActivate;

  const editor = useEditor(
    {
      editable,
      extensions: [
        StarterKit.configure({
          // Collaboration brings Yjs undo, which undoes only this person's typing.
          undoRedo: false,
          // Level 2: one per smart-city dimension (the outline); level 3 within a dimension.
          heading: { levels: [2, 3] },
          link: { openOnClick: !editable },
        }),
        Collaboration.configure({ fragment }),
        ...(provider ? [CollaborationCaret.configure({ provider, user, render: renderCaret })] : []),
        Placeholder.configure({ placeholder }),
        Mention.configure({
          HTMLAttributes: { class: 'region-mention' },
          renderText: ({ node }) => `@${String(node.attrs.label ?? node.attrs.id)}`,
          renderHTML: ({ node }) => [
            'span',
            {
              class: 'region-mention',
              'data-type': 'mention',
              'data-id': String(node.attrs.id),
              'data-self': node.attrs.id === selfRegion ? 'true' : undefined,
            },
            `@${String(node.attrs.label ?? node.attrs.id)}`,
          ],
          suggestion: mentionSuggestion(() => membersRef.current),
        }),
        CommentHighlights.configure({ onActivate: (id) => activateRef.current(id) }),
      ],
      editorProps: {
        attributes: {
          class: classes.content ?? '',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-readonly': String(!editable),
        },
      },
    },
    [fragment, provider, user, editable, placeholder, label, selfRegion],
  );

  // The caret extension names this person when it starts; this also names them again after React's
  // development double mount, and takes them back when the text closes, so nobody is left "typing".
  useEffect(() => {
    if (!provider) return undefined;
    const giveBack = lendPresence(provider.awareness, user);
    const stopResending = resendWhenQuiet(provider.awareness);
    return () => {
      stopResending();
      giveBack();
    };
  }, [provider, user]);

  useCaretLabelsInside(editor, provider?.awareness ?? null);
  return editor;
}
