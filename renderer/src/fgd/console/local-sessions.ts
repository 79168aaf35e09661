/**
 * Sessions a facilitator started on this device. The area's index of sessions is the coordinators'
 * to write (shared/model/area.ts), so a facilitator's new session is remembered here and listed
 * beside the index until a coordinator lists it for the whole area.
 */
import { z } from 'zod';
import { EntryId } from '../../../../shared/model/fields';

const STORAGE_KEY = 'rembug.fgd.local.v1';

export const LocalSession = z.object({ id: EntryId, title: z.string().min(1).max(200), date: z.iso.date() });
export type LocalSession = z.infer<typeof LocalSession>;

const Stored = z.record(z.string(), z.array(LocalSession));

function readAll(): z.infer<typeof Stored> {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw === null) return {};
  try {
    const parsed = Stored.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    console.warn('ignored an unreadable list of local FGD sessions', parsed.error.message);
  } catch (error) {
    console.warn('ignored an unreadable list of local FGD sessions', error);
  }
  return {};
}

export function localSessions(areaId: string): LocalSession[] {
  return readAll()[areaId] ?? [];
}

export function rememberLocalSession(areaId: string, session: LocalSession): void {
  const all = readAll();
  const list = (all[areaId] ?? []).filter((entry) => entry.id !== session.id);
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...all, [areaId]: [...list, session] }));
}
