import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMITMENT_TEXT, commitmentHash, createCommitment } from '../../shared/model/commitment.js';
import {
  addCommentThread,
  COMMENT_BODY_MAX,
  COMMITMENT_COMMENTS,
  type CommentAnchor,
  decodeAnchorPosition,
  encodeAnchorPosition,
  mentionsRegion,
  readCommentThreads,
  replyToComment,
  setCommentResolved,
} from '../../shared/model/commitment-comments.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const DOC = 'kspn-borobudur/commitment/komitmen-uji';
const OPENING = 'Kami bersepakat membangun kota cerdas bersama.';
const PHRASE = 'kota cerdas';
const coordinator: Author = { name: 'Dewi Lestari', region: null, role: 'coordinator' };
const klaten: Author = { name: 'Sri Wahyuni', region: '33.10', role: 'regionEditor' };
const magelang: Author = { name: 'Bagus Prasetyo', region: '33.08', role: 'regionEditor' };
const viewer: Author = { name: 'Pengamat', region: null, role: 'viewer' };
const facilitator: Author = { name: 'Tenaga Ahli', region: null, role: 'facilitator' };
const ctx = (author: Author, minute = 0): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2026, 4, 12, 3, minute)),
});

function commitmentDoc(): Y.Doc {
  const ydoc = new Y.Doc();
  const event = { title: 'FGD Smart City', date: null, venue: 'Surakarta' };
  expect(createCommitment(ydoc, { title: 'Komitmen Bersama', event }, ctx(coordinator)).ok).toBe(true);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(OPENING)]);
  ydoc.getXmlFragment(COMMITMENT_TEXT).insert(0, [paragraph]);
  return ydoc;
}

function openingText(ydoc: Y.Doc): Y.XmlText {
  const paragraph = ydoc.getXmlFragment(COMMITMENT_TEXT).get(0);
  const words = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(words instanceof Y.XmlText)) throw new Error('no opening paragraph');
  return words;
}

/** An anchor on PHRASE: the start sticks to the phrase's first character, the end to its last. */
function phraseAnchor(ydoc: Y.Doc): CommentAnchor {
  const words = openingText(ydoc);
  const from = OPENING.indexOf(PHRASE);
  return {
    start: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(words, from, 0)),
    end: encodeAnchorPosition(Y.createRelativePositionFromTypeIndex(words, from + PHRASE.length, -1)),
    quote: PHRASE,
  };
}

function read(ydoc: Y.Doc) {
  const problems: ReadProblem[] = [];
  return { threads: readCommentThreads(ydoc, DOC, (problem) => problems.push(problem)), problems };
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('commitment comments', () => {
  it('stores a thread beside the text: the text hash does not change', () => {
    const ydoc = commitmentDoc();
    const before = commitmentHash(ydoc);
    const result = addCommentThread(
      ydoc,
      'komentar-1',
      { anchor: phraseAnchor(ydoc), body: '  Perlu target angka?  ', mentions: ['33.08', '33.08'] },
      ctx(klaten),
    );
    expect(result).toEqual({ ok: true, value: 'komentar-1' });
    expect(commitmentHash(ydoc)).toBe(before);
    const { threads, problems } = read(ydoc);
    expect(problems).toEqual([]);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      id: 'komentar-1',
      body: 'Perlu target angka?',
      mentions: ['33.08'],
      resolved: false,
      stateChanged: null,
      replies: [],
      created: { by: klaten, at: '2026-05-12T03:00:00.000Z' },
    });
  });

  it('keeps the anchor on the same words when text is inserted before them', () => {
    const ydoc = commitmentDoc();
    const anchor = phraseAnchor(ydoc);
    openingText(ydoc).insert(0, 'Dengan rahmat Tuhan, ');
    const start = decodeAnchorPosition(anchor.start);
    const end = decodeAnchorPosition(anchor.end);
    if (!start || !end) throw new Error('anchor did not decode');
    const from = Y.createAbsolutePositionFromRelativePosition(start, ydoc)?.index ?? -1;
    const to = Y.createAbsolutePositionFromRelativePosition(end, ydoc)?.index ?? -1;
    expect(openingText(ydoc).toString().slice(from, to)).toBe(PHRASE);
  });

  it('keeps both replies when two regions reply at the same moment on two replicas', () => {
    const first = commitmentDoc();
    expect(
      addCommentThread(first, 'komentar-1', { anchor: phraseAnchor(first), body: 'Setuju?' }, ctx(klaten)).ok,
    ).toBe(true);
    const second = new Y.Doc();
    sync(first, second);
    expect(replyToComment(first, 'komentar-1', 'balasan-a', { body: 'Setuju.' }, ctx(klaten, 2)).ok).toBe(
      true,
    );
    expect(
      replyToComment(
        second,
        'komentar-1',
        'balasan-b',
        { body: '@Kab. Klaten kami usul revisi.', mentions: ['33.10'] },
        ctx(magelang, 1),
      ).ok,
    ).toBe(true);
    sync(first, second);
    for (const replica of [first, second]) {
      const { threads, problems } = read(replica);
      expect(problems).toEqual([]);
      expect(threads[0]?.replies.map((reply) => reply.id)).toEqual(['balasan-b', 'balasan-a']);
      expect(mentionsRegion(threads[0] ?? fail(), '33.10')).toBe(true);
      expect(mentionsRegion(threads[0] ?? fail(), '33.08')).toBe(false);
    }
  });

  it('resolves and reopens with a stamp; a resolved thread no longer counts as a mention', () => {
    const ydoc = commitmentDoc();
    addCommentThread(
      ydoc,
      'komentar-1',
      { anchor: phraseAnchor(ydoc), body: 'Mohon cek, Kab. Magelang.', mentions: ['33.08'] },
      ctx(klaten),
    );
    expect(setCommentResolved(ydoc, 'komentar-1', true, ctx(magelang, 5)).ok).toBe(true);
    let thread = read(ydoc).threads[0] ?? fail();
    expect(thread.resolved).toBe(true);
    expect(thread.stateChanged).toEqual({ by: magelang, at: '2026-05-12T03:05:00.000Z' });
    expect(mentionsRegion(thread, '33.08')).toBe(false);
    expect(setCommentResolved(ydoc, 'komentar-1', false, ctx(coordinator, 6)).ok).toBe(true);
    thread = read(ydoc).threads[0] ?? fail();
    expect(thread.resolved).toBe(false);
    expect(mentionsRegion(thread, '33.08')).toBe(true);
  });

  it('allows comments on a final text', () => {
    const ydoc = commitmentDoc();
    ydoc.getMap('meta').set('status', 'final');
    expect(
      addCommentThread(ydoc, 'komentar-1', { anchor: phraseAnchor(ydoc), body: 'Catatan.' }, ctx(klaten)).ok,
    ).toBe(true);
  });

  it('refuses what may not be done, saying why', () => {
    const ydoc = commitmentDoc();
    const anchor = phraseAnchor(ydoc);
    const refusal = (result: { ok: boolean; error?: { key: string } }) => result.error?.key;
    expect(refusal(addCommentThread(ydoc, 'k-1', { anchor, body: 'Hai' }, ctx(viewer)))).toBe(
      'error.commentNotAllowed',
    );
    expect(refusal(addCommentThread(ydoc, 'k-1', { anchor, body: 'Hai' }, ctx(facilitator)))).toBe(
      'error.commentNotAllowed',
    );
    expect(refusal(addCommentThread(ydoc, 'k-1', { anchor, body: '   ' }, ctx(klaten)))).toBe(
      'error.commentEmpty',
    );
    expect(
      refusal(addCommentThread(ydoc, 'k-1', { anchor, body: 'x'.repeat(COMMENT_BODY_MAX + 1) }, ctx(klaten))),
    ).toBe('error.commentTooLong');
    expect(refusal(addCommentThread(ydoc, 'K 1', { anchor, body: 'Hai' }, ctx(klaten)))).toBe(
      'error.invalidInput',
    );
    expect(
      refusal(
        addCommentThread(ydoc, 'k-1', { anchor: { ...anchor, start: '%%%' }, body: 'Hai' }, ctx(klaten)),
      ),
    ).toBe('error.invalidInput');
    expect(
      refusal(addCommentThread(ydoc, 'k-1', { anchor, body: 'Hai', mentions: ['Klaten'] }, ctx(klaten))),
    ).toBe('error.invalidInput');
    expect(addCommentThread(ydoc, 'k-1', { anchor, body: 'Hai' }, ctx(klaten)).ok).toBe(true);
    expect(refusal(addCommentThread(ydoc, 'k-1', { anchor, body: 'Lagi' }, ctx(klaten)))).toBe(
      'error.duplicateId',
    );
    expect(refusal(replyToComment(ydoc, 'tidak-ada', 'b-1', { body: 'Hai' }, ctx(klaten)))).toBe(
      'error.commentThreadNotFound',
    );
    expect(refusal(replyToComment(ydoc, 'k-1', 'b-1', { body: 'Hai' }, ctx(viewer)))).toBe(
      'error.commentNotAllowed',
    );
    expect(refusal(replyToComment(ydoc, 'k-1', 'b-1', { body: '' }, ctx(klaten)))).toBe('error.commentEmpty');
    expect(refusal(setCommentResolved(ydoc, 'k-1', true, ctx(viewer)))).toBe('error.commentNotAllowed');
    expect(refusal(setCommentResolved(ydoc, 'k-1', true, ctx(facilitator)))).toBe('error.commentNotAllowed');
    expect(refusal(setCommentResolved(ydoc, 'tidak-ada', true, ctx(klaten)))).toBe(
      'error.commentThreadNotFound',
    );
    const { threads } = read(ydoc);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.replies).toEqual([]);
    expect(threads[0]?.resolved).toBe(false);
  });

  it('skips and reports bad data a peer wrote, keeping the rest', () => {
    const ydoc = commitmentDoc();
    const anchor = phraseAnchor(ydoc);
    addCommentThread(ydoc, 'komentar-1', { anchor, body: 'Baik.' }, ctx(klaten));
    const comments = ydoc.getMap<unknown>(COMMITMENT_COMMENTS);
    const good = comments.get('komentar-1') as Record<string, unknown>;
    comments.set('rusak', { kind: 'thread', id: 'rusak', body: 42 });
    comments.set('nama-lain', { ...good, id: 'komentar-2' });
    comments.set('komentar-1/x', { kind: 'reply', id: 'x', threadId: 'komentar-1', body: '', mentions: [] });
    comments.set('komentar-3', { ...good, id: 'komentar-3', anchor: { ...anchor, end: 'AA==' } });
    comments.set('komentar-1/state', { kind: 'state', threadId: 'komentar-1', resolved: 'ya' });
    // A reply whose thread has not arrived yet is not an error: it waits, silently.
    comments.set('belum-tiba/b-1', {
      kind: 'reply',
      id: 'b-1',
      threadId: 'belum-tiba',
      body: 'Halo',
      mentions: [],
      created: { by: magelang, at: '2026-05-12T03:00:00.000Z' },
    });
    const { threads, problems } = read(ydoc);
    expect(threads.map((thread) => thread.id)).toEqual(['komentar-1']);
    expect(threads[0]?.resolved).toBe(false);
    expect(problems.map((problem) => problem.key).sort()).toEqual([
      'comments/komentar-1/state',
      'comments/komentar-1/x',
      'comments/komentar-3',
      'comments/nama-lain',
      'comments/rusak',
    ]);
  });
});

function fail(): never {
  throw new Error('expected a thread');
}
