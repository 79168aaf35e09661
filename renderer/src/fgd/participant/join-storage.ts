/**
 * The participant's join, kept for this browser tab (sessionStorage): a reload stays in the session,
 * closing the tab forgets it. Parsed on read like anything that crossed a boundary.
 */
import { JoinCode, JoinResult } from '../../../../shared/sync/fgd-hosting';

const STORAGE_KEY = 'rembug.fgdJoin.v1';

export function loadJoin(storage: Pick<Storage, 'getItem'> = window.sessionStorage): JoinResult | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  try {
    const parsed = JoinResult.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    console.warn('stored FGD join is not valid; asking again', parsed.error.message);
  } catch (error) {
    console.warn('stored FGD join is not JSON; asking again', error);
  }
  return null;
}

export function saveJoin(join: JoinResult, storage: Pick<Storage, 'setItem'> = window.sessionStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(join));
}

export function forgetJoin(storage: Pick<Storage, 'removeItem'> = window.sessionStorage): void {
  storage.removeItem(STORAGE_KEY);
}

/** The code in a join link (`#/ikut?kode=123456`), or '' when it has none or not a valid one. */
export function codeFromHash(hash: string): string {
  const query = hash.split('?')[1] ?? '';
  const code = new URLSearchParams(query).get('kode') ?? '';
  return JoinCode.safeParse(code).success ? code : '';
}
