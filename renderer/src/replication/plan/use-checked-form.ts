/**
 * A small form in a dialog (a record, a milestone, a figure) checked with the model's schema: on
 * submit every problem shows next to its input and the first one gets the focus; after that, each
 * change checks again so a mark goes as soon as the input is right.
 */
import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { useMessageText } from '../../app/use-message';
import { type FieldErrors, fieldErrors } from '../../catalog/form-errors';

/** The keys of `V` that hold text. */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export function useCheckedForm<V extends object, S extends z.ZodType>(
  initial: () => V,
  schema: S,
  toInput: (values: V) => unknown,
) {
  const messageText = useMessageText();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const problems = (next: V): FieldErrors => {
    const parsed = schema.safeParse(toInput(next));
    return parsed.success ? {} : fieldErrors(parsed.error.issues);
  };

  const update = (patch: Partial<V>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (Object.keys(errors).length > 0) setErrors(problems(next));
  };

  /** The problem with the input at `path`, in words; undefined when there is none. */
  const errorAt = (path: string): string | undefined => {
    const message = errors[path];
    return message === undefined ? undefined : messageText(message);
  };

  /** Value, error and change handler of a text input bound to `key`. */
  const text = (key: TextKey<V>) => ({
    value: values[key] as string,
    error: errorAt(key),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      // A computed key widens to a string index; `key` is a text key of V, so the patch is one.
      update({ [key]: event.currentTarget.value } as Partial<V>),
  });

  /** The form's submit handler: `onValid` gets the parsed value. */
  const submit = (onValid: (value: z.infer<S>) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      setFocusRequest((count) => count + 1);
      return;
    }
    setErrors({});
    onValid(parsed.data);
  };

  return { values, update, errors, errorAt, text, submit, formRef };
}
