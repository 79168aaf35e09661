import { describe, expect, it } from 'vitest';
import {
  type AreaPreset,
  DEFAULT_PILLARS,
  KSPN_BOROBUDUR,
  presetProblems,
} from '../../shared/model/presets.js';
import { displayName, regencyByCode } from '../../shared/regions/index.js';

describe('area presets', () => {
  it('KSPN Borobudur has its 25 signatories, all known regions, Surakarta first', () => {
    expect(KSPN_BOROBUDUR.members).toHaveLength(25);
    expect(presetProblems(KSPN_BOROBUDUR)).toEqual([]);
    expect(regencyByCode(KSPN_BOROBUDUR.members[0] ?? '')?.name).toBe('Kota Surakarta');
    // Both Magelangs: the regency where the temple stands, and the city.
    const names = KSPN_BOROBUDUR.members.map((code) => {
      const regency = regencyByCode(code);
      return regency ? displayName(regency) : code;
    });
    expect(names).toContain('Kab. Magelang');
    expect(names).toContain('Kota Magelang');
    expect(names).toContain('Kab. Pacitan');
  });

  it('defaults to the six dimensions of the Kominfo guide', () => {
    expect(KSPN_BOROBUDUR.pillars.map((pillar) => pillar.name)).toEqual([
      'Smart Governance',
      'Smart Branding',
      'Smart Economy',
      'Smart Living',
      'Smart Society',
      'Smart Environment',
    ]);
  });

  it('reports unknown codes, duplicates and groups reaching outside the area', () => {
    const broken: AreaPreset = {
      id: 'x',
      name: 'X',
      members: ['33.10', '33.10', '99.99'],
      groups: [{ id: 'g', name: 'G', members: ['33.72'] }],
      pillars: [...DEFAULT_PILLARS, { id: 'governance', name: 'Again' }],
    };
    expect(presetProblems(broken)).toEqual([
      'duplicate member codes',
      'unknown region code 99.99',
      'group g: 33.72 is not a member of the area',
      'duplicate pillar ids',
    ]);
  });
});
