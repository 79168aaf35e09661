import { describe, expect, it } from 'vitest';
import {
  detailsInput,
  detailsPatch,
  detailsValuesOf,
  differingDetails,
  followRemoteDetails,
  PlanDetails,
} from '../../renderer/src/replication/plan/plan-details-values.js';
import {
  agreementInput,
  agreementValuesOf,
  isWebLink,
  letterInput,
  letterValuesOf,
} from '../../renderer/src/replication/plan/record-values.js';
import { PlanFields } from '../../shared/model/replication-plan.js';

const stored = {
  facilitator: 'Tenaga ahli Kominfo',
  adaptation: 'sebagian' as const,
  budget: { amount: 150_000_000, source: 'APBD' },
  rpjmdReference: 'RPJMD 2021–2026',
  risks: 'SDM.',
  supportRequested: 'Pendampingan teknis.',
};

describe('plan details form', () => {
  it('round-trips a plan through the form unchanged, and an empty amount means "not known"', () => {
    const values = detailsValuesOf(stored);
    expect(PlanDetails.parse(detailsInput(values))).toEqual(stored);
    const unknown = { ...values, budget: { amount: '', source: 'APBD' } };
    expect(PlanDetails.parse(detailsInput(unknown)).budget).toEqual({ amount: null, source: 'APBD' });
  });

  it('a save patches only the keys that changed', () => {
    const values = detailsValuesOf(stored);
    const edited = {
      ...values,
      risks: 'SDM dan anggaran.',
      budget: { ...values.budget, amount: 200_000_000 },
    };
    expect(differingDetails(edited, values)).toEqual(['budget', 'risks']);
    expect(detailsPatch(PlanDetails.parse(detailsInput(edited)), stored)).toEqual({
      budget: { amount: 200_000_000, source: 'APBD' },
      risks: 'SDM dan anggaran.',
    });
    expect(detailsPatch(PlanDetails.parse(detailsInput(values)), stored)).toEqual({});
  });

  it('the schema is the model’s: a negative budget is refused at the amount', () => {
    const values = { ...detailsValuesOf(stored), budget: { amount: -5, source: 'APBD' } };
    const parsed = PlanDetails.safeParse(detailsInput(values));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['budget', 'amount']);
  });

  it('a colleague’s save shows in untouched fields; touched ones keep the input', () => {
    const base = detailsValuesOf(stored);
    const mine = { ...base, facilitator: 'Pendamping baru' };
    const remote = detailsValuesOf({ ...stored, facilitator: 'Dari jauh', risks: 'Risiko baru.' });
    const next = followRemoteDetails(mine, base, remote);
    expect(next.facilitator).toBe('Pendamping baru');
    expect(next.risks).toBe('Risiko baru.');
  });
});

describe('formal record forms', () => {
  it('a new letter of intent is dated today and its link is trimmed', () => {
    const values = letterValuesOf(null, '2026-03-01');
    expect(values).toEqual({ number: '', date: '2026-03-01', link: '' });
    const filled = { ...values, number: '500/12/2026', link: ' https://arsip.klatenkab.go.id/surat.pdf ' };
    expect(PlanFields.shape.letterOfIntent.parse(letterInput(filled))).toEqual({
      number: '500/12/2026',
      date: '2026-03-01',
      link: 'https://arsip.klatenkab.go.id/surat.pdf',
    });
  });

  it('a new agreement starts between the given parties and needs two', () => {
    const values = agreementValuesOf(null, '2026-03-01', [
      'Pemerintah Kab. Boyolali',
      'Pemerintah Kab. Klaten',
    ]);
    expect(values.parties.map((party) => party.name)).toEqual([
      'Pemerintah Kab. Boyolali',
      'Pemerintah Kab. Klaten',
    ]);
    expect(new Set(values.parties.map((party) => party.key)).size).toBe(2);
    const one = { ...values, number: '119/PKS/2026', parties: values.parties.slice(0, 1) };
    const parsed = PlanFields.shape.agreement.safeParse(agreementInput(one));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['parties']);
  });

  it('an existing agreement fills the form', () => {
    const agreement = { number: '119/PKS/2026', date: '2026-04-02', parties: ['A', 'B', 'C'] };
    expect(agreementInput(agreementValuesOf(agreement, '2026-05-01', []))).toEqual(agreement);
  });

  it('only web links are followed', () => {
    expect(isWebLink('https://arsip.go.id/a.pdf')).toBe(true);
    expect(isWebLink('http://10.0.0.5/a.pdf')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('bukan tautan')).toBe(false);
  });
});
