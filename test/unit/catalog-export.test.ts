import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catalogCsv, type ExportContext } from '../../shared/catalog/export.js';
import { guessMapping, previewImport } from '../../shared/catalog/import.js';
import { generateArea } from '../../shared/model/demo/index.js';
import { type Innovation, readInnovations } from '../../shared/model/innovation.js';
import { DEFAULT_PILLARS } from '../../shared/model/presets.js';
import { displayName, regencyByCode } from '../../shared/regions/index.js';

const { regions } = generateArea('demo');
const catalog: Innovation[] = [...regions].flatMap(([code, ydoc]) =>
  readInnovations(ydoc, code, code, () => undefined),
);
const ctx: ExportContext = {
  regionName: (code) => {
    const regency = regencyByCode(code);
    return regency ? displayName(regency) : code;
  },
  pillarName: (id) => DEFAULT_PILLARS.find((p) => p.id === id)?.name ?? id,
};

describe('catalog export', () => {
  it('writes CSV that Excel opens as UTF-8, with Indonesian headers', () => {
    const csv = catalogCsv(catalog.slice(0, 2), ctx);
    expect(csv.startsWith('\uFEFFDaerah,Nama Inovasi,OPD,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('round-trips through the import: export, re-import, same fields', () => {
    const csv = catalogCsv(catalog, ctx);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    const preview = previewImport(rows, guessMapping(header ?? []), DEFAULT_PILLARS);
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toHaveLength(catalog.length);
    for (const [index, { fields }] of preview.rows.entries()) {
      const original = catalog[index] as Innovation;
      expect(fields).toMatchObject({
        name: original.name,
        opd: original.opd,
        stage: original.stage,
        digital: original.digital,
        form: original.form,
        dimensions: original.dimensions,
        tags: original.tags,
        trialDate: original.trialDate,
        budget: original.budget,
        status: original.status,
      });
    }
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    const [first] = catalog;
    if (!first) throw new Error('no demo data');
    const csv = catalogCsv([{ ...first, name: '=HYPERLINK("http://evil","klik")' }], ctx);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
