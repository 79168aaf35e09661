import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  COMMITMENT_TEXT,
  commitmentHash,
  createCommitment,
  isEditable,
  readCommitment,
  readSignature,
  removeCommitmentItem,
  saveCommitmentVersion,
  setCommitmentItem,
  setCommitmentStatus,
  signatureState,
  signCommitment,
  signingBoard,
} from '../../shared/model/commitment.js';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const DOC = 'kspn-borobudur/commitment/komitmen-2021';
const coordinator: Author = { name: 'Sekretariat Kawasan', region: '33.72', role: 'coordinator' };
const klaten: Author = { name: 'Kepala Diskominfo Klaten', region: '33.10', role: 'regionEditor' };
const sleman: Author = { name: 'Kepala Diskominfo Sleman', region: '34.04', role: 'regionEditor' };
const viewer: Author = { name: 'Pengamat', region: null, role: 'viewer' };
const ctx = (author: Author, minute = 0): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2021, 10, 27, 2, minute)),
});

function writeParagraph(ydoc: Y.Doc, words: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(words)]);
  const fragment = ydoc.getXmlFragment(COMMITMENT_TEXT);
  fragment.insert(fragment.length, [paragraph]);
}

function read(ydoc: Y.Doc) {
  const problems: ReadProblem[] = [];
  return { commitment: readCommitment(ydoc, DOC, (p) => problems.push(p)), problems };
}

function draft(): Y.Doc {
  const ydoc = new Y.Doc();
  const event = { title: 'FGD Smart City KSPN Borobudur', date: '2021-11-27', venue: 'Surakarta' };
  expect(
    createCommitment(ydoc, { title: 'Komitmen Bersama Smart City KSPN Borobudur', event }, ctx(coordinator))
      .ok,
  ).toBe(true);
  writeParagraph(ydoc, 'Kami, kepala daerah kawasan Borobudur, berkomitmen membangun kota cerdas bersama.');
  const item = {
    pillarId: 'branding',
    title: 'Satu data pariwisata kawasan',
    lead: ['33.08'],
    supporting: ['33.72', '34.04'],
    followUps: [],
    order: 0,
  };
  expect(setCommitmentItem(ydoc, 'data-pariwisata', item, ctx(klaten)).ok).toBe(true);
  return ydoc;
}

function finalised(): Y.Doc {
  const ydoc = draft();
  expect(setCommitmentStatus(ydoc, 'review', ctx(klaten)).ok).toBe(true);
  expect(setCommitmentStatus(ydoc, 'final', ctx(coordinator)).ok).toBe(true);
  return ydoc;
}

describe('commitment document', () => {
  it('reads title, event, status, items and a content hash', () => {
    const { commitment, problems } = read(draft());
    expect(problems).toEqual([]);
    expect(commitment).toMatchObject({
      title: 'Komitmen Bersama Smart City KSPN Borobudur',
      status: 'draft',
      round: 0,
    });
    expect(commitment?.items.map((i) => i.id)).toEqual(['data-pariwisata']);
    expect(commitment?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the hash is the same on replicas that merged the same changes in different orders, and changes with the text', () => {
    const a = draft();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const c = new Y.Doc();
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    writeParagraph(a, 'Dimensi smart branding dipimpin Kabupaten Magelang.');
    setCommitmentItem(
      b,
      'ekonomi',
      {
        pillarId: 'economy',
        title: 'Pasar produk lokal bersama',
        lead: ['34.01'],
        supporting: ['34.04', '33.10'],
        followUps: [],
        order: 1,
      },
      ctx(sleman),
    );
    const ua = Y.encodeStateAsUpdate(a);
    const ub = Y.encodeStateAsUpdate(b);
    Y.applyUpdate(c, ub);
    Y.applyUpdate(c, ua);
    Y.applyUpdate(a, ub);
    Y.applyUpdate(b, ua);
    expect(commitmentHash(b)).toBe(commitmentHash(a));
    expect(commitmentHash(c)).toBe(commitmentHash(a));
    const before = commitmentHash(a);
    writeParagraph(a, '.');
    expect(commitmentHash(a)).not.toBe(before);
  });

  it('follows draft → review → final; only coordinators finalise or reopen; viewers change nothing', () => {
    const ydoc = draft();
    expect(setCommitmentStatus(ydoc, 'final', ctx(coordinator))).toEqual({
      ok: false,
      error: { key: 'error.statusStep', params: {} },
    });
    expect(setCommitmentStatus(ydoc, 'review', ctx(viewer))).toEqual({
      ok: false,
      error: { key: 'error.notAnEditor', params: {} },
    });
    expect(setCommitmentStatus(ydoc, 'review', ctx(klaten)).ok).toBe(true);
    expect(setCommitmentStatus(ydoc, 'final', ctx(klaten))).toEqual({
      ok: false,
      error: { key: 'error.notCoordinatorFinal', params: {} },
    });
    expect(setCommitmentStatus(ydoc, 'final', ctx(coordinator)).ok).toBe(true);
    expect(isEditable(ydoc)).toBe(false);
    expect(setCommitmentStatus(ydoc, 'draft', ctx(klaten))).toMatchObject({ ok: false });
  });

  it('locks items when final', () => {
    const ydoc = finalised();
    const item = {
      pillarId: 'living',
      title: 'Layanan darurat terpadu',
      lead: ['33.72'],
      supporting: [],
      followUps: [],
      order: 2,
    };
    expect(setCommitmentItem(ydoc, 'darurat', item, ctx(klaten))).toEqual({
      ok: false,
      error: { key: 'error.commitmentFinal', params: {} },
    });
    expect(removeCommitmentItem(ydoc, 'data-pariwisata', ctx(klaten))).toEqual({
      ok: false,
      error: { key: 'error.commitmentFinal', params: {} },
    });
  });

  it('keeps named versions with their content and hash', () => {
    const ydoc = draft();
    const saved = saveCommitmentVersion(ydoc, 'draf-1', 'Draf pertama', ctx(klaten));
    expect(saved).toEqual({ ok: true, value: commitmentHash(ydoc) });
    writeParagraph(ydoc, 'Tambahan.');
    const { commitment } = read(ydoc);
    expect(commitment?.versions).toHaveLength(1);
    expect(commitment?.versions[0]?.content.text).not.toContain('Tambahan');
    expect(commitment?.versions[0]?.hash).not.toBe(commitment?.hash);
    expect(saveCommitmentVersion(ydoc, 'draf-1', 'Lagi', ctx(klaten))).toMatchObject({ ok: false });
  });
});

describe('signatures', () => {
  it('a region signs the final text for itself; the record lives in its own document', () => {
    const commitment = finalised();
    const klatenDoc = new Y.Doc();
    const signer = {
      official: 'Drs. Contoh Pejabat, M.Si.',
      position: 'Kepala Dinas Komunikasi dan Informatika',
    };
    const signed = signCommitment(klatenDoc, '33.10', 'komitmen-2021', commitment, signer, ctx(klaten, 30));
    expect(signed).toEqual({ ok: true, value: commitmentHash(commitment) });
    const signature = readSignature(
      klatenDoc,
      'kspn-borobudur/region/33.10',
      '33.10',
      'komitmen-2021',
      () => undefined,
    );
    expect(signature).toMatchObject({
      ...signer,
      regionCode: '33.10',
      signed: { by: klaten, at: '2021-11-27T02:30:00.000Z' },
    });
    expect(signatureState(signature, { hash: commitmentHash(commitment) })).toBe('signed');
    expect(signatureState(null, { hash: commitmentHash(commitment) })).toBe('pending');
  });

  it('refuses signing for another region, or a text that is not final', () => {
    const commitment = finalised();
    const slemanDoc = new Y.Doc();
    const signer = { official: 'Pejabat Klaten', position: 'Kepala Dinas' };
    expect(signCommitment(slemanDoc, '34.04', 'komitmen-2021', commitment, signer, ctx(klaten))).toEqual({
      ok: false,
      error: { key: 'error.signOwnRegionOnly', params: {} },
    });
    expect(
      signCommitment(slemanDoc, '34.04', 'komitmen-2021', commitment, signer, ctx(coordinator)),
    ).toMatchObject({ ok: false });
    expect(signCommitment(slemanDoc, '34.04', 'komitmen-2021', draft(), signer, ctx(sleman))).toEqual({
      ok: false,
      error: { key: 'error.signFinalOnly', params: {} },
    });
    expect(slemanDoc.getMap('signatures').size).toBe(0);
  });

  it('reopening makes earlier signatures outdated, even if the text is unchanged', () => {
    const commitment = finalised();
    const klatenDoc = new Y.Doc();
    signCommitment(
      klatenDoc,
      '33.10',
      'komitmen-2021',
      commitment,
      { official: 'Pejabat Klaten', position: 'Kepala Dinas' },
      ctx(klaten),
    );
    const signature = readSignature(klatenDoc, 'd', '33.10', 'komitmen-2021', () => undefined);
    expect(setCommitmentStatus(commitment, 'draft', ctx(coordinator)).ok).toBe(true);
    expect(read(commitment).commitment?.round).toBe(1);
    expect(signatureState(signature, { hash: commitmentHash(commitment) })).toBe('outdated');
  });

  it('a signature filed under another region is reported and ignored', () => {
    const commitment = finalised();
    const klatenDoc = new Y.Doc();
    signCommitment(
      klatenDoc,
      '33.10',
      'komitmen-2021',
      commitment,
      { official: 'Pejabat Klaten', position: 'Kepala Dinas' },
      ctx(klaten),
    );
    const problems: ReadProblem[] = [];
    // Someone copies Klaten's signature into Sleman's document to make Sleman look signed.
    expect(
      readSignature(klatenDoc, 'kspn-borobudur/region/34.04', '34.04', 'komitmen-2021', (p) =>
        problems.push(p),
      ),
    ).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('the signing board is complete only when every member has signed the current final text', () => {
    const commitment = finalised();
    const members = ['33.10', '34.04'];
    const docs = new Map(members.map((code) => [code, new Y.Doc()]));
    const board = () =>
      signingBoard(read(commitment).commitment ?? { hash: '', status: 'draft' }, members, (code) =>
        readSignature(docs.get(code) ?? new Y.Doc(), 'd', code, 'komitmen-2021', () => undefined),
      );
    expect(board()).toMatchObject({ signed: 0, complete: false });
    const signer = { official: 'Pejabat Daerah', position: 'Kepala Dinas' };
    signCommitment(
      docs.get('33.10') ?? new Y.Doc(),
      '33.10',
      'komitmen-2021',
      commitment,
      signer,
      ctx(klaten),
    );
    expect(board().regions.map((r) => r.state)).toEqual(['signed', 'pending']);
    signCommitment(
      docs.get('34.04') ?? new Y.Doc(),
      '34.04',
      'komitmen-2021',
      commitment,
      signer,
      ctx(sleman),
    );
    expect(board()).toMatchObject({ signed: 2, complete: true });
    setCommitmentStatus(commitment, 'draft', ctx(coordinator));
    expect(board()).toMatchObject({ signed: 0, complete: false });
    expect(board().regions.map((r) => r.state)).toEqual(['outdated', 'outdated']);
  });
});

describe('who signs, and signing again', () => {
  it('only a region editor signs: a coordinator who belongs to a region cannot sign even for it', () => {
    const commitment = finalised();
    const surakartaDoc = new Y.Doc();
    const signer = { official: 'Pejabat Surakarta', position: 'Wali Kota' };
    // The coordinator's profile names Surakarta (33.72); coordinating is not signing for it.
    expect(
      signCommitment(surakartaDoc, '33.72', 'komitmen-2021', commitment, signer, ctx(coordinator)),
    ).toEqual({ ok: false, error: { key: 'error.signOwnRegionOnly', params: {} } });
    expect(surakartaDoc.getMap('signatures').size).toBe(0);
  });

  it('after a reopening and a new final, the region signs again and its signature is current', () => {
    const commitment = finalised();
    const klatenDoc = new Y.Doc();
    const sign = (official: string) =>
      signCommitment(
        klatenDoc,
        '33.10',
        'komitmen-2021',
        commitment,
        { official, position: 'Bupati' },
        ctx(klaten, 40),
      );
    const signature = () => readSignature(klatenDoc, 'd', '33.10', 'komitmen-2021', () => undefined);
    expect(sign('Pejabat Pertama').ok).toBe(true);
    expect(setCommitmentStatus(commitment, 'draft', ctx(coordinator)).ok).toBe(true);
    // While the text is open again, the old signature cannot be renewed.
    expect(sign('Pejabat Kedua')).toEqual({ ok: false, error: { key: 'error.signFinalOnly', params: {} } });
    expect(signatureState(signature(), { hash: commitmentHash(commitment) })).toBe('outdated');
    expect(setCommitmentStatus(commitment, 'review', ctx(klaten)).ok).toBe(true);
    expect(setCommitmentStatus(commitment, 'final', ctx(coordinator)).ok).toBe(true);
    expect(sign('Pejabat Kedua')).toEqual({ ok: true, value: commitmentHash(commitment) });
    expect(signature()).toMatchObject({ official: 'Pejabat Kedua', hash: commitmentHash(commitment) });
    expect(signatureState(signature(), { hash: commitmentHash(commitment) })).toBe('signed');
  });
});
