/** A programme as its form edits it (the budget amount may be empty while typing), and back. */
import type { z } from 'zod';
import type { MasterPlan, ProgrammeFields } from '../../../../../shared/model/master-plan';

export type ProgrammeInput = z.infer<typeof ProgrammeFields>;
export type Programme = MasterPlan['programmes'][number];
export type Horizon = ProgrammeInput['horizon'];
export const HORIZONS: readonly Horizon[] = ['satuTahun', 'limaTahun', 'jangkaPanjang'];

export interface ProgrammeValues {
  pillarId: string;
  name: string;
  leadOpd: string;
  rpjmdReference: string;
  horizon: Horizon;
  amount: number | string;
  source: string;
  innovations: string[];
  replicationPlans: string[];
}

export function newProgrammeValues(pillarId: string): ProgrammeValues {
  return {
    pillarId,
    name: '',
    leadOpd: '',
    rpjmdReference: '',
    horizon: 'limaTahun',
    amount: '',
    source: '',
    innovations: [],
    replicationPlans: [],
  };
}

export function programmeValues(programme: Programme): ProgrammeValues {
  return {
    pillarId: programme.pillarId,
    name: programme.name,
    leadOpd: programme.leadOpd,
    rpjmdReference: programme.rpjmdReference,
    horizon: programme.horizon,
    amount: programme.budget.amount ?? '',
    source: programme.budget.source,
    innovations: [...programme.innovations],
    replicationPlans: [...programme.replicationPlans],
  };
}

export function programmeInput(values: ProgrammeValues): ProgrammeInput {
  return {
    pillarId: values.pillarId,
    name: values.name.trim(),
    leadOpd: values.leadOpd.trim(),
    rpjmdReference: values.rpjmdReference.trim(),
    horizon: values.horizon,
    budget: {
      amount: typeof values.amount === 'number' ? values.amount : null,
      source: values.source.trim(),
    },
    innovations: values.innovations,
    replicationPlans: values.replicationPlans,
  };
}
