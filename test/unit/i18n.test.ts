import { describe, expect, it } from 'vitest';
import { catalogs, translate } from '../../shared/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('Indonesian and English have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.id).sort());
    for (const [key, text] of Object.entries(catalogs.id)) {
      const english = catalogs.en[key as keyof typeof catalogs.en];
      expect(text.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('id', { key: 'error.unknownRegion', params: { code: '99.99' } })).toBe(
      'Kode daerah 99.99 tidak dikenal dalam daftar Kemendagri.',
    );
    expect(translate('en', { key: 'error.unknownRegion', params: {} })).toBe(
      'Region code {{code}} is not in the Kemendagri list.',
    );
  });
});
