/**
 * Zod's problems with a form, as messages a person understands next to the field they concern:
 * "Wajib diisi", "Minimal 3 karakter", "Alamat tautan harus diawali https://". The schema stays the
 * one the model checks, so the form and the model never disagree about what is valid.
 */
import type { z } from 'zod';
import type { Message } from '../../../shared/i18n/index';

/** Field path (`name`, `figures.0.label`) → the first problem with it. */
export type FieldErrors = Readonly<Record<string, Message>>;

/** Lists edited in one input (tag inputs, multi-selects): a problem with one item is the input's. */
const WHOLE_INPUT_LISTS = new Set(['tags', 'urusanIrisan', 'dimensions']);

/** Where a problem is shown: the path of the input it belongs to. */
export function errorPath(path: readonly PropertyKey[]): string {
  const [first] = path;
  if (typeof first === 'string' && WHOLE_INPUT_LISTS.has(first)) return first;
  return path.map(String).join('.');
}

function message(key: Message['key'], params: Message['params'] = {}): Message {
  return { key, params };
}

export function issueMessage(issue: z.core.$ZodIssue): Message {
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? message('formError.required') : message('formError.minLength', { min });
      }
      if (issue.origin === 'array' || issue.origin === 'set') return message('formError.minItems', { min });
      return min === 0 ? message('formError.notNegative') : message('formError.minNumber', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return message('formError.maxLength', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return message('formError.maxItems', { max });
      return message('formError.maxNumber', { max });
    }
    case 'invalid_value':
      return message('formError.choose');
    case 'invalid_type':
      return issue.expected === 'number' ? message('formError.number') : message('formError.required');
    case 'invalid_format':
      if (issue.format === 'url') return message('formError.url');
      if (issue.format === 'email') return message('formError.email');
      if (issue.format === 'date') return message('formError.date');
      return message('formError.invalid');
    case 'invalid_union':
      // Unions in the schema are "an address or nothing": say what the address should look like.
      if (last === 'email') return message('formError.email');
      if (last === 'url') return message('formError.url');
      return message('formError.invalid');
    default:
      return message('formError.invalid');
  }
}

/** The first problem per input, in the schema's order (which is the form's). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const issue of issues) {
    const path = errorPath(issue.path);
    out[path] ??= issueMessage(issue);
  }
  return out;
}

/**
 * Errors after checking the inputs under `prefix` again (on leaving a field): that field's problems
 * are replaced, the others' stay as they were.
 */
export function withFieldChecked(
  current: FieldErrors,
  prefix: string,
  issues: readonly z.core.$ZodIssue[],
): FieldErrors {
  const under = (path: string) => path === prefix || path.startsWith(`${prefix}.`);
  const kept = Object.fromEntries(Object.entries(current).filter(([path]) => !under(path)));
  const fresh = Object.fromEntries(Object.entries(fieldErrors(issues)).filter(([path]) => under(path)));
  return { ...kept, ...fresh };
}
