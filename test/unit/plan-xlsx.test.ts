import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesEmpty, notesPlainText, notesTree } from '../../renderer/src/replication/export/notes-tree.js';
import {
  figureChange,
  letterheadArea,
  letterheadRegion,
  planFileName,
} from '../../renderer/src/replication/export/plan-document.js';
import { type PlanSheetInput, planWorkbook } from '../../renderer/src/replication/export/plan-xlsx.js';
import { generateArea } from '../../shared/model/demo/index.js';
import { type ReplicationPlan, readReplicationPlans } from '../../shared/model/replication-plan.js';
import { readReplicationSupport } from '../../shared/model/replication-support.js';

const { regions } = generateArea('demo');
const plans: ReplicationPlan[] = [...regions].flatMap(([code, doc]) =>
  readReplicationPlans(doc, code, code, () => undefined),
);
const evaluated = plans.find((plan) => plan.evaluation.length > 0 && plan.milestones.length > 0);
if (!evaluated) throw new Error('the demo set has no evaluated plan with milestones');

function supportOf(plan: ReplicationPlan) {
  const sourceDoc = regions.get(plan.source.regionCode);
  if (!sourceDoc) return null;
  const records = readReplicationSupport(sourceDoc, 'source', plan.source.regionCode, () => undefined);
  return records.get(`${plan.adopterCode}/${plan.id}`) ?? null;
}

function input(plan: ReplicationPlan, today: string): PlanSheetInput {
  return {
    plan,
    innovationName: plan.source.innovationName,
    sourceName: 'Kabupaten Asal',
    adopterName: 'Kabupaten Replikator',
    support: supportOf(plan),
    notes: 'Rapat tim replikasi.\n• Butir satu',
    today,
  };
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes);
  return read;
}

/** The "Rencana" sheet as label → value. */
function facts(sheet: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const out = new Map<string, ExcelJS.CellValue>();
  sheet.eachRow((row, number) => {
    if (number > 1) out.set(String(row.getCell(1).value), row.getCell(2).value);
  });
  return out;
}

describe('plan workbook', () => {
  it('has the three sheets with bold, frozen headers', async () => {
    const book = await roundTrip(planWorkbook(ExcelJS, input(evaluated, '2025-01-01'), 'id'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Rencana', 'Tonggak', 'Evaluasi']);
    for (const sheet of book.worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getColumn(1).width).toBeGreaterThan(8);
    }
  });

  it('writes the plan as label/value rows, money as a number and dates as dates', async () => {
    const plan = evaluated;
    const book = await roundTrip(planWorkbook(ExcelJS, input(plan, '2025-01-01'), 'id'));
    const sheet = book.getWorksheet('Rencana');
    if (!sheet) throw new Error('no Rencana sheet');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Data', 'Isian']);
    const values = facts(sheet);
    expect(values.get('Inovasi')).toBe(plan.source.innovationName);
    expect(values.get('Daerah asal inovasi')).toBe('Kabupaten Asal');
    expect(values.get('Daerah replikator')).toBe('Kabupaten Replikator');
    expect(values.get('Tahap')).toBe('Evaluasi');
    expect(values.get('Anggaran')).toBe(plan.budget.amount);
    expect(values.get('Sumber anggaran')).toBe(plan.budget.source);
    expect(values.get('Acuan RPJMD/Renstra')).toBe(plan.rpjmdReference);
    expect(values.get('Catatan rencana')).toBe('Rapat tim replikasi.\n• Butir satu');
    // The demo's evaluated plans have their letter of intent; a date cell reads back as that day.
    const letterDate = values.get('Surat minat – tanggal');
    expect(letterDate).toBeInstanceOf(Date);
    expect((letterDate as Date).toISOString().slice(0, 10)).toBe(plan.letterOfIntent?.date);
    expect(values.get('PKS/MoU – nomor')).toBeNull();
    const support = supportOf(plan);
    expect(values.get('Dukungan daerah asal')).toBe(
      support?.confirmed ? 'Dikonfirmasi' : 'Belum dikonfirmasi',
    );
    const budgetRow = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((row) => row.getCell(1).value === 'Anggaran');
    expect(budgetRow?.getCell(2).numFmt).toContain('Rp');
  });

  it('lists milestones with real due dates and flags the late ones', async () => {
    const plan = evaluated;
    // An active plan on a day after every demo due date: every open milestone is late.
    const book = await roundTrip(planWorkbook(ExcelJS, input(plan, '2030-01-01'), 'id'));
    const sheet = book.getWorksheet('Tonggak');
    if (!sheet) throw new Error('no Tonggak sheet');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Tahap',
      'Tonggak',
      'OPD penanggung jawab',
      'Tenggat',
      'Status',
      'Catatan',
      'Lewat tenggat',
    ]);
    expect(sheet.rowCount).toBe(plan.milestones.length + 1);
    plan.milestones.forEach((milestone, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(2).value).toBe(milestone.title);
      expect(row.getCell(3).value).toBe(milestone.ownerOpd);
      const due = row.getCell(4).value;
      expect(due).toBeInstanceOf(Date);
      expect((due as Date).toISOString().slice(0, 10)).toBe(milestone.dueDate);
      expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy');
      const late = plan.status === 'aktif' && milestone.status !== 'selesai';
      expect(row.getCell(7).value).toBe(late ? 'Ya' : 'Tidak');
    });
  });

  it('writes evaluation figures as numbers with the change as a formula and its result', async () => {
    const plan = evaluated;
    const book = await roundTrip(planWorkbook(ExcelJS, input(plan, '2025-01-01'), 'id'));
    const sheet = book.getWorksheet('Evaluasi');
    if (!sheet) throw new Error('no Evaluasi sheet');
    expect(sheet.rowCount).toBe(plan.evaluation.length + 1);
    plan.evaluation.forEach((figure, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(1).value).toBe(figure.indicator);
      expect(row.getCell(2).value).toBe(figure.unit);
      expect(row.getCell(3).value).toBe(figure.before);
      expect(row.getCell(4).value).toBe(figure.after);
      const change = figureChange(figure.before, figure.after);
      expect(row.getCell(5).value).toMatchObject({ formula: `D${index + 2}-C${index + 2}` });
      expect(row.getCell(5).result).toBe(change.difference);
      expect(row.getCell(6).result).toBeCloseTo(change.relative ?? Number.NaN, 6);
    });
  });

  it('follows the interface language', async () => {
    const book = await roundTrip(planWorkbook(ExcelJS, input(evaluated, '2025-01-01'), 'en'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'Milestones', 'Evaluation']);
    const sheet = book.getWorksheet('Plan');
    if (!sheet) throw new Error('no Plan sheet');
    expect(facts(sheet).get('Stage')).toBe('Evaluation');
  });
});

describe('plan document helpers', () => {
  it('names the region as its letterhead does, from the region list', () => {
    expect(letterheadRegion('33.10')).toBe('KABUPATEN KLATEN');
    expect(letterheadRegion('33.71')).toBe('KOTA MAGELANG');
    expect(letterheadRegion('33.08')).toBe('KABUPATEN MAGELANG');
    expect(letterheadArea('KSPN Borobudur')).toBe('Kawasan Strategis Pariwisata Nasional Borobudur');
  });

  it('makes file names every file system accepts', () => {
    expect(planFileName('SiPandu Désa: Layanan/Online', 'Kab. Klaten')).toBe(
      'rencana-replikasi-sipandu-desa-layanan-online-kab-klaten.xlsx',
    );
  });

  it('computes the change of a figure only when both values are there', () => {
    expect(figureChange(14, 4)).toEqual({ difference: -10, relative: -10 / 14 });
    expect(figureChange(0, 5)).toEqual({ difference: 5, relative: null });
    expect(figureChange(null, 5)).toEqual({ difference: null, relative: null });
  });
});

describe('plan notes', () => {
  function fragmentWith(build: (fragment: Y.XmlFragment) => void): Y.XmlFragment {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('notes');
    doc.transact(() => build(fragment));
    return fragment;
  }

  function element(
    name: string,
    children: (Y.XmlElement | Y.XmlText)[],
    attrs: Record<string, unknown> = {},
  ) {
    const node = new Y.XmlElement(name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value as string);
    node.insert(0, children);
    return node;
  }

  it('reads paragraphs, marks, links and lists as the editor stores them', () => {
    const fragment = fragmentWith((root) => {
      const text = new Y.XmlText();
      text.applyDelta([
        { insert: 'Rapat ' },
        { insert: 'penting', attributes: { bold: {} } },
        { insert: ' di ' },
        { insert: 'situs', attributes: { link: { href: 'https://example.go.id' } } },
        { insert: ' dan ' },
        { insert: 'skrip', attributes: { link: { href: 'javascript:alert(1)' } } },
      ]);
      const item = (words: string) => element('listItem', [element('paragraph', [new Y.XmlText(words)])]);
      root.insert(0, [
        element('heading', [new Y.XmlText('Hasil rapat')], { level: 2 }),
        element('paragraph', [text]),
        element('orderedList', [item('Satu'), item('Dua')], { start: 1 }),
      ]);
    });
    const tree = notesTree(fragment);
    expect(tree.map((node) => (node.kind === 'element' ? node.name : 'text'))).toEqual([
      'heading',
      'paragraph',
      'orderedList',
    ]);
    const paragraph = tree[1];
    if (paragraph?.kind !== 'element') throw new Error('expected a paragraph');
    expect(paragraph.children).toContainEqual({ kind: 'text', text: 'penting', marks: [{ name: 'bold' }] });
    expect(paragraph.children).toContainEqual({
      kind: 'text',
      text: 'situs',
      marks: [{ name: 'link', href: 'https://example.go.id' }],
    });
    // A script address is not a link anyone should follow from a printed plan.
    expect(paragraph.children).toContainEqual({ kind: 'text', text: 'skrip', marks: [{ name: 'link' }] });
    expect(notesPlainText(tree)).toBe('Hasil rapat\nRapat penting di situs dan skrip\n1. Satu\n2. Dua');
    expect(notesEmpty(tree)).toBe(false);
  });

  it('treats an editor’s empty paragraph as no notes', () => {
    const fragment = fragmentWith((root) => root.insert(0, [element('paragraph', [])]));
    expect(notesEmpty(notesTree(fragment))).toBe(true);
    expect(notesPlainText(notesTree(fragment))).toBe('');
  });
});
