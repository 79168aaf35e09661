import type { StepFields } from '../../../../shared/model/fgd';

/**
 * A new agenda step as the step dialog proposes it: ten minutes of cards kept hidden until the
 * reveal (so nobody anchors on the first card), and three votes each should it become a vote.
 */
export function newStepFields(order: number): StepFields {
  return {
    title: '',
    instruction: '',
    minutes: 10,
    allow: 'cards',
    hideUntilReveal: true,
    anonymous: false,
    voteBudget: 3,
    onePerCard: false,
    order,
  };
}
