/** Commands return their refusals as values, in words the UI can translate. */
import type { Message, MessageKey, MessageParams } from '../i18n/index.js';

export type CommandResult<T = void> = { ok: true; value: T } | { ok: false; error: Message };

export function ok(): CommandResult<void>;
export function ok<T>(value: T): CommandResult<T>;
export function ok<T>(value?: T): CommandResult<T | undefined> {
  return { ok: true, value };
}

export function refuse(key: MessageKey, params: MessageParams = {}): { ok: false; error: Message } {
  return { ok: false, error: { key, params } };
}
