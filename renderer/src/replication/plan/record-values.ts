/**
 * The formal records' forms and their way to and from the plan: the letter of intent (number, date,
 * attachment link) and the PKS/MoU (number, date, parties). The model's schema decides validity.
 */
import type { z } from 'zod';
import { PlanFields } from '../../../../shared/model/replication-plan';
import { rowKey } from '../../catalog/innovation-form-values';

export const LetterOfIntent = PlanFields.shape.letterOfIntent.unwrap();
export type LetterOfIntent = z.infer<typeof LetterOfIntent>;
export const Agreement = PlanFields.shape.agreement.unwrap();
export type Agreement = z.infer<typeof Agreement>;

export interface LetterValues {
  number: string;
  /** yyyy-mm-dd from a native date input; '' when not set. */
  date: string;
  link: string;
}

/** Parties are rows with a key of their own so React keeps focus on the right one. */
export interface PartyRow {
  key: string;
  name: string;
}

export interface AgreementValues {
  number: string;
  date: string;
  parties: PartyRow[];
}

export function letterValuesOf(letter: LetterOfIntent | null, today: string): LetterValues {
  return letter ? { ...letter } : { number: '', date: today, link: '' };
}

export function letterInput(values: LetterValues): unknown {
  return { ...values, link: values.link.trim() };
}

export const partyRow = (name: string): PartyRow => ({ key: rowKey(), name });

/** A new agreement starts from `defaultParties` (the two regions' governments). */
export function agreementValuesOf(
  agreement: Agreement | null,
  today: string,
  defaultParties: readonly string[],
): AgreementValues {
  const names = agreement ? agreement.parties : defaultParties;
  return { number: agreement?.number ?? '', date: agreement?.date ?? today, parties: names.map(partyRow) };
}

export function agreementInput(values: AgreementValues): unknown {
  return { number: values.number, date: values.date, parties: values.parties.map((party) => party.name) };
}

/** An attachment opens in a new tab only over the web: any other scheme is shown, not followed. */
export function isWebLink(link: string): boolean {
  if (!URL.canParse(link)) return false;
  const { protocol } = new URL(link);
  return protocol === 'https:' || protocol === 'http:';
}
