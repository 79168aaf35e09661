import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import {
  addPlanComment,
  type PlanComment,
  type PlanRef,
  planThread,
  readPlanComments,
  readReplicationSupport,
  setReplicationSupport,
  supportFor,
} from '../../shared/model/replication-support.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const KLATEN = '33.10';
const KULON_PROGO = '34.01';
const SLEMAN = '34.04';
const editor = (region: string, name = `Diskominfo ${region}`): Author => ({
  name,
  region,
  role: 'regionEditor',
});
const ctx = (author: Author, minute = 0): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2026, 0, 5, 9, minute)),
});
/** Klaten replicates Kulon Progo's AirKu. */
const ref: PlanRef = {
  adopterCode: KLATEN,
  planId: 'replikasi-airku-1',
  sourceCode: KULON_PROGO,
  innovationId: 'airku',
};

function comments(ydoc: Y.Doc, region: string) {
  const problems: ReadProblem[] = [];
  return {
    comments: readPlanComments(ydoc, `a/region/${region}`, region, (p) => problems.push(p)),
    problems,
  };
}

describe('the source region’s support for a plan', () => {
  it('is recorded by the source region’s editors in its own document and found by plan', () => {
    const kulonProgo = new Y.Doc();
    const fields = { confirmed: true, message: 'Pendampingan teknis dua kali.' };
    expect(setReplicationSupport(kulonProgo, KULON_PROGO, ref, fields, ctx(editor(KULON_PROGO)))).toEqual({
      ok: true,
      value: undefined,
    });
    const problems: ReadProblem[] = [];
    const read = readReplicationSupport(kulonProgo, 'a/region/34.01', KULON_PROGO, (p) => problems.push(p));
    expect(problems).toEqual([]);
    const found = supportFor(ref, new Map([[KULON_PROGO, read]]));
    expect(found).toMatchObject({ ...fields, adopterCode: KLATEN, sourceCode: KULON_PROGO });
    expect(found?.updated.by.name).toBe('Diskominfo 34.01');
    // Another region's record under this plan's key is not the source region's word.
    expect(supportFor(ref, new Map([[SLEMAN, read]]))).toBeNull();
  });

  it('cannot be given by the adopter, by a third region, or for another region’s innovation', () => {
    const doc = new Y.Doc();
    const fields = { confirmed: true, message: '' };
    expect(setReplicationSupport(doc, KULON_PROGO, ref, fields, ctx(editor(KLATEN)))).toMatchObject({
      ok: false,
      error: { key: 'error.notYourRegion' },
    });
    expect(setReplicationSupport(doc, SLEMAN, ref, fields, ctx(editor(SLEMAN)))).toEqual({
      ok: false,
      error: { key: 'error.supportOwnPlan', params: {} },
    });
    expect(
      setReplicationSupport(
        doc,
        KULON_PROGO,
        ref,
        { confirmed: 'ya', message: '' },
        ctx(editor(KULON_PROGO)),
      ),
    ).toMatchObject({ ok: false, error: { key: 'error.invalidInput' } });
    expect(doc.getMap('replicationSupport').size).toBe(0);
  });

  it('skips a record whose key names another plan, with a report', () => {
    const doc = new Y.Doc();
    doc.getMap('replicationSupport').set('33.10/lain', {
      confirmed: true,
      message: '',
      adopterCode: KLATEN,
      planId: 'replikasi-airku-1',
      innovationId: 'airku',
      updated: { by: editor(KULON_PROGO), at: '2026-01-05T09:00:00.000Z' },
    });
    const problems: ReadProblem[] = [];
    expect(readReplicationSupport(doc, 'd', KULON_PROGO, (p) => problems.push(p)).size).toBe(0);
    expect(problems.map((p) => p.key)).toEqual(['replicationSupport/33.10/lain']);
  });
});

describe('the conversation about a plan', () => {
  it('merges both parties’ comments in time order, each from its own document', () => {
    const klaten = new Y.Doc();
    const kulonProgo = new Y.Doc();
    expect(
      addPlanComment(klaten, KLATEN, ref, 'k1', 'Kami mohon SOP produksi.', ctx(editor(KLATEN), 1)).ok,
    ).toBe(true);
    expect(
      addPlanComment(
        kulonProgo,
        KULON_PROGO,
        ref,
        'p1',
        'SOP kami kirim pekan ini.',
        ctx(editor(KULON_PROGO), 2),
      ).ok,
    ).toBe(true);
    addPlanComment(klaten, KLATEN, ref, 'k2', 'Terima kasih.', ctx(editor(KLATEN), 3));
    const byRegion = new Map([
      [KLATEN, comments(klaten, KLATEN).comments],
      [KULON_PROGO, comments(kulonProgo, KULON_PROGO).comments],
    ]);
    const thread = planThread(ref, byRegion);
    expect(thread.map((c: PlanComment) => [c.regionCode, c.id])).toEqual([
      [KLATEN, 'k1'],
      [KULON_PROGO, 'p1'],
      [KLATEN, 'k2'],
    ]);
  });

  it('keeps comments two editors of a region add at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addPlanComment(a, KLATEN, ref, 'satu', 'Satu', ctx(editor(KLATEN, 'Sri')));
    addPlanComment(b, KLATEN, ref, 'dua', 'Dua', ctx(editor(KLATEN, 'Bagus')));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(
      comments(a, KLATEN)
        .comments.get('33.10/replikasi-airku-1')
        ?.map((c) => c.id),
    ).toEqual(['dua', 'satu']);
  });

  it('is for the two parties only, with text', () => {
    const doc = new Y.Doc();
    expect(addPlanComment(doc, SLEMAN, ref, 's1', 'Ikut!', ctx(editor(SLEMAN)))).toEqual({
      ok: false,
      error: { key: 'error.notPlanParty', params: {} },
    });
    expect(addPlanComment(doc, KLATEN, ref, 'k1', '   ', ctx(editor(KLATEN)))).toMatchObject({
      ok: false,
      error: { key: 'error.invalidInput' },
    });
    expect(addPlanComment(doc, KLATEN, ref, 'k1', 'Halo', ctx(editor(SLEMAN)))).toMatchObject({
      ok: false,
      error: { key: 'error.notYourRegion' },
    });
    addPlanComment(doc, KLATEN, ref, 'k1', 'Halo', ctx(editor(KLATEN)));
    expect(addPlanComment(doc, KLATEN, ref, 'k1', 'Lagi', ctx(editor(KLATEN)))).toMatchObject({
      ok: false,
      error: { key: 'error.duplicateId' },
    });
    // A third region's comment stored in its own document under the plan's key stays out of the thread.
    const sleman = new Y.Doc();
    sleman.getMap('replicationComments').set('33.10/replikasi-airku-1/x', {
      id: 'x',
      adopterCode: KLATEN,
      planId: 'replikasi-airku-1',
      text: 'Masuk?',
      created: { by: editor(SLEMAN), at: '2026-01-05T09:00:00.000Z' },
    });
    const byRegion = new Map([
      [KLATEN, comments(doc, KLATEN).comments],
      [SLEMAN, comments(sleman, SLEMAN).comments],
    ]);
    expect(planThread(ref, byRegion).map((c) => c.id)).toEqual(['k1']);
  });
});
