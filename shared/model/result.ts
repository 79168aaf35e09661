/** Commands return their refusals as values, in words the UI can translate. */
import type { z } from 'zod';
import type { Message, MessageKey, MessageParams } from '../i18n/index.js';

export type Refusal = { ok: false; error: Message };
export type CommandResult<T = void> = { ok: true; value: T } | Refusal;

export function ok(): CommandResult<void>;
export function ok<T>(value: T): CommandResult<T>;
export function ok<T>(value?: T): CommandResult<T | undefined> {
  return { ok: true, value };
}

export function refuse(key: MessageKey, params: MessageParams = {}): Refusal {
  return { ok: false, error: { key, params } };
}

/** Input that failed its schema, named by the first problem's path (e.g. `budget.amount`). */
export function invalidInput(error: z.ZodError): Refusal {
  const issue = error.issues[0];
  return refuse('error.invalidInput', {
    detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : '',
  });
}

/** Parses command input against its schema; a refusal says what was wrong. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.infer<S> } | Refusal {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : invalidInput(parsed.error);
}
