/** Field schemas every document kind uses. */
import { z } from 'zod';

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);

/** Kemendagri region code `PP.RR`, e.g. `33.10`. */
export const RegionCode = z.string().regex(/^\d{2}\.\d{2}$/);

/** Key of an entry within a document: stable, URL- and file-safe. */
export const EntryId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'lower-case letters, digits and dashes, starting with a letter or digit',
  );
