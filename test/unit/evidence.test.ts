import { describe, expect, it } from 'vitest';
import { evidenceProblems, INDICATOR_SETS, indicatorSet } from '../../shared/model/evidence.js';

describe('evidence indicators', () => {
  it('are versioned sets; replication ranks an agreement with proof above a signed statement', () => {
    const set = indicatorSet('iid-2024');
    const replikasi = set?.indicators.find((i) => i.id === 'replikasi');
    const score = (label: RegExp) => replikasi?.levels.find((l) => label.test(l.label))?.score ?? 0;
    expect(score(/bukti penerapan/)).toBeGreaterThan(score(/^Pernyataan/));
    expect(new Set(INDICATOR_SETS.map((s) => s.version)).size).toBe(INDICATOR_SETS.length);
  });

  it('checks answers against the set they name', () => {
    const answer = { score: 3, link: 'https://example.go.id/pks.pdf', note: '' };
    expect(evidenceProblems({ setVersion: 'iid-2024', answers: { replikasi: answer } })).toEqual([]);
    expect(
      evidenceProblems({ setVersion: 'iid-2024', answers: { replikasi: { ...answer, score: 7 } } }),
    ).toEqual(['indicator replikasi has no level 7']);
    expect(evidenceProblems({ setVersion: 'iid-2024', answers: { kecepatan: answer } })).toEqual([
      'indicator kecepatan is not in iid-2024',
    ]);
    expect(evidenceProblems({ setVersion: 'iid-1999', answers: {} })).toEqual([
      'unknown indicator set iid-1999',
    ]);
  });
});
