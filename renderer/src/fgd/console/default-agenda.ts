/**
 * The agenda a new session starts with, as most FGDs of the area run: opening and aims, ideas per
 * dimension (hidden until the facilitator reveals them, so nobody anchors on the first card), a
 * dot vote, and decisions. The facilitator edits it in the Agenda tab.
 */
import type { StepFields } from '../../../../shared/model/fgd';

export type DefaultStepKey = 'opening' | 'ideas' | 'priorities' | 'decisions';

const BASE = { hideUntilReveal: false, anonymous: false, voteBudget: 3, onePerCard: false } as const;

const STEPS: readonly {
  key: DefaultStepKey;
  id: string;
  fields: Pick<StepFields, 'minutes' | 'allow'> & Partial<StepFields>;
}[] = [
  { key: 'opening', id: 'pembukaan', fields: { minutes: 10, allow: 'nothing' } },
  { key: 'ideas', id: 'curah-gagasan', fields: { minutes: 20, allow: 'cards', hideUntilReveal: true } },
  { key: 'priorities', id: 'prioritas', fields: { minutes: 10, allow: 'votes', voteBudget: 3 } },
  { key: 'decisions', id: 'keputusan', fields: { minutes: 20, allow: 'nothing' } },
];

/** `text` gives each step's title and instruction in the interface language. */
export function defaultAgenda(
  text: (key: DefaultStepKey, part: 'title' | 'instruction') => string,
): { id: string; fields: StepFields }[] {
  return STEPS.map(({ key, id, fields }, order) => ({
    id,
    fields: { ...BASE, title: text(key, 'title'), instruction: text(key, 'instruction'), order, ...fields },
  }));
}
