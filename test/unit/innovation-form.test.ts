import { describe, expect, it } from 'vitest';
import { fieldErrors, withFieldChecked } from '../../renderer/src/catalog/form-errors.js';
import {
  changedFields,
  emptyFigure,
  emptyFormValues,
  emptyLink,
  fieldsInput,
  followRemote,
  formValuesOf,
  newInnovationId,
} from '../../renderer/src/catalog/innovation-form-values.js';
import { translate } from '../../shared/i18n/index.js';
import { EntryId } from '../../shared/model/fields.js';
import { InnovationFields } from '../../shared/model/innovation.js';

const klatenInnovation: InnovationFields = {
  name: 'SiTani',
  opd: 'Dinas Pertanian',
  initiatorKind: 'perangkatDaerah',
  initiatorName: '',
  stage: 'penerapan',
  digital: true,
  form: 'pelayananPublik',
  urusan: 'Pertanian',
  urusanIrisan: [],
  dimensions: ['economy'],
  tags: ['petani'],
  trialDate: '2015-06-05',
  implementationDate: null,
  summary: 'Layanan data petani.',
  design: '',
  goal: '',
  benefit: '',
  results: '',
  figures: [{ label: 'Petani terdata', before: 3610, after: 8160, unit: 'orang' }],
  budget: { amount: 150_000_000, source: 'APBD' },
  contacts: [],
  links: [{ label: 'Profil', url: 'https://klatenkab.go.id/' }],
  status: 'berlanjut',
};

function problemsOf(values: ReturnType<typeof emptyFormValues>): Record<string, string> {
  const parsed = InnovationFields.safeParse(fieldsInput(values));
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrors(parsed.error.issues)).map(([path, message]) => [
      path,
      translate('id', message),
    ]),
  );
}

describe('innovation form', () => {
  it('says in Indonesian what is wrong, next to the input it concerns', () => {
    const values = {
      ...emptyFormValues(),
      name: 'SI',
      tags: ['ok', ''],
      figures: [{ ...emptyFigure(), label: 'Penjualan', before: '', after: 10 }],
      budget: { amount: -5, source: '' },
      contacts: [{ key: 'c', name: 'Humas', phone: '', email: 'bukan-email' }],
      links: [{ ...emptyLink(), label: 'Situs', url: 'klatenkab.go.id' }],
    };
    expect(problemsOf(values)).toEqual({
      name: 'Minimal 3 karakter',
      opd: 'Minimal 2 karakter',
      urusan: 'Minimal 2 karakter',
      dimensions: 'Pilih minimal 1',
      tags: 'Wajib diisi',
      'figures.0.before': 'Isi dengan angka',
      'budget.amount': 'Tidak boleh negatif',
      'contacts.0.email': 'Alamat email tidak valid',
      'links.0.url': 'Alamat tautan harus diawali https://',
    });
  });

  it('reads an innovation into the form and back unchanged', () => {
    const parsed = InnovationFields.safeParse(fieldsInput(formValuesOf(klatenInnovation)));
    expect(parsed.success && parsed.data).toEqual(klatenInnovation);
    // Empty inputs mean "not recorded", not an empty value.
    const input = fieldsInput({
      ...formValuesOf(klatenInnovation),
      trialDate: '',
      budget: { amount: '', source: '' },
    });
    expect(input.trialDate).toBeNull();
    expect(input.budget).toEqual({ amount: null, source: '' });
  });

  it('re-checks only the field that was left', () => {
    const before = {
      name: { key: 'formError.required', params: {} },
      opd: { key: 'formError.required', params: {} },
    } as const;
    const values = { ...emptyFormValues(), name: 'SiTani' };
    const parsed = InnovationFields.safeParse(fieldsInput(values));
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(Object.keys(withFieldChecked(before, 'name', issues))).toEqual(['opd']);
  });

  it('sends only the fields an edit changed', () => {
    const edited = { ...klatenInnovation, name: 'SiTani Plus', figures: [...klatenInnovation.figures] };
    expect(changedFields(edited, klatenInnovation)).toEqual({ name: 'SiTani Plus' });
    expect(changedFields(klatenInnovation, klatenInnovation)).toEqual({});
  });

  it('lets untouched fields follow a colleague’s save and keeps what this person typed', () => {
    const base = formValuesOf(klatenInnovation);
    const typing = { ...base, summary: 'Ringkasan baru dari saya.' };
    const remote = formValuesOf({ ...klatenInnovation, summary: 'Ringkasan rekan.', status: 'vakum' });
    const next = followRemote(typing, base, remote);
    expect(next.summary).toBe('Ringkasan baru dari saya.');
    expect(next.status).toBe('vakum');
  });

  it('makes ids from the name that EntryId accepts, with a random suffix', () => {
    const random = () => 0.5;
    expect(newInnovationId('Sistem Informasi Désa — Klaten!', random)).toBe(
      'sistem-informasi-desa-klaten-i0000',
    );
    expect(newInnovationId('!!!', random)).toBe('inovasi-i0000');
    const long = newInnovationId('a'.repeat(200));
    expect(EntryId.safeParse(long).success).toBe(true);
    expect(newInnovationId('SiTani')).not.toBe(newInnovationId('SiTani'));
  });
});
