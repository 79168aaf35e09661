/**
 * Reading values a peer wrote. Anything that does not match its schema — from a buggy or hostile
 * client — is reported with the document and key, and skipped; a read never throws into the UI.
 */

import type * as Y from 'yjs';
import type { z } from 'zod';

export interface ReadProblem {
  doc: string;
  key: string;
  problem: string;
}

export type ReportProblem = (problem: ReadProblem) => void;

export function readValue<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: { doc: string; key: string },
  report: ReportProblem,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  report({ ...where, problem: issue ? `${issue.path.join('.') || '(value)'}: ${issue.message}` : 'invalid' });
  return undefined;
}

/** Every entry of the doc's top-level map `mapName` that validates, keyed as in the map. */
export function readEntries<S extends z.ZodType>(
  ydoc: Y.Doc,
  mapName: string,
  schema: S,
  docName: string,
  report: ReportProblem,
): Map<string, z.infer<S>> {
  const out = new Map<string, z.infer<S>>();
  for (const [key, value] of ydoc.getMap<unknown>(mapName).entries()) {
    const valid = readValue(schema, value, { doc: docName, key: `${mapName}/${key}` }, report);
    if (valid !== undefined) out.set(key, valid);
  }
  return out;
}
