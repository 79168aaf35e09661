import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadRegionsSource, renderRegionsModule } from '../../scripts/regions-source.mjs';
import {
  displayName,
  provinceByCode,
  provinces,
  REGENCY_CODE,
  regencies,
  regenciesOfProvince,
  regencyByCode,
} from '../../shared/regions/index.js';

const require = createRequire(import.meta.url);

describe('regions of Indonesia', () => {
  it('the generated module is exactly what the installed idn-area-data produces', async () => {
    const { version } = JSON.parse(readFileSync(require.resolve('idn-area-data/package.json'), 'utf8')) as {
      version: string;
    };
    const expected = renderRegionsModule(await loadRegionsSource(), version);
    expect(readFileSync('shared/regions/regions.generated.ts', 'utf8')).toBe(expected);
  });

  it('holds all 38 provinces and 514 regencies/cities with well-formed, unique codes', () => {
    expect(provinces).toHaveLength(38);
    expect(regencies).toHaveLength(514);
    expect(new Set(regencies.map((r) => r.code)).size).toBe(514);
    for (const regency of regencies) {
      expect(regency.code).toMatch(REGENCY_CODE);
      expect(provinceByCode(regency.provinceCode)).toBeDefined();
      expect(regency.code.startsWith(`${regency.provinceCode}.`)).toBe(true);
    }
  });

  it('tells a regency from a city and keeps both Magelangs apart', () => {
    const klaten = regencyByCode('33.10');
    expect(klaten).toMatchObject({ name: 'Kabupaten Klaten', kind: 'kabupaten', shortName: 'Klaten' });
    const kabMagelang = regencyByCode('33.08');
    const kotaMagelang = regencyByCode('33.71');
    expect(kabMagelang?.shortName).toBe(kotaMagelang?.shortName);
    expect(kabMagelang && displayName(kabMagelang)).toBe('Kab. Magelang');
    expect(kotaMagelang && displayName(kotaMagelang)).toBe('Kota Magelang');
    expect(regencyByCode('33.99')).toBeUndefined();
  });

  it('lists a province’s regions (DI Yogyakarta has four regencies and one city)', () => {
    const diy = regenciesOfProvince('34');
    expect(diy.map((r) => r.code)).toEqual(['34.01', '34.02', '34.03', '34.04', '34.71']);
    expect(diy.filter((r) => r.kind === 'kota')).toHaveLength(1);
  });
});
