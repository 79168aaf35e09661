/**
 * Evidence indicators of the regional innovation index (IID). The indicator set changes from year to
 * year, so it is configuration with a version, not schema: an innovation stores which set its
 * evidence answers, and answers are checked against that set when read.
 */
import { z } from 'zod';
import { EntryId } from './fields.js';

export interface EvidenceLevel {
  /** Higher is stronger evidence. */
  score: number;
  label: string;
}

export interface EvidenceIndicator {
  id: string;
  label: string;
  levels: readonly EvidenceLevel[];
}

export interface IndicatorSet {
  version: string;
  indicators: readonly EvidenceIndicator[];
}

/**
 * Only indicators whose levels we have from a source are listed: replication, where a signed
 * cooperation agreement (PKS/MoU) with proof of implementation scores above a signed statement.
 */
export const INDICATOR_SETS: readonly IndicatorSet[] = [
  {
    version: 'iid-2024',
    indicators: [
      {
        id: 'replikasi',
        label: 'Replikasi',
        levels: [
          { score: 1, label: 'Pernyataan replikasi yang ditandatangani' },
          { score: 2, label: 'PKS/MoU replikasi' },
          { score: 3, label: 'PKS/MoU dengan bukti penerapan di daerah replikator' },
        ],
      },
    ],
  },
];

export const EvidenceAnswers = z.object({
  setVersion: z.string().min(1).max(40),
  answers: z.record(
    EntryId,
    z.object({ score: z.number().int().min(0), link: z.string().max(2000), note: z.string().max(2000) }),
  ),
});
export type EvidenceAnswers = z.infer<typeof EvidenceAnswers>;

export function indicatorSet(version: string): IndicatorSet | undefined {
  return INDICATOR_SETS.find((set) => set.version === version);
}

/** Problems of answers against their set: unknown set, unknown indicator, or a score it does not define. */
export function evidenceProblems(evidence: EvidenceAnswers): string[] {
  const set = indicatorSet(evidence.setVersion);
  if (!set) return [`unknown indicator set ${evidence.setVersion}`];
  const problems: string[] = [];
  for (const [id, answer] of Object.entries(evidence.answers)) {
    const indicator = set.indicators.find((candidate) => candidate.id === id);
    if (!indicator) problems.push(`indicator ${id} is not in ${set.version}`);
    else if (!indicator.levels.some((level) => level.score === answer.score)) {
      problems.push(`indicator ${id} has no level ${answer.score}`);
    }
  }
  return problems;
}
