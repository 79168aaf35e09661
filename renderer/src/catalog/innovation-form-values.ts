/**
 * The innovation form's state and its way to and from InnovationFields: inputs hold what a person
 * typed (empty strings, a number input's text), the schema decides whether that is an innovation.
 * Also: which fields an edit changed (the patch) and a new entry's id.
 */
import { EntryId } from '../../../shared/model/fields';
import { InnovationFields } from '../../../shared/model/innovation';

export type FieldName = keyof InnovationFields;

/** Number inputs give a number, or their text while it is not one (empty, "-"). */
type NumberValue = number | string;

/** Repeatable rows carry a key of their own so React keeps focus on the right row. */
export interface FigureRow {
  key: string;
  label: string;
  before: NumberValue;
  after: NumberValue;
  unit: string;
}
export interface ContactRow {
  key: string;
  name: string;
  phone: string;
  email: string;
}
export interface LinkRow {
  key: string;
  label: string;
  url: string;
}

export interface InnovationFormValues {
  name: string;
  opd: string;
  initiatorKind: InnovationFields['initiatorKind'] | null;
  initiatorName: string;
  stage: InnovationFields['stage'] | null;
  digital: boolean;
  form: InnovationFields['form'] | null;
  urusan: string;
  urusanIrisan: string[];
  dimensions: string[];
  tags: string[];
  /** yyyy-mm-dd from a native date input; '' when not set. */
  trialDate: string;
  implementationDate: string;
  summary: string;
  design: string;
  goal: string;
  benefit: string;
  results: string;
  figures: FigureRow[];
  budget: { amount: NumberValue; source: string };
  contacts: ContactRow[];
  links: LinkRow[];
  status: InnovationFields['status'] | null;
}

/** In the schema's order (the order differingFields reports them in). */
export const FIELD_NAMES: readonly FieldName[] = InnovationFields.keyof().options;

let rowCounter = 0;
export function rowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export const emptyFigure = (): FigureRow => ({ key: rowKey(), label: '', before: '', after: '', unit: '' });
export const emptyContact = (): ContactRow => ({ key: rowKey(), name: '', phone: '', email: '' });
export const emptyLink = (): LinkRow => ({ key: rowKey(), label: '', url: '' });

/** A new innovation: the choices most entries have are preset, everything else is to be filled. */
export function emptyFormValues(): InnovationFormValues {
  return {
    name: '',
    opd: '',
    initiatorKind: 'perangkatDaerah',
    initiatorName: '',
    stage: 'inisiatif',
    digital: false,
    form: 'pelayananPublik',
    urusan: '',
    urusanIrisan: [],
    dimensions: [],
    tags: [],
    trialDate: '',
    implementationDate: '',
    summary: '',
    design: '',
    goal: '',
    benefit: '',
    results: '',
    figures: [],
    budget: { amount: '', source: '' },
    contacts: [],
    links: [],
    status: 'berlanjut',
  };
}

export function formValuesOf(fields: InnovationFields): InnovationFormValues {
  return {
    ...fields,
    urusanIrisan: [...fields.urusanIrisan],
    dimensions: [...fields.dimensions],
    tags: [...fields.tags],
    trialDate: fields.trialDate ?? '',
    implementationDate: fields.implementationDate ?? '',
    figures: fields.figures.map((figure) => ({ key: rowKey(), ...figure })),
    budget: { amount: fields.budget.amount ?? '', source: fields.budget.source },
    contacts: fields.contacts.map((contact) => ({ key: rowKey(), ...contact })),
    links: fields.links.map((link) => ({ key: rowKey(), ...link })),
  };
}

/** What the schema is asked about: the inputs' values with the form's own bookkeeping removed. */
export function fieldsInput(values: InnovationFormValues): Record<FieldName, unknown> {
  return {
    ...values,
    trialDate: values.trialDate === '' ? null : values.trialDate,
    implementationDate: values.implementationDate === '' ? null : values.implementationDate,
    figures: values.figures.map(({ key: _key, ...figure }) => figure),
    budget: {
      amount: values.budget.amount === '' ? null : values.budget.amount,
      source: values.budget.source,
    },
    contacts: values.contacts.map(({ key: _key, ...contact }) => contact),
    links: values.links.map(({ key: _key, ...link }) => ({ ...link, url: link.url.trim() })),
  };
}

/** Fields whose input differs between two states of the form (what a person has touched). */
export function differingFields(a: InnovationFormValues, b: InnovationFormValues): FieldName[] {
  const left = fieldsInput(a);
  const right = fieldsInput(b);
  return FIELD_NAMES.filter((field) => JSON.stringify(left[field]) !== JSON.stringify(right[field]));
}

/**
 * The fields an edit changed, and only those: the model then keeps whatever others changed in the
 * other fields meanwhile.
 */
export function changedFields(next: InnovationFields, base: InnovationFields): Partial<InnovationFields> {
  const patch: Partial<InnovationFields> = {};
  for (const field of FIELD_NAMES) {
    if (JSON.stringify(next[field]) !== JSON.stringify(base[field])) copyField(patch, next, field);
  }
  return patch;
}

function copyField<T extends object, K extends keyof T>(target: Partial<T>, source: T, field: K): void {
  target[field] = source[field];
}

/**
 * Another person's save while this form is open: fields this person has not touched follow it, the
 * ones they changed keep their input (theirs is saved over it, field by field).
 */
export function followRemote(
  values: InnovationFormValues,
  base: InnovationFormValues,
  remote: InnovationFormValues,
): InnovationFormValues {
  const touched = new Set(differingFields(values, base));
  const next: InnovationFormValues = { ...values };
  for (const field of FIELD_NAMES) if (!touched.has(field)) copyField(next, remote, field);
  return next;
}

/** Keeps what EntryId allows: lower-case latin letters, digits, single dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A new entry's id: readable from its name, with a random suffix so that two regions' editors (or
 * two of one region's) adding the same name at once do not collide.
 */
export function newInnovationId(name: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0');
  const base = slugify(name).slice(0, 50).replace(/-+$/, '') || 'inovasi';
  const id = `${base}-${suffix}`;
  // The slug rules above are EntryId's; this only guards against the two drifting apart.
  return EntryId.safeParse(id).success ? id : `inovasi-${suffix}`;
}
