/**
 * Desktop settings (update feed, upstream hub) in `userData/desktop-settings.json` through lowdb.
 * The file is read with the contract's schema: a hand-edited or damaged file falls back to the
 * defaults field by field instead of stopping the app. No Electron imports: main passes the path.
 */
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import {
  DEFAULT_DESKTOP_SETTINGS,
  type DesktopSettings,
  DesktopSettingsSchema,
} from '../../shared/ipc/contract';

export interface SettingsStore {
  get(): DesktopSettings;
  set(patch: Partial<DesktopSettings>): Promise<DesktopSettings>;
}

export async function openSettingsStore(file: string): Promise<SettingsStore> {
  const db = new Low<unknown>(new JSONFile<unknown>(file), {});
  await db.read();
  let current = sanitizeSettings(db.data);
  return {
    get: () => current,
    async set(patch) {
      const next = DesktopSettingsSchema.parse({ ...current, ...patch });
      db.data = next;
      await db.write();
      current = next;
      return next;
    },
  };
}

/** Keeps each stored field that still passes the schema; the rest take their defaults. */
export function sanitizeSettings(stored: unknown): DesktopSettings {
  const result: DesktopSettings = { ...DEFAULT_DESKTOP_SETTINGS };
  if (typeof stored !== 'object' || stored === null) return result;
  for (const key of Object.keys(DEFAULT_DESKTOP_SETTINGS) as (keyof DesktopSettings)[]) {
    const candidate = DesktopSettingsSchema.safeParse({ ...result, [key]: Reflect.get(stored, key) });
    if (candidate.success) result[key] = candidate.data[key];
  }
  return result;
}
