import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COMMITMENT_TEXT,
  commitmentHash,
  createCommitment,
  moveCommitmentItem,
  readCommitment,
  saveCommitmentVersion,
  setCommitmentItem,
  setCommitmentStatus,
} from '../../shared/model/commitment.js';
import { readHistory } from '../../shared/model/commitment-history.js';
import { fragmentTree, TextTree, treeBlocks, treeFromXml } from '../../shared/model/commitment-tree.js';
import {
  compareContents,
  currentContent,
  restoreCommitmentVersion,
  versionContent,
} from '../../shared/model/commitment-versions.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';

const DOC = 'kspn-borobudur/commitment/komitmen-uji';
const coordinator: Author = { name: 'Dewi Lestari', region: null, role: 'coordinator' };
const klaten: Author = { name: 'Sri Wahyuni', region: '33.10', role: 'regionEditor' };
const magelang: Author = { name: 'Bagus Prasetyo', region: '33.08', role: 'regionEditor' };
const viewer: Author = { name: 'Pengamat', region: null, role: 'viewer' };
const ctx = (author: Author, minute = 0): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2026, 10, 23, 7, minute)),
});

const item = (title: string, order: number, pillarId = 'governance') => ({
  pillarId,
  title,
  lead: ['33.10'],
  supporting: ['33.08', '34.04'],
  followUps: ['Rapat koordinasi triwulanan'],
  order,
});

function paragraph(words: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(words)]);
  return element;
}

/**
 * A draft whose text has what the editor writes: a heading with a numeric level, a formatted and a
 * linked run, a mention between text runs, and a bullet list.
 */
function draft(): Y.Doc {
  const ydoc = new Y.Doc();
  const event = { title: 'FGD Smart City', date: '2026-11-23', venue: 'Surakarta' };
  expect(createCommitment(ydoc, { title: 'Komitmen Bersama Kawasan', event }, ctx(coordinator)).ok).toBe(
    true,
  );
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(COMMITMENT_TEXT);
    const heading = new Y.XmlElement('heading');
    fragment.insert(0, [paragraph('Kami berkomitmen membangun kota cerdas bersama.'), heading]);
    (heading as unknown as Y.XmlElement<Record<string, number>>).setAttribute('level', 2);
    heading.insert(0, [new Y.XmlText('Smart Governance')]);
    const rich = new Y.XmlElement('paragraph');
    fragment.insert(2, [rich]);
    const before = new Y.XmlText();
    const mention = new Y.XmlElement('mention');
    const after = new Y.XmlText();
    rich.insert(0, [before, mention, after]);
    before.insert(0, 'Satu data ', {});
    before.insert(before.length, 'pemerintahan', { bold: true });
    before.insert(before.length, ' dipimpin ', {});
    mention.setAttribute('id', '33.10');
    mention.setAttribute('label', 'Kab. Klaten');
    after.insert(0, ' lewat ');
    after.insert(after.length, 'portal', { link: { href: 'https://data.example.go.id' } });
    const list = new Y.XmlElement('bulletList');
    fragment.insert(3, [list]);
    const point = new Y.XmlElement('listItem');
    list.insert(0, [point]);
    point.insert(0, [paragraph('Rapat koordinasi tiap triwulan')]);
  });
  expect(
    setCommitmentItem(ydoc, 'satu-data', item('Satu data pemerintahan kawasan', 0), ctx(klaten)).ok,
  ).toBe(true);
  return ydoc;
}

function replaceOpening(ydoc: Y.Doc, words: string): void {
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(COMMITMENT_TEXT);
    fragment.delete(0, 1);
    fragment.insert(0, [paragraph(words)]);
  });
}

const versionOf = (ydoc: Y.Doc, id: string) => {
  const version = readCommitment(ydoc, DOC, () => undefined)?.versions.find((v) => v.id === id);
  if (!version) throw new Error(`no version ${id}`);
  return version;
};

describe('text tree', () => {
  it('keeps elements, attributes, formatted runs and mentions, and validates', () => {
    const tree = fragmentTree(draft().getXmlFragment(COMMITMENT_TEXT));
    expect(TextTree.safeParse(tree).success).toBe(true);
    expect(tree[1]).toEqual({
      type: 'element',
      nodeName: 'heading',
      attributes: { level: 2 },
      children: [{ type: 'text', delta: [{ insert: 'Smart Governance' }] }],
    });
    const rich = tree[2];
    expect(rich?.type === 'element' && rich.children[1]).toEqual({
      type: 'element',
      nodeName: 'mention',
      attributes: { id: '33.10', label: 'Kab. Klaten' },
      children: [],
    });
    expect(rich?.type === 'element' && rich.children[0]).toMatchObject({
      delta: [
        { insert: 'Satu data ' },
        { insert: 'pemerintahan', attributes: { bold: true } },
        { insert: ' dipimpin ' },
      ],
    });
  });

  it('refuses a tree nested deeper than any document (a hostile peer)', () => {
    let deep: unknown = [];
    for (let depth = 0; depth < 200; depth += 1) {
      deep = [{ type: 'element', nodeName: 'blockquote', attributes: {}, children: deep }];
    }
    expect(TextTree.safeParse(deep).success).toBe(false);
    expect(
      TextTree.safeParse([{ type: 'element', nodeName: '<script>', attributes: {}, children: [] }]).success,
    ).toBe(false);
  });

  it('reads headings, paragraphs, list items and mentions as plain text blocks', () => {
    expect(treeBlocks(fragmentTree(draft().getXmlFragment(COMMITMENT_TEXT)))).toEqual([
      { kind: 'paragraph', text: 'Kami berkomitmen membangun kota cerdas bersama.' },
      { kind: 'heading', text: 'Smart Governance' },
      { kind: 'paragraph', text: 'Satu data pemerintahan dipimpin @Kab. Klaten lewat portal' },
      { kind: 'listItem', text: 'Rapat koordinasi tiap triwulan' },
    ]);
  });

  it('reads the same blocks back from the XML string of versions saved without a tree', () => {
    const ydoc = draft();
    const xml = ydoc.getXmlFragment(COMMITMENT_TEXT).toString();
    expect(treeBlocks(treeFromXml(xml))).toEqual(
      treeBlocks(fragmentTree(ydoc.getXmlFragment(COMMITMENT_TEXT))),
    );
  });
});

describe('saving and restoring versions', () => {
  it('stores the text tree with a new version', () => {
    const ydoc = draft();
    expect(saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten)).ok).toBe(true);
    const version = versionOf(ydoc, 'draf-1');
    expect(version.content.tree).toEqual(fragmentTree(ydoc.getXmlFragment(COMMITMENT_TEXT)));
  });

  it('restores text, items and title so the hash is the version’s again, as one new change', () => {
    const ydoc = draft();
    const saved = saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten));
    if (!saved.ok) throw new Error('not saved');
    const xmlBefore = ydoc.getXmlFragment(COMMITMENT_TEXT).toString();

    replaceOpening(ydoc, 'Teks yang sama sekali lain.');
    expect(setCommitmentItem(ydoc, 'baru', item('Butir tambahan kawasan', 1), ctx(magelang)).ok).toBe(true);
    expect(
      setCommitmentItem(ydoc, 'satu-data', { ...item('Judul diubah', 0), lead: ['33.08'] }, ctx(magelang)).ok,
    ).toBe(true);
    expect(commitmentHash(ydoc)).not.toBe(saved.value);

    let transactions = 0;
    ydoc.on('afterTransaction', () => {
      transactions += 1;
    });
    expect(restoreCommitmentVersion(ydoc, 'draf-1', ctx(magelang, 10)).ok).toBe(true);
    expect(transactions).toBe(1);
    expect(commitmentHash(ydoc)).toBe(saved.value);
    expect(ydoc.getXmlFragment(COMMITMENT_TEXT).toString()).toBe(xmlBefore);
    const commitment = readCommitment(ydoc, DOC, () => undefined);
    expect(commitment?.items.map((entry) => [entry.id, entry.title])).toEqual([
      ['satu-data', 'Satu data pemerintahan kawasan'],
    ]);
    // The version is still there and the restore is on record.
    expect(commitment?.versions.map((version) => version.id)).toEqual(['draf-1']);
    expect(readHistory(ydoc, DOC, () => undefined).at(-1)).toMatchObject({
      kind: 'restored',
      detail: 'Draf 1',
      by: { name: 'Bagus Prasetyo' },
    });
  });

  it('gives another replica the restored content once it has the update', () => {
    const ydoc = draft();
    saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten));
    replaceOpening(ydoc, 'Perubahan sementara.');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    restoreCommitmentVersion(ydoc, 'draf-1', ctx(klaten, 5));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(other)));
    expect(commitmentHash(other)).toBe(versionOf(ydoc, 'draf-1').hash);
  });

  it('refuses when final, for viewers, for an unknown version and for a version without a tree', () => {
    const ydoc = draft();
    saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten));
    expect(restoreCommitmentVersion(ydoc, 'draf-1', ctx(viewer))).toMatchObject({
      ok: false,
      error: { key: 'error.notAnEditor' },
    });
    expect(restoreCommitmentVersion(ydoc, 'tidak-ada', ctx(klaten))).toMatchObject({
      ok: false,
      error: { key: 'error.notFound' },
    });
    const old = versionOf(ydoc, 'draf-1');
    const { tree: _tree, ...withoutTree } = old.content;
    ydoc.getMap('versions').set('lama', { ...old, id: 'lama', name: 'Versi lama', content: withoutTree });
    expect(restoreCommitmentVersion(ydoc, 'lama', ctx(klaten))).toMatchObject({
      ok: false,
      error: { key: 'error.versionWithoutTree', params: { name: 'Versi lama' } },
    });
    setCommitmentStatus(ydoc, 'review', ctx(klaten));
    setCommitmentStatus(ydoc, 'final', ctx(coordinator));
    expect(restoreCommitmentVersion(ydoc, 'draf-1', ctx(klaten))).toMatchObject({
      ok: false,
      error: { key: 'error.commitmentFinal' },
    });
  });
});

describe('moving items within a dimension', () => {
  it('swaps an item with its neighbour in the same dimension only, in one change', () => {
    const ydoc = draft();
    setCommitmentItem(ydoc, 'kedua', item('Butir kedua', 1), ctx(klaten));
    setCommitmentItem(ydoc, 'lain', item('Butir dimensi lain', 2, 'branding'), ctx(klaten));
    // Two people adding at once can give the same order: moving still works.
    setCommitmentItem(ydoc, 'ketiga', item('Butir ketiga', 1), ctx(klaten));
    expect(moveCommitmentItem(ydoc, 'ketiga', 'up', ctx(magelang)).ok).toBe(true);
    const governance = () =>
      readCommitment(ydoc, DOC, () => undefined)
        ?.items.filter((entry) => entry.pillarId === 'governance')
        .map((entry) => entry.id);
    expect(governance()).toEqual(['satu-data', 'ketiga', 'kedua']);
    expect(moveCommitmentItem(ydoc, 'satu-data', 'down', ctx(magelang)).ok).toBe(true);
    expect(governance()).toEqual(['ketiga', 'satu-data', 'kedua']);
    // At the edge nothing moves.
    expect(moveCommitmentItem(ydoc, 'ketiga', 'up', ctx(magelang)).ok).toBe(true);
    expect(governance()).toEqual(['ketiga', 'satu-data', 'kedua']);
    expect(
      readCommitment(ydoc, DOC, () => undefined)?.items.find((entry) => entry.id === 'lain')?.order,
    ).toBe(2);
  });
});

describe('comparing contents', () => {
  it('aligns blocks and marks words inside a changed block', () => {
    const before = {
      title: 'Komitmen',
      items: [],
      blocks: [
        { kind: 'paragraph' as const, text: 'Pembukaan yang tetap.' },
        { kind: 'heading' as const, text: 'Smart Governance' },
        { kind: 'paragraph' as const, text: 'Klaten memimpin satu data kawasan.' },
        { kind: 'paragraph' as const, text: 'Paragraf yang dihapus seluruhnya dari naskah.' },
      ],
    };
    const after = {
      title: 'Komitmen',
      items: [],
      blocks: [
        { kind: 'paragraph' as const, text: 'Pembukaan yang tetap.' },
        { kind: 'heading' as const, text: 'Smart Governance' },
        { kind: 'paragraph' as const, text: 'Klaten dan Magelang memimpin satu data kawasan.' },
        { kind: 'listItem' as const, text: 'Butir baru tentang anggaran bersama' },
      ],
    };
    const diff = compareContents(before, after);
    expect(diff.changed).toBe(true);
    expect(diff.blocks.map((block) => block.change)).toEqual(['same', 'same', 'changed', 'removed', 'added']);
    const changed = diff.blocks[2];
    if (changed?.change !== 'changed') throw new Error('expected a changed block');
    expect(changed.words.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual([
      'dan Magelang',
    ]);
    expect(changed.words.filter((part) => part.change === 'removed')).toEqual([]);
  });

  it('lists items added, removed and changed, with the fields that changed', () => {
    const base = { id: 'a', ...item('Satu data kawasan', 0) };
    const diff = compareContents(
      { title: 'Lama', blocks: [], items: [base, { id: 'b', ...item('Dihapus', 1) }] },
      {
        title: 'Baru',
        blocks: [],
        items: [
          { ...base, lead: ['33.08'], followUps: [] },
          { id: 'c', ...item('Ditambah', 2) },
        ],
      },
    );
    expect(diff.title).toEqual({ before: 'Lama', after: 'Baru' });
    expect(diff.items).toEqual([
      {
        change: 'changed',
        before: base,
        after: { ...base, lead: ['33.08'], followUps: [] },
        fields: ['lead', 'followUps'],
      },
      { change: 'added', item: { id: 'c', ...item('Ditambah', 2) } },
      { change: 'removed', item: { id: 'b', ...item('Dihapus', 1) } },
    ]);
  });

  it('compares a saved version with the text as it is now', () => {
    const ydoc = draft();
    saveCommitmentVersion(ydoc, 'draf-1', 'Draf 1', ctx(klaten));
    expect(compareContents(versionContent(versionOf(ydoc, 'draf-1')), currentContent(ydoc)).changed).toBe(
      false,
    );
    replaceOpening(ydoc, 'Kami berkomitmen membangun kota cerdas dan inklusif bersama.');
    const diff = compareContents(versionContent(versionOf(ydoc, 'draf-1')), currentContent(ydoc));
    const first = diff.blocks[0];
    expect(first?.change).toBe('changed');
    if (first?.change === 'changed') {
      expect(first.words.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual([
        'dan inklusif',
      ]);
    }
  });
});
