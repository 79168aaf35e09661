import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createCommitment,
  removeCommitmentItem,
  saveCommitmentVersion,
  setCommitmentItem,
  setCommitmentStatus,
} from '../../shared/model/commitment.js';
import {
  COMMITMENT_HISTORY,
  type HistoryEntry,
  newestFirst,
  observeLocalTextEdits,
  readHistory,
  recordTextEdit,
  shouldRecordTextEdit,
  TEXT_EDIT_INTERVAL_MS,
} from '../../shared/model/commitment-history.js';
import { restoreCommitmentVersion } from '../../shared/model/commitment-versions.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const DOC = 'kspn-borobudur/commitment/komitmen-uji';
const coordinator: Author = { name: 'Dewi Lestari', region: null, role: 'coordinator' };
const klaten: Author = { name: 'Sri Wahyuni', region: '33.10', role: 'regionEditor' };
const magelang: Author = { name: 'Bagus Prasetyo', region: '33.08', role: 'regionEditor' };
const viewer: Author = { name: 'Pengamat', region: null, role: 'viewer' };
const START = Date.UTC(2026, 10, 23, 7, 5);
const at = (minutes: number) => new Date(START + minutes * 60_000);
const ctx = (author: Author, minutes = 0): CommandContext => ({ author, now: () => at(minutes) });

function draft(): Y.Doc {
  const ydoc = new Y.Doc();
  const event = { title: 'FGD Smart City', date: null, venue: 'Surakarta' };
  expect(createCommitment(ydoc, { title: 'Komitmen Bersama Kawasan', event }, ctx(coordinator)).ok).toBe(
    true,
  );
  return ydoc;
}

const history = (ydoc: Y.Doc) => readHistory(ydoc, DOC, () => undefined);
const summary = (entries: readonly HistoryEntry[]) =>
  entries.map((entry) => [entry.kind, entry.detail, entry.by.name]);

describe('commitment history', () => {
  it('gets one entry per command, in the command’s own transaction', () => {
    const ydoc = draft();
    const item = {
      pillarId: 'governance',
      title: 'Satu data pemerintahan',
      lead: ['33.10'],
      supporting: [],
      followUps: [],
      order: 0,
    };
    let transactions = 0;
    ydoc.on('afterTransaction', () => {
      transactions += 1;
    });
    setCommitmentItem(ydoc, 'satu-data', item, ctx(klaten, 1));
    saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten, 2));
    removeCommitmentItem(ydoc, 'satu-data', ctx(magelang, 3));
    restoreCommitmentVersion(ydoc, 'draf-1', ctx(magelang, 4));
    setCommitmentStatus(ydoc, 'review', ctx(magelang, 5));
    expect(transactions).toBe(5);
    expect(summary(history(ydoc))).toEqual([
      ['created', 'Komitmen Bersama Kawasan', 'Dewi Lestari'],
      ['item', 'Satu data pemerintahan', 'Sri Wahyuni'],
      ['version', 'Draf 1', 'Sri Wahyuni'],
      ['itemRemoved', 'Satu data pemerintahan', 'Bagus Prasetyo'],
      ['restored', 'Draf 1', 'Bagus Prasetyo'],
      ['status', 'review', 'Bagus Prasetyo'],
    ]);
    expect(history(ydoc)[1]).toMatchObject({ by: klaten, at: at(1).toISOString() });
  });

  it('adds nothing for a refused command', () => {
    const ydoc = draft();
    expect(setCommitmentStatus(ydoc, 'final', ctx(klaten)).ok).toBe(false);
    expect(saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(viewer)).ok).toBe(false);
    expect(history(ydoc)).toHaveLength(1);
  });

  it('skips and reports entries a faulty peer wrote, keeping the rest', () => {
    const ydoc = draft();
    ydoc
      .getArray(COMMITMENT_HISTORY)
      .push([
        { kind: 'deleted-everything', detail: '', by: klaten, at: at(1).toISOString() },
        'not an entry',
        { kind: 'text', detail: '', by: { name: '', region: null, role: 'viewer' }, at: at(1).toISOString() },
      ]);
    const problems: ReadProblem[] = [];
    expect(summary(readHistory(ydoc, DOC, (problem) => problems.push(problem)))).toEqual([
      ['created', 'Komitmen Bersama Kawasan', 'Dewi Lestari'],
    ]);
    expect(problems.map((problem) => problem.key)).toEqual(['history/1', 'history/2', 'history/3']);
  });

  it('orders newest first, same moments in reverse document order', () => {
    const entry = (detail: string, minutes: number, seq: number) => ({
      kind: 'item' as const,
      detail,
      by: klaten,
      at: at(minutes).toISOString(),
      seq,
    });
    expect(
      newestFirst([entry('a', 0, 0), entry('b', 5, 1), entry('c', 5, 2), entry('d', 2, 3)]).map(
        (e) => e.detail,
      ),
    ).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('recording text edits', () => {
  const text = (author: Author, minutes: number): HistoryEntry => ({
    kind: 'text',
    detail: '',
    by: author,
    at: at(minutes).toISOString(),
  });

  it('records a person’s text edit at most once per five minutes', () => {
    expect(TEXT_EDIT_INTERVAL_MS).toBe(5 * 60_000);
    expect(shouldRecordTextEdit([], klaten, at(0))).toBe(true);
    const entries = [text(klaten, 0)];
    expect(shouldRecordTextEdit(entries, klaten, at(4.9))).toBe(false);
    expect(shouldRecordTextEdit(entries, klaten, at(5))).toBe(true);
    // Another person, or the same name for another region, is someone else.
    expect(shouldRecordTextEdit(entries, magelang, at(1))).toBe(true);
    expect(shouldRecordTextEdit(entries, { ...klaten, region: '33.08' }, at(1))).toBe(true);
    // Only text entries count; the latest one decides, and one from a fast clock counts as recent.
    expect(shouldRecordTextEdit([{ ...text(klaten, 0), kind: 'item' }], klaten, at(1))).toBe(true);
    expect(shouldRecordTextEdit([text(klaten, 10), text(klaten, 0)], klaten, at(12))).toBe(false);
    expect(shouldRecordTextEdit([text(klaten, 30)], klaten, at(12))).toBe(false);
  });

  it('appends text entries through the throttle, and only for editors', () => {
    const ydoc = draft();
    expect(recordTextEdit(ydoc, ctx(klaten, 1))).toEqual({ ok: true, value: true });
    expect(recordTextEdit(ydoc, ctx(klaten, 3))).toEqual({ ok: true, value: false });
    expect(recordTextEdit(ydoc, ctx(magelang, 3))).toEqual({ ok: true, value: true });
    expect(recordTextEdit(ydoc, ctx(klaten, 6))).toEqual({ ok: true, value: true });
    expect(recordTextEdit(ydoc, ctx(viewer, 30))).toMatchObject({
      ok: false,
      error: { key: 'error.notAnEditor' },
    });
    expect(summary(history(ydoc)).filter(([kind]) => kind === 'text')).toEqual([
      ['text', '', 'Sri Wahyuni'],
      ['text', '', 'Bagus Prasetyo'],
      ['text', '', 'Sri Wahyuni'],
    ]);
  });

  it('keeps concurrent entries from two replicas', () => {
    const ydoc = draft();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    recordTextEdit(ydoc, ctx(klaten, 1));
    recordTextEdit(other, ctx(magelang, 1));
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    expect(summary(history(ydoc))).toEqual(summary(history(other)));
    expect(history(ydoc).filter((entry) => entry.kind === 'text')).toHaveLength(2);
  });
});

describe('watching text edits', () => {
  it('reports this replica’s own edits only, not remote ones nor restores', () => {
    const ydoc = draft();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    let edits = 0;
    const stop = observeLocalTextEdits(ydoc, 'text', () => {
      edits += 1;
    });
    const paragraph = () => {
      const element = new Y.XmlElement('paragraph');
      element.insert(0, [new Y.XmlText('Kalimat baru.')]);
      return element;
    };
    ydoc.getXmlFragment('text').insert(0, [paragraph()]);
    expect(edits).toBe(1);
    other.getXmlFragment('text').insert(0, [paragraph()]);
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(ydoc)));
    expect(edits).toBe(1);
    saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten, 1));
    ydoc.getXmlFragment('text').delete(0, 1);
    expect(edits).toBe(2);
    expect(restoreCommitmentVersion(ydoc, 'draf-1', ctx(klaten, 2)).ok).toBe(true);
    expect(edits).toBe(2);
    stop();
    ydoc.getXmlFragment('text').insert(0, [paragraph()]);
    expect(edits).toBe(2);
  });
});
