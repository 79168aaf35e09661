/**
 * A new innovation started from an FGD decision: the catalog's form opens at
 * `/katalog/baru?fgd=<session>&keputusan=<decision>`, reads the decision from the session's document
 * (ids in the address, the words from the document, so a reload or a shared link starts the same
 * form), and links the decision back once the innovation is saved.
 */

import { EntryId } from '../../../../shared/model/fields';

const FGD_PARAM = 'fgd';
const DECISION_PARAM = 'keputusan';

export interface DecisionSource {
  fgdId: string;
  decisionId: string;
}

export function innovationFromDecisionPath(source: DecisionSource): string {
  const query = new URLSearchParams({ [FGD_PARAM]: source.fgdId, [DECISION_PARAM]: source.decisionId });
  return `/katalog/baru?${query.toString()}`;
}

/** The decision the form starts from; null when the address names none (or names it wrongly). */
export function decisionSourceOf(params: URLSearchParams): DecisionSource | null {
  const fgdId = params.get(FGD_PARAM) ?? '';
  const decisionId = params.get(DECISION_PARAM) ?? '';
  const valid = EntryId.safeParse(fgdId).success && EntryId.safeParse(decisionId).success;
  return valid ? { fgdId, decisionId } : null;
}

/**
 * A name for the innovation from the decision's first words (at most eight, at most 120 characters,
 * no trailing punctuation): a start the person shortens or rewrites, not a finished title.
 */
export function innovationNameFrom(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 8).join(' ');
  const clipped = words.length > 120 ? words.slice(0, 120) : words;
  return clipped.replace(/[\s.,;:!?…–—-]+$/u, '');
}
