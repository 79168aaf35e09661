/** What a step lets participants do, in the words the console and its lists use. */
import type { TFunction } from 'i18next';
import type { FgdSession } from '../../../../shared/model/fgd-view';

export type SessionStep = FgdSession['steps'][number];

/** One sentence per rule that applies now: what to do, and what others see. */
export function participantRules(step: SessionStep, t: TFunction): string[] {
  if (step.allow === 'nothing') return [t('fgdConsole.rules.nothing')];
  if (step.allow === 'votes') {
    return [
      t('fgdConsole.rules.votes', { count: step.voteBudget }),
      ...(step.onePerCard ? [t('fgdConsole.rules.onePerCard')] : []),
      t('fgdConsole.rules.tallyHidden'),
    ];
  }
  return [
    t('fgdConsole.rules.cards'),
    t(step.hideUntilReveal ? 'fgdConsole.rules.hidden' : 'fgdConsole.rules.visible'),
    ...(step.anonymous ? [t('fgdConsole.rules.anonymous')] : []),
  ];
}

/** The short badge of a step's kind: "Kartu", "Suara", "Tanpa isian". */
export function allowLabel(step: Pick<SessionStep, 'allow'>, t: TFunction): string {
  return t(`fgdConsole.allow.${step.allow}`);
}
