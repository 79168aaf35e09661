/**
 * An FGD's minutes built from a session run with the model's own commands (cards, clusters, an
 * anonymous step, votes, attendance, decisions): the minutes structure, the Word file read back as
 * XML, and the two CSV files parsed back (quoting, byte-order mark, no formulas).
 */
import * as docx from 'docx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardsCsv, votesCsv } from '../../renderer/src/fgd/export/fgd-csv.js';
import { minutesDocx } from '../../renderer/src/fgd/export/fgd-docx.js';
import { type FgdMinutes, fgdMinutes } from '../../renderer/src/fgd/export/fgd-minutes.js';
import { readRecord } from '../../renderer/src/fgd/export/fgd-record.js';
import { formulaSafe, spreadsheetCsv } from '../../shared/csv.js';
import {
  addCard,
  ballotKey,
  castVotes,
  clusterCard,
  createSession,
  nameCluster,
  type Participant,
  recordAttendance,
  setDecision,
  setStep,
  startStep,
} from '../../shared/model/fgd.js';
import type { CommandResult } from '../../shared/model/result.js';
import { docxParagraphs, docxTableRows, readDocx } from './docx-read.js';
import { agendaStep, commandClock, facilitator } from './fgd-fixture.js';

const DOC = 'kspn-borobudur/fgd/fgd-uji';
const clock = commandClock(new Date(Date.UTC(2025, 4, 27, 2, 0)));
const f = () => clock(facilitator);
const expectOk = (result: CommandResult<unknown>) => expect(result).toMatchObject({ ok: true });

const ani: Participant = { id: 'p-ani', name: 'Ani Rahayu', region: '33.71' };
const budi: Participant = { id: 'p-budi', name: 'Budi Santoso', region: '34.04' };
const citra: Participant = { id: 'p-citra', name: 'Citra Dewi', region: null };

const base = agendaStep({});

const MEMBERS = [
  { code: '33.71', displayName: 'Kota Magelang' },
  { code: '34.04', displayName: 'Kab. Sleman' },
];
const PILLARS = [
  { id: 'smart-mobility', name: 'Smart Mobility' },
  { id: 'smart-governance', name: 'Smart Governance' },
];

/** A session run as a facilitator runs it; the voting step is anonymous when asked. */
function runSession(options: { anonymousVote?: boolean } = {}): Y.Doc {
  const ydoc = new Y.Doc();
  expectOk(
    createSession(
      ydoc,
      {
        title: 'FGD Mobilitas Kawasan',
        date: '2025-05-27',
        venue: 'Hotel Atria Magelang',
        facilitators: ['Tenaga Ahli', 'Sekretariat Kawasan'],
      },
      f(),
    ),
  );
  expectOk(setStep(ydoc, 'pembukaan', { ...base, title: 'Pembukaan', allow: 'nothing', minutes: 5 }, f()));
  expectOk(
    setStep(
      ydoc,
      'gagasan',
      { ...base, title: 'Curah gagasan', instruction: 'Satu gagasan per kartu.', order: 1 },
      f(),
    ),
  );
  expectOk(
    setStep(ydoc, 'masalah', { ...base, title: 'Masalah di lapangan', anonymous: true, order: 2 }, f()),
  );
  expectOk(
    setStep(
      ydoc,
      'suara',
      {
        ...base,
        title: 'Prioritas',
        allow: 'votes',
        hideUntilReveal: false,
        anonymous: options.anonymousVote ?? false,
        onePerCard: false,
        order: 3,
      },
      f(),
    ),
  );
  for (const person of [ani, budi]) expectOk(recordAttendance(ydoc, person, 'join', f()));
  expectOk(recordAttendance(ydoc, citra, 'manual', f()));

  expectOk(startStep(ydoc, 'gagasan', f()));
  expectOk(addCard(ydoc, ani, 'k-bus', { pillarId: 'smart-mobility', text: 'Bus sekolah terpadu' }, f()));
  expectOk(addCard(ydoc, budi, 'k-rumus', { pillarId: 'pilar-lama', text: '=SUM(A1:A9)' }, f()));
  expectOk(
    addCard(
      ydoc,
      citra,
      'k-parkir',
      { pillarId: 'smart-mobility', text: 'Parkir elektronik, "e-parking"' },
      f(),
    ),
  );
  expectOk(
    addCard(ydoc, budi, 'k-data', { pillarId: 'smart-governance', text: 'Satu data lalu lintas' }, f()),
  );
  expectOk(nameCluster(ydoc, 'c-transport', 'gagasan', 'Transportasi umum', f()));
  expectOk(nameCluster(ydoc, 'c-parkir', 'gagasan', 'Parkir', f()));
  expectOk(clusterCard(ydoc, 'k-bus', 'c-transport', f()));
  expectOk(clusterCard(ydoc, 'k-parkir', 'c-parkir', f()));

  expectOk(startStep(ydoc, 'masalah', f()));
  expectOk(addCard(ydoc, ani, 'k-jalan', { pillarId: 'smart-mobility', text: 'Jalan desa rusak' }, f()));

  expectOk(startStep(ydoc, 'suara', f()));
  expectOk(castVotes(ydoc, ani, 'k-bus', 2, f()));
  expectOk(castVotes(ydoc, ani, 'k-parkir', 1, f()));
  expectOk(castVotes(ydoc, budi, 'k-bus', 1, f()));
  expectOk(castVotes(ydoc, budi, 'k-parkir', 1, f()));
  expectOk(castVotes(ydoc, citra, 'k-parkir', 1, f()));
  expectOk(castVotes(ydoc, citra, 'k-rumus', 1, f()));

  expectOk(
    setDecision(
      ydoc,
      'd-1',
      {
        kind: 'decision',
        text: 'Bus sekolah menjadi prioritas kawasan.',
        owner: 'Sekretariat Kawasan',
        dueDate: null,
        linked: { doc: 'kspn-borobudur/commitment/komitmen-bersama', id: 'butir-1' },
      },
      f(),
    ),
  );
  expectOk(
    setDecision(
      ydoc,
      'd-2',
      {
        kind: 'action',
        text: 'Dishub menyusun kajian rute.',
        owner: 'Dishub Kota Magelang',
        dueDate: '2025-06-30',
        linked: null,
      },
      f(),
    ),
  );
  return ydoc;
}

function minutesOf(ydoc: Y.Doc): FgdMinutes {
  const record = readRecord(ydoc, DOC, () => undefined);
  if (!record) throw new Error('no session in the document');
  return fgdMinutes(
    {
      ...record,
      areaName: 'Kawasan Strategis Pariwisata Nasional Borobudur',
      members: MEMBERS,
      pillars: PILLARS,
      commitments: [{ id: 'komitmen-bersama', title: 'Komitmen Bersama Smart City' }],
      printedAt: new Date('2025-05-27T09:00:00Z'),
    },
    'id',
  );
}

describe('FGD minutes', () => {
  it('writes the header, the agenda with what participants could do, and the attendance per region', () => {
    const minutes = minutesOf(runSession());
    expect(minutes).toMatchObject({
      title: 'FGD Mobilitas Kawasan',
      date: '27 Mei 2025',
      venue: 'Hotel Atria Magelang',
      facilitators: ['Tenaga Ahli', 'Sekretariat Kawasan'],
      fileBase: 'notulen-fgd-mobilitas-kawasan-2025-05-27',
    });
    expect(minutes.agenda.map((step) => [step.n, step.title, step.minutes, step.activity])).toEqual([
      [1, 'Pembukaan', 5, 'Menyimak dan berdiskusi'],
      [2, 'Curah gagasan', 10, 'Menulis kartu; kartu tersembunyi sampai dibuka'],
      [3, 'Masalah di lapangan', 10, 'Menulis kartu; tanpa nama; kartu tersembunyi sampai dibuka'],
      [4, 'Prioritas', 10, 'Memberi suara (3 suara per orang)'],
    ]);
    expect(minutes.agenda[1]?.instruction).toBe('Satu gagasan per kartu.');
    expect(minutes.attendance.map((a) => [a.n, a.name, a.region, a.via])).toEqual([
      [1, 'Ani Rahayu', 'Kota Magelang', 'Bergabung'],
      [2, 'Budi Santoso', 'Kab. Sleman', 'Bergabung'],
      [3, 'Citra Dewi', '', 'Dicatat fasilitator'],
    ]);
    expect(minutes.perRegion).toEqual([
      { region: 'Kota Magelang', count: 1 },
      { region: 'Kab. Sleman', count: 1 },
      { region: 'Tanpa daerah', count: 1 },
    ]);
  });

  it('groups every card of a step by cluster, unclustered last, with dimension, author and votes', () => {
    const minutes = minutesOf(runSession());
    // Hidden and never revealed, the cards are still in the record: the minutes show what a facilitator sees.
    expect(minutes.cardSteps.map((step) => [step.title, step.cardCount])).toEqual([
      ['Curah gagasan', 4],
      ['Masalah di lapangan', 1],
    ]);
    const [ideas, problems] = minutes.cardSteps;
    expect(
      ideas?.groups.map((group) => [group.clustered, group.name, group.cards.map((card) => card.text)]),
    ).toEqual([
      [true, 'Parkir', ['Parkir elektronik, "e-parking"']],
      [true, 'Transportasi umum', ['Bus sekolah terpadu']],
      [false, '', ['=SUM(A1:A9)', 'Satu data lalu lintas']],
    ]);
    const cards = ideas?.groups.flatMap((group) => group.cards) ?? [];
    expect(cards.map((card) => [card.n, card.dimension, card.author, card.votes])).toEqual([
      [1, 'Smart Mobility', 'Citra Dewi', 3],
      [2, 'Smart Mobility', 'Ani Rahayu', 3],
      [3, 'Dimensi lain', 'Budi Santoso', 1],
      [4, 'Smart Governance', 'Budi Santoso', 0],
    ]);
    // The anonymous step keeps its authors out of the record.
    expect(problems?.anonymous).toBe(true);
    expect(problems?.groups[0]?.cards[0]).toMatchObject({ text: 'Jalan desa rusak', author: 'Anonim' });
  });

  it('ranks the vote results, equal counts sharing a rank', () => {
    const minutes = minutesOf(runSession());
    expect(minutes.voteSteps).toHaveLength(1);
    const [vote] = minutes.voteSteps;
    expect(vote).toMatchObject({ title: 'Prioritas', voters: 3, votes: 7 });
    expect(vote?.results.map((r) => [r.rank, r.text, r.votes])).toEqual([
      [1, 'Bus sekolah terpadu', 3],
      [1, 'Parkir elektronik, "e-parking"', 3],
      [3, '=SUM(A1:A9)', 1],
    ]);
  });

  it('lists decisions and action items with owner, due date and what they became', () => {
    const minutes = minutesOf(runSession());
    expect(minutes.decisions).toEqual([
      {
        n: 1,
        kind: 'Keputusan',
        text: 'Bus sekolah menjadi prioritas kawasan.',
        owner: 'Sekretariat Kawasan',
        dueDate: '',
        linked: 'Butir komitmen: Komitmen Bersama Smart City',
      },
      {
        n: 2,
        kind: 'Tindak lanjut',
        text: 'Dishub menyusun kajian rute.',
        owner: 'Dishub Kota Magelang',
        dueDate: '30 Juni 2025',
        linked: '',
      },
    ]);
  });

  it('counts only ballots within their step’s rules', () => {
    const ydoc = runSession();
    // A client that skipped the command and wrote five votes against a budget of three.
    ydoc.getMap('votes').set(ballotKey('suara', 'p-nakal'), {
      participant: { id: 'p-nakal', name: 'Peserta Nakal', region: null },
      stepId: 'suara',
      votes: { 'k-data': 5 },
    });
    const minutes = minutesOf(ydoc);
    expect(minutes.voteSteps[0]?.voters).toBe(3);
    expect(minutes.voteRows.map((row) => row.participant)).not.toContain('Peserta Nakal');
  });
});

describe('FGD minutes as CSV', () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;

  it('writes the cards with a byte-order mark, RFC 4180 quoting and no formulas', () => {
    const csv = cardsCsv(minutesOf(runSession()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    // A comma and quotes inside a cell: quoted, the quotes doubled.
    expect(csv).toContain('"Parkir elektronik, ""e-parking"""');
    expect(parse(csv)).toEqual([
      ['Langkah', 'Dimensi', 'Kelompok', 'Kartu', 'Penulis', 'Suara'],
      ['Curah gagasan', 'Smart Mobility', 'Parkir', 'Parkir elektronik, "e-parking"', 'Citra Dewi', '3'],
      ['Curah gagasan', 'Smart Mobility', 'Transportasi umum', 'Bus sekolah terpadu', 'Ani Rahayu', '3'],
      ['Curah gagasan', 'Dimensi lain', '', "'=SUM(A1:A9)", 'Budi Santoso', '1'],
      ['Curah gagasan', 'Smart Governance', '', 'Satu data lalu lintas', 'Budi Santoso', '0'],
      ['Masalah di lapangan', 'Smart Mobility', '', 'Jalan desa rusak', 'Anonim', '0'],
    ]);
  });

  it('writes one vote row per participant and card', () => {
    const rows = parse(votesCsv(minutesOf(runSession())));
    expect(rows[0]).toEqual(['Peserta', 'Daerah', 'Langkah', 'Kartu', 'Jumlah suara']);
    expect(rows.slice(1)).toEqual([
      ['Ani Rahayu', 'Kota Magelang', 'Prioritas', 'Bus sekolah terpadu', '2'],
      ['Ani Rahayu', 'Kota Magelang', 'Prioritas', 'Parkir elektronik, "e-parking"', '1'],
      ['Budi Santoso', 'Kab. Sleman', 'Prioritas', 'Bus sekolah terpadu', '1'],
      ['Budi Santoso', 'Kab. Sleman', 'Prioritas', 'Parkir elektronik, "e-parking"', '1'],
      ['Citra Dewi', '', 'Prioritas', "'=SUM(A1:A9)", '1'],
      ['Citra Dewi', '', 'Prioritas', 'Parkir elektronik, "e-parking"', '1'],
    ]);
  });

  it('names no one on an anonymous voting step', () => {
    const rows = parse(votesCsv(minutesOf(runSession({ anonymousVote: true })))).slice(1);
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.slice(0, 2)).toEqual(['Anonim', '']);
  });

  it('guards every formula prefix and keeps Indonesian text as UTF-8', () => {
    expect(['=1+1', '+62 812', '-5', '@SUM(A1)', 'biasa', ' =spasi'].map(formulaSafe)).toEqual([
      "'=1+1",
      "'+62 812",
      "'-5",
      "'@SUM(A1)",
      'biasa',
      ' =spasi',
    ]);
    const csv = spreadsheetCsv([['Nama'], ['Sêkar; “Kota”'], ['baris\nkedua']]);
    expect(csv).toBe('\uFEFFNama\r\nSêkar; “Kota”\r\n"baris\nkedua"');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

const docxParts = (minutes: FgdMinutes) => readDocx(minutesDocx(docx, minutes));

describe('FGD minutes as DOCX', () => {
  it('has a title, a Word heading per section and per step, and the tables of the printed page', async () => {
    const { document } = await docxParts(minutesOf(runSession()));
    const all = docxParagraphs(document);
    const styleOf = (text: string) => all.find((p) => p.text === text)?.style;
    expect(styleOf('NOTULEN FOCUS GROUP DISCUSSION')).toBe('Title');
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '1. Agenda',
      '2. Daftar hadir',
      '3. Kartu gagasan',
      '4. Hasil pemungutan suara',
      '5. Keputusan dan tindak lanjut',
    ]);
    expect(all.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      'Kehadiran per daerah',
      'Curah gagasan (4 kartu)',
      'Masalah di lapangan (1 kartu)',
      'Prioritas',
    ]);
    const rows = docxTableRows(document);
    expect(rows).toContainEqual(['Tempat', 'Hotel Atria Magelang']);
    expect(rows).toContainEqual([
      '2',
      'Curah gagasan',
      'Satu gagasan per kartu.',
      '10 menit',
      'Menulis kartu; kartu tersembunyi sampai dibuka',
    ]);
    expect(rows).toContainEqual(['3', 'Citra Dewi', '—', 'Dicatat fasilitator']);
    expect(rows).toContainEqual(['Belum dikelompokkan']);
    expect(rows).toContainEqual(['1', 'Parkir elektronik, "e-parking"', 'Smart Mobility', 'Citra Dewi', '3']);
    expect(rows).toContainEqual(['1', 'Jalan desa rusak', 'Smart Mobility', 'Anonim', '0']);
    expect(rows).toContainEqual(['3', '=SUM(A1:A9)', 'Dimensi lain', '1']);
    expect(rows).toContainEqual([
      '2',
      'Tindak lanjut',
      'Dishub menyusun kajian rute.',
      'Dishub Kota Magelang',
      '30 Juni 2025',
      '—',
    ]);
    // Header rows repeat on every page a table crosses.
    expect(document).toContain('<w:tblHeader/>');
  });

  it('puts "Halaman n dari m" with Word page fields in the footer', async () => {
    const { footer } = await docxParts(minutesOf(runSession()));
    expect(footer).toContain('Dicetak dari Rembug, 27 Mei 2025');
    expect(footer).toMatch(/Halaman [\s\S]*PAGE[\s\S]*dari [\s\S]*NUMPAGES/);
  });
});
