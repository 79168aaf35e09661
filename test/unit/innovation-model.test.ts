import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Author, CommandContext } from '../../shared/model/identity.js';
import {
  createInnovation,
  deleteInnovation,
  HISTORY_LIMIT,
  type InnovationFields,
  readInnovationHistory,
  readInnovations,
  setInnovationEvidence,
  updateInnovation,
} from '../../shared/model/innovation.js';
import type { ReadProblem } from '../../shared/model/validated-read.js';

const KULON_PROGO = '34.01';
const DOC = `kspn-borobudur/region/${KULON_PROGO}`;
const editor: Author = { name: 'Diskominfo Kulon Progo', region: KULON_PROGO, role: 'regionEditor' };
const klaten: Author = { name: 'Diskominfo Klaten', region: '33.10', role: 'regionEditor' };
const coordinator: Author = { name: 'Sekretariat Kawasan', region: '33.72', role: 'coordinator' };

const ctx = (author: Author, minute = 0): CommandContext => ({
  author,
  now: () => new Date(Date.UTC(2026, 10, 23, 9, minute)),
});

const airku: InnovationFields = {
  name: 'AirKu — air minum kemasan produksi PDAM',
  opd: 'Perumda Air Minum Tirta Binangun',
  initiatorKind: 'kepalaDaerah',
  initiatorName: 'Bupati Kulon Progo',
  stage: 'penerapan',
  digital: false,
  form: 'pelayananPublik',
  urusan: 'pekerjaan umum',
  urusanIrisan: ['perdagangan'],
  dimensions: ['economy', 'branding'],
  tags: ['produk lokal', 'bela beli'],
  trialDate: '2013-01-10',
  implementationDate: '2013-06-01',
  summary: 'Air minum kemasan produksi daerah untuk menggantikan merek luar di kantor dan acara pemerintah.',
  design: 'Rancang bangun inovasi.',
  goal: 'Menahan belanja daerah di dalam daerah.',
  benefit: 'Pendapatan perumda naik, produk lokal dikenal.',
  results: 'Penjualan meningkat setiap tahun.',
  figures: [{ label: 'Penjualan per bulan', before: 0, after: 120000, unit: 'botol' }],
  budget: { amount: 250_000_000, source: 'APBD' },
  contacts: [{ name: 'Humas Perumda', phone: '0274-000000', email: '' }],
  links: [{ label: 'Profil', url: 'https://kulonprogokab.go.id/' }],
  status: 'berlanjut',
};

function read(ydoc: Y.Doc) {
  const problems: ReadProblem[] = [];
  return { innovations: readInnovations(ydoc, DOC, KULON_PROGO, (p) => problems.push(p)), problems };
}

describe('innovations in a region document', () => {
  it('creates an innovation stamped with its author and reads it back whole', () => {
    const ydoc = new Y.Doc();
    expect(createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor))).toEqual({
      ok: true,
      value: 'airku',
    });
    const { innovations, problems } = read(ydoc);
    expect(problems).toEqual([]);
    expect(innovations).toEqual([
      {
        ...airku,
        id: 'airku',
        regionCode: KULON_PROGO,
        created: { by: editor, at: '2026-11-23T09:00:00.000Z' },
        updated: { by: editor, at: '2026-11-23T09:00:00.000Z' },
      },
    ]);
  });

  it('refuses other regions’ editors and coordinators, and changes nothing', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor));
    const before = Y.encodeStateAsUpdate(ydoc);
    const refusal = {
      ok: false,
      error: { key: 'error.notYourRegion', params: { region: 'Kabupaten Kulon Progo' } },
    };
    for (const author of [klaten, coordinator]) {
      expect(createInnovation(ydoc, KULON_PROGO, 'lain', airku, ctx(author))).toEqual(refusal);
      expect(updateInnovation(ydoc, KULON_PROGO, 'airku', { status: 'vakum' }, ctx(author))).toEqual(refusal);
      expect(deleteInnovation(ydoc, KULON_PROGO, 'airku', ctx(author))).toEqual(refusal);
    }
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });

  it('validates input and names the offending field', () => {
    const ydoc = new Y.Doc();
    const c = ctx(editor);
    expect(createInnovation(ydoc, KULON_PROGO, 'airku', { ...airku, dimensions: [] }, c)).toMatchObject({
      ok: false,
      error: { key: 'error.invalidInput', params: { detail: expect.stringMatching(/^dimensions/) } },
    });
    expect(
      createInnovation(
        ydoc,
        KULON_PROGO,
        'airku',
        { ...airku, links: [{ label: 'x', url: 'javascript:alert(1)' }] },
        c,
      ),
    ).toMatchObject({
      ok: false,
      error: { params: { detail: expect.stringMatching(/^links\.0\.url/) } },
    });
    expect(createInnovation(ydoc, KULON_PROGO, 'AirKu!', airku, c)).toMatchObject({ ok: false });
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, c);
    expect(createInnovation(ydoc, KULON_PROGO, 'airku', airku, c)).toEqual({
      ok: false,
      error: { key: 'error.duplicateId', params: { id: 'airku' } },
    });
    expect(updateInnovation(ydoc, KULON_PROGO, 'airku', { stage: 'selesai' }, c)).toMatchObject({
      ok: false,
    });
    expect(updateInnovation(ydoc, KULON_PROGO, 'airku', { regionCode: '33.10' }, c)).toMatchObject({
      ok: false,
    });
    expect(updateInnovation(ydoc, KULON_PROGO, 'nope', { status: 'vakum' }, c)).toEqual({
      ok: false,
      error: { key: 'error.notFound', params: { id: 'nope' } },
    });
  });

  it('records IID evidence against its versioned indicator set', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor));
    const evidence = {
      setVersion: 'iid-2024',
      answers: { replikasi: { score: 2, link: 'https://example.go.id/pks.pdf', note: '' } },
    };
    expect(setInnovationEvidence(ydoc, KULON_PROGO, 'airku', evidence, ctx(klaten))).toMatchObject({
      ok: false,
    });
    expect(
      setInnovationEvidence(ydoc, KULON_PROGO, 'airku', { ...evidence, setVersion: 'iid-1999' }, ctx(editor)),
    ).toMatchObject({
      ok: false,
      error: { key: 'error.invalidInput', params: { detail: 'unknown indicator set iid-1999' } },
    });
    expect(setInnovationEvidence(ydoc, KULON_PROGO, 'airku', evidence, ctx(editor)).ok).toBe(true);
    expect(read(ydoc).innovations[0]?.evidence).toEqual(evidence);
  });

  it('merges concurrent edits of different blocks (e.g. status and results) by two editors of the region', () => {
    const a = new Y.Doc();
    createInnovation(a, KULON_PROGO, 'airku', airku, ctx(editor));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const colleague: Author = { ...editor, name: 'Bappeda Kulon Progo' };
    expect(updateInnovation(a, KULON_PROGO, 'airku', { status: 'vakum' }, ctx(editor, 5)).ok).toBe(true);
    expect(
      updateInnovation(b, KULON_PROGO, 'airku', { results: 'Omzet naik dua kali lipat.' }, ctx(colleague, 6))
        .ok,
    ).toBe(true);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [merged] = read(a).innovations;
    expect(merged).toMatchObject({ status: 'vakum', results: 'Omzet naik dua kali lipat.' });
    expect(read(b).innovations).toEqual(read(a).innovations);
  });

  it('skips and reports entries a peer corrupted or filed under another region', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor));
    createInnovation(
      ydoc,
      KULON_PROGO,
      'belabeliku',
      { ...airku, name: 'belabeliku.com', digital: true },
      ctx(editor),
    );
    const innovations = ydoc.getMap<unknown>('innovations');
    const airkuEntry = innovations.get('airku') as Y.Map<unknown>;
    airkuEntry.set('core', { ...(airkuEntry.get('core') as object), stage: 42 });
    const belabeliku = innovations.get('belabeliku') as Y.Map<unknown>;
    belabeliku.set('meta', { ...(belabeliku.get('meta') as object), regionCode: '33.10' });
    innovations.set('raw', 'not a record');
    const { innovations: valid, problems } = read(ydoc);
    expect(valid).toEqual([]);
    expect(problems.map((p) => p.key).sort()).toEqual([
      'innovations/airku',
      'innovations/belabeliku',
      'innovations/raw',
    ]);
    // Validation is cached per entry; a second read still reports, and a repair shows at once.
    expect(read(ydoc).problems).toHaveLength(3);
    airkuEntry.set('core', { ...(airkuEntry.get('core') as object), stage: 'penerapan' });
    expect(read(ydoc).innovations.map((i) => i.id)).toEqual(['airku']);
  });

  it('property: random edits on three replicas, merged in random order with duplicates, converge and validate', () => {
    const stages = ['inisiatif', 'ujiCoba', 'penerapan'] as const;
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('update' as const),
        stage: fc.constantFrom(...stages),
        name: fc.string({ minLength: 3, maxLength: 20 }),
      }),
      fc.record({ kind: fc.constant('create' as const), id: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom('a', 'b', 'c', 'airku') }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), step), { maxLength: 20 }),
        fc.infiniteStream(fc.nat()),
        (steps, order) => {
          const seed = new Y.Doc();
          createInnovation(seed, KULON_PROGO, 'airku', airku, ctx(editor));
          const replicas = [0, 1, 2].map(() => {
            const replica = new Y.Doc();
            Y.applyUpdate(replica, Y.encodeStateAsUpdate(seed));
            return replica;
          });
          const updates: Uint8Array[] = [];
          for (const replica of replicas)
            replica.on('update', (u: Uint8Array) => {
              updates.push(u);
            });
          steps.forEach(([index, s], minute) => {
            const ydoc = replicas[index] as Y.Doc;
            const c = ctx({ ...editor, name: `Editor ${index}` }, minute);
            if (s.kind === 'update')
              updateInnovation(
                ydoc,
                KULON_PROGO,
                'airku',
                { stage: s.stage, name: s.name.padEnd(3, '.') },
                c,
              );
            else if (s.kind === 'create') createInnovation(ydoc, KULON_PROGO, s.id, airku, c);
            else deleteInnovation(ydoc, KULON_PROGO, s.id, c);
          });
          const shuffled = [...updates, ...updates.slice(0, 3)];
          const picks = order.take(shuffled.length);
          const permuted = [...picks]
            .map((n, i) => ({ n, u: shuffled[i] as Uint8Array }))
            .sort((x, y) => x.n - y.n);
          for (const replica of replicas) for (const { u } of permuted) Y.applyUpdate(replica, u);
          const reads = replicas.map(read);
          for (const { problems } of reads) expect(problems).toEqual([]);
          expect(reads[1]?.innovations).toEqual(reads[0]?.innovations);
          expect(reads[2]?.innovations).toEqual(reads[0]?.innovations);
          const logs = replicas.map((replica) => history(replica));
          for (const log of logs) expect(log.problems).toEqual([]);
          expect(logs[1]?.changes).toEqual(logs[0]?.changes);
          expect(logs[2]?.changes).toEqual(logs[0]?.changes);
        },
      ),
      { numRuns: 100 },
    );
  });
});

function history(ydoc: Y.Doc, id = 'airku') {
  const problems: ReadProblem[] = [];
  return { changes: readInnovationHistory(ydoc, DOC, KULON_PROGO, id, (p) => problems.push(p)), problems };
}

describe('change history of an innovation', () => {
  it('records creation, changed fields and evidence with their author, newest first', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor, 0));
    const colleague: Author = { ...editor, name: 'Bappeda Kulon Progo' };
    updateInnovation(ydoc, KULON_PROGO, 'airku', { name: 'AirKu', status: 'berlanjut' }, ctx(colleague, 5));
    setInnovationEvidence(
      ydoc,
      KULON_PROGO,
      'airku',
      { setVersion: 'iid-2024', answers: { replikasi: { score: 1, link: '', note: '' } } },
      ctx(editor, 9),
    );
    // A patch that changes nothing leaves no record.
    updateInnovation(ydoc, KULON_PROGO, 'airku', { status: 'berlanjut' }, ctx(editor, 12));
    const { changes, problems } = history(ydoc);
    expect(problems).toEqual([]);
    expect(changes).toEqual([
      { by: editor, at: '2026-11-23T09:09:00.000Z', fields: ['evidence'] },
      // `status` was sent but had that value already.
      { by: colleague, at: '2026-11-23T09:05:00.000Z', fields: ['name'] },
      { by: editor, at: '2026-11-23T09:00:00.000Z', fields: ['created'] },
    ]);
  });

  it('keeps only the last records, dropping the oldest', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor, 0));
    for (let minute = 1; minute <= HISTORY_LIMIT + 4; minute += 1) {
      updateInnovation(ydoc, KULON_PROGO, 'airku', { name: `AirKu versi ${minute}` }, ctx(editor, minute));
    }
    const log = (ydoc.getMap<unknown>('innovations').get('airku') as Y.Map<unknown>).get('history');
    expect(log).toBeInstanceOf(Y.Array);
    expect((log as Y.Array<unknown>).length).toBe(HISTORY_LIMIT);
    const { changes } = history(ydoc);
    expect(changes).toHaveLength(HISTORY_LIMIT);
    expect(changes[0]?.at).toBe(new Date(Date.UTC(2026, 10, 23, 9, HISTORY_LIMIT + 4)).toISOString());
    expect(changes.at(-1)?.at).toBe(new Date(Date.UTC(2026, 10, 23, 9, 5)).toISOString());
    expect(changes.some((change) => change.fields.includes('created'))).toBe(false);
  });

  it('keeps both records when two replicas change the entry at once', () => {
    const a = new Y.Doc();
    createInnovation(a, KULON_PROGO, 'airku', airku, ctx(editor, 0));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const colleague: Author = { ...editor, name: 'Bappeda Kulon Progo' };
    updateInnovation(a, KULON_PROGO, 'airku', { status: 'vakum' }, ctx(editor, 5));
    updateInnovation(b, KULON_PROGO, 'airku', { results: 'Omzet naik.', goal: 'Baru.' }, ctx(colleague, 6));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = history(a).changes;
    expect(merged).toEqual([
      { by: colleague, at: '2026-11-23T09:06:00.000Z', fields: ['goal', 'results'] },
      { by: editor, at: '2026-11-23T09:05:00.000Z', fields: ['status'] },
      { by: editor, at: '2026-11-23T09:00:00.000Z', fields: ['created'] },
    ]);
    expect(history(b).changes).toEqual(merged);
  });

  it('skips and reports a malformed record, keeping the rest', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor, 0));
    const log = (ydoc.getMap<unknown>('innovations').get('airku') as Y.Map<unknown>).get(
      'history',
    ) as Y.Array<unknown>;
    log.push([{ by: { name: '' }, at: 'yesterday', fields: ['name'] }, 'not a record']);
    updateInnovation(ydoc, KULON_PROGO, 'airku', { status: 'vakum' }, ctx(editor, 3));
    const { changes, problems } = history(ydoc);
    expect(changes.map((change) => change.fields)).toEqual([['status'], ['created']]);
    expect(problems.map((problem) => problem.key)).toEqual([
      'innovations/airku/history/1',
      'innovations/airku/history/2',
    ]);
  });

  it('reads entries without a log (older data) as having none, and a log of the wrong type as a problem', () => {
    const ydoc = new Y.Doc();
    createInnovation(ydoc, KULON_PROGO, 'airku', airku, ctx(editor));
    const entry = ydoc.getMap<unknown>('innovations').get('airku') as Y.Map<unknown>;
    entry.delete('history');
    expect(history(ydoc)).toEqual({ changes: [], problems: [] });
    expect(history(ydoc, 'nope')).toEqual({ changes: [], problems: [] });
    // The first change after that starts a log.
    updateInnovation(ydoc, KULON_PROGO, 'airku', { status: 'vakum' }, ctx(editor, 1));
    expect(history(ydoc).changes.map((change) => change.fields)).toEqual([['status']]);
    entry.set('history', 'broken');
    expect(history(ydoc).problems.map((problem) => problem.problem)).toEqual(['not an array']);
    // The entry itself still reads: the log is not part of what is validated.
    expect(read(ydoc).innovations.map((innovation) => innovation.id)).toEqual(['airku']);
  });
});
