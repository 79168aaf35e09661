/**
 * Where the comments sit in the text. An open thread's anchor (two Yjs relative positions) is turned
 * into a range of the editor's document and highlighted; clicking a highlight opens its thread.
 *
 * Ranges are recomputed from the anchors whenever the text changes: a co-author's edit arrives with
 * the Yjs state already updated, so it is resolved at once; a local edit reaches Yjs only after the
 * editor has applied it (the binding writes in its view update), so the highlights are first mapped
 * through the edit and resolved from Yjs again right after.
 *
 * This module and the editor are the only renderer code that handles Yjs positions (the binding's
 * mapping between Yjs types and editor nodes is needed for both directions).
 */
import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { COMMENT_QUOTE_MAX } from '../../../../shared/model/commitment-comments';

type BindingMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** The parts of the Yjs binding's plugin state these positions need. */
interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: BindingMapping;
}

function yBinding(state: EditorState): YBinding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null) return null;
  const { doc, type, binding } = sync as { doc?: unknown; type?: unknown; binding?: { mapping?: unknown } };
  if (!(doc instanceof Y.Doc) || !(type instanceof Y.XmlFragment)) return null;
  const mapping = binding?.mapping;
  if (!(mapping instanceof Map)) return null;
  return { doc, type, mapping: mapping as BindingMapping };
}

/** An anchor as the highlights need it: the thread and its two positions. */
export interface CommentAnchorPositions {
  id: string;
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/** Where a thread's words are now; null when they have been deleted from the text. */
export type CommentRanges = ReadonlyMap<string, { from: number; to: number } | null>;

interface HighlightState {
  anchors: readonly CommentAnchorPositions[];
  active: string | null;
  ranges: CommentRanges;
  decorations: DecorationSet;
  /** A local edit has been mapped but not yet resolved from Yjs. */
  stale: boolean;
}

type HighlightMeta =
  | { anchors: readonly CommentAnchorPositions[] }
  | { active: string | null }
  | { resolve: true };

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function decorate(state: EditorState, ranges: CommentRanges, active: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const [id, range] of ranges) {
    if (range === null) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: id === active ? 'comment-highlight comment-highlight--active' : 'comment-highlight',
        'data-comment-id': id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** The anchors' ranges as Yjs places them now; null when Yjs cannot be asked (no binding yet). */
function resolveRanges(state: EditorState, anchors: readonly CommentAnchorPositions[]): CommentRanges | null {
  const binding = yBinding(state);
  if (binding === null || binding.mapping.size === 0) return null;
  const size = state.doc.content.size;
  const ranges = new Map<string, { from: number; to: number } | null>();
  for (const anchor of anchors) {
    const from = relativePositionToAbsolutePosition(binding.doc, binding.type, anchor.start, binding.mapping);
    const to = relativePositionToAbsolutePosition(binding.doc, binding.type, anchor.end, binding.mapping);
    const inside = from !== null && to !== null && Math.min(to, size) > from;
    ranges.set(anchor.id, inside ? { from, to: Math.min(to, size) } : null);
  }
  return ranges;
}

/** The previous ranges carried through a local edit: the start stays before the words, the end after. */
function mapRanges(ranges: CommentRanges, tr: Transaction): CommentRanges {
  const mapped = new Map<string, { from: number; to: number } | null>();
  for (const [id, range] of ranges) {
    if (range === null) {
      mapped.set(id, null);
      continue;
    }
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    mapped.set(id, to > from ? { from, to } : null);
  }
  return mapped;
}

function withRanges(base: HighlightState, state: EditorState, ranges: CommentRanges, stale: boolean) {
  return { ...base, ranges, stale, decorations: decorate(state, ranges, base.active) };
}

export interface CommentHighlightsOptions {
  /** A highlight was clicked: the thread to show. */
  onActivate: (id: string) => void;
}

export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { onActivate: () => undefined };
  },

  addProseMirrorPlugins() {
    const { onActivate } = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => ({
            anchors: [],
            active: null,
            ranges: new Map(),
            decorations: DecorationSet.create(state.doc, []),
            stale: false,
          }),
          apply: (tr, previous, _oldState, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
            if (meta && 'active' in meta) {
              const next = { ...previous, active: meta.active };
              return { ...next, decorations: decorate(state, next.ranges, meta.active) };
            }
            const base = meta && 'anchors' in meta ? { ...previous, anchors: meta.anchors } : previous;
            const remote = tr.docChanged && Boolean(yMeta(tr)?.isChangeOrigin);
            if (meta !== undefined || remote) {
              const ranges = resolveRanges(state, base.anchors);
              if (ranges !== null) return withRanges(base, state, ranges, false);
            }
            if (tr.docChanged) return withRanges(base, state, mapRanges(base.ranges, tr), true);
            return base;
          },
        },
        view: () => ({
          update: (view) => {
            if (!commentHighlightsKey.getState(view.state)?.stale) return;
            // After this update the binding has written the edit to Yjs; ask Yjs once it is done.
            queueMicrotask(() => {
              if (view.isDestroyed || !commentHighlightsKey.getState(view.state)?.stale) return;
              view.dispatch(
                view.state.tr.setMeta(commentHighlightsKey, { resolve: true }).setMeta('addToHistory', false),
              );
            });
          },
        }),
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? null,
          handleClick: (view, pos) => {
            const ranges = commentHighlightsKey.getState(view.state)?.ranges;
            if (!ranges) return false;
            // Overlapping comments: the narrowest range is the one the click was most likely aimed at.
            let best: { id: string; span: number } | null = null;
            for (const [id, range] of ranges) {
              if (range === null || pos < range.from || pos > range.to) continue;
              const span = range.to - range.from;
              if (best === null || span < best.span) best = { id, span };
            }
            if (best !== null) onActivate(best.id);
            // The click still places the caret: editing inside a commented phrase stays possible.
            return false;
          },
        },
      }),
    ];
  },
});

function yMeta(tr: Transaction): { isChangeOrigin?: boolean } | undefined {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return typeof meta === 'object' && meta !== null ? (meta as { isChangeOrigin?: boolean }) : undefined;
}

/** Hands the editor the anchors of the threads to highlight (the open ones). */
export function setHighlightedAnchors(
  dispatch: (tr: Transaction) => void,
  state: EditorState,
  anchors: readonly CommentAnchorPositions[],
): void {
  dispatch(state.tr.setMeta(commentHighlightsKey, { anchors }).setMeta('addToHistory', false));
}

/** Marks one thread's highlight as the one being looked at. */
export function setActiveHighlight(
  dispatch: (tr: Transaction) => void,
  state: EditorState,
  active: string | null,
): void {
  dispatch(state.tr.setMeta(commentHighlightsKey, { active }).setMeta('addToHistory', false));
}

export interface SelectionAnchor {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
  quote: string;
}

/**
 * The selected words as an anchor, or null when nothing (or only space) is selected. The binding's
 * positions stick to the character before; the start is moved to stick to the first selected
 * character instead, so words typed just before the phrase do not become part of the comment.
 */
export function anchorFromSelection(state: EditorState): SelectionAnchor | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const words = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  if (words === '') return null;
  const binding = yBinding(state);
  if (binding === null) return null;
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping) as Y.RelativePosition;
  const quote = words.length > COMMENT_QUOTE_MAX ? `${words.slice(0, COMMENT_QUOTE_MAX - 1)}…` : words;
  return { start: stickToNext(start, binding.doc), end, quote };
}

function stickToNext(position: Y.RelativePosition, doc: Y.Doc): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (absolute === null || !(absolute.type instanceof Y.XmlText) || absolute.index >= absolute.type.length) {
    return position;
  }
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
}
