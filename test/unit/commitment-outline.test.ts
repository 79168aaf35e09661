import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COMMITMENT_TEXT,
  commitmentDocName,
  createCommitment,
  setCommitmentStatus,
  writeOutline,
} from '../../shared/model/commitment.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';

const coordinator: Author = { name: 'Sekretariat Kawasan', region: null, role: 'coordinator' };
const viewer: Author = { name: 'Pengamat', region: null, role: 'viewer' };
const ctx = (author: Author): CommandContext => ({ author, now: () => new Date(Date.UTC(2026, 10, 23)) });
const PILLARS = ['Smart Governance', 'Smart Branding'];

function created(): Y.Doc {
  const ydoc = new Y.Doc();
  const event = { title: 'FGD Smart City', date: null, venue: 'Surakarta' };
  expect(createCommitment(ydoc, { title: 'Komitmen Bersama', event }, ctx(coordinator)).ok).toBe(true);
  return ydoc;
}

describe('commitment outline', () => {
  it('lays out an opening paragraph and a level-2 heading with an empty paragraph per dimension', () => {
    const ydoc = created();
    expect(writeOutline(ydoc, PILLARS, ctx(coordinator)).ok).toBe(true);
    const blocks = ydoc.getXmlFragment(COMMITMENT_TEXT).toArray() as Y.XmlElement[];
    expect(blocks.map((block) => block.nodeName)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    // A number, as the editor binding writes a heading's level (a string would not match `level: 2`).
    expect(blocks[1]?.getAttribute('level')).toBe(2);
    expect(blocks[3]?.toString()).toBe('<heading level="2">Smart Branding</heading>');
  });

  it('leaves a text that already has content alone', () => {
    const ydoc = created();
    expect(writeOutline(ydoc, PILLARS, ctx(coordinator)).ok).toBe(true);
    const before = ydoc.getXmlFragment(COMMITMENT_TEXT).toString();
    expect(writeOutline(ydoc, ['Smart Economy'], ctx(coordinator)).ok).toBe(true);
    expect(ydoc.getXmlFragment(COMMITMENT_TEXT).toString()).toBe(before);
  });

  it('is refused to a viewer and on a final text', () => {
    const ydoc = created();
    expect(writeOutline(ydoc, PILLARS, ctx(viewer))).toMatchObject({ ok: false });
    expect(setCommitmentStatus(ydoc, 'review', ctx(coordinator)).ok).toBe(true);
    expect(setCommitmentStatus(ydoc, 'final', ctx(coordinator)).ok).toBe(true);
    expect(writeOutline(ydoc, PILLARS, ctx(coordinator))).toMatchObject({
      ok: false,
      error: { key: 'error.commitmentFinal' },
    });
    expect(ydoc.getXmlFragment(COMMITMENT_TEXT).length).toBe(0);
  });

  it('names the document after the area and the commitment', () => {
    expect(commitmentDocName('kspn-borobudur', 'komitmen-2026')).toBe(
      'kspn-borobudur/commitment/komitmen-2026',
    );
  });
});
