/**
 * The person using this device and where they work: area, region, name, role, and the area hub they
 * sync with (if any). Chosen once on first start, kept per device, changeable in the settings.
 *
 * Stored in the renderer's localStorage: the same code path in Electron (persistent per user profile)
 * and in a browser. Parsed on every load, so a hand-edited or outdated value sends the person back to
 * the first-start screen instead of crashing the app.
 */
import { z } from 'zod';
import { RegionCode } from '../../../shared/model/fields';
import { Role } from '../../../shared/model/identity';
import { AREA_PRESETS, type AreaPreset, DEFAULT_PILLARS } from '../../../shared/model/presets';

const STORAGE_KEY = 'rembug.profile.v1';

export const AreaChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), presetId: z.string() }),
  z.object({
    kind: z.literal('custom'),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
    name: z.string().trim().min(3).max(80),
    members: z.array(RegionCode).min(1).max(600),
  }),
]);
export type AreaChoice = z.infer<typeof AreaChoice>;

export const Profile = z.object({
  area: AreaChoice,
  name: z.string().trim().min(1).max(120),
  region: RegionCode.nullable(),
  role: Role,
  /** The area hub to sync with besides this device's own store; null: this device only. */
  hub: z.object({ url: z.string().regex(/^wss?:\/\/[^/?#\s]+$/), token: z.string().max(512) }).nullable(),
});
export type Profile = z.infer<typeof Profile>;

/** The area definition a profile points at: a preset, or the members the person chose. */
export function areaPreset(choice: AreaChoice): AreaPreset | undefined {
  if (choice.kind === 'preset') return AREA_PRESETS.find((preset) => preset.id === choice.presetId);
  return { id: choice.id, name: choice.name, members: choice.members, groups: [], pillars: DEFAULT_PILLARS };
}

export function loadProfile(storage: Pick<Storage, 'getItem'> = window.localStorage): Profile | null {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    console.warn('profile storage unavailable', error);
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = Profile.safeParse(JSON.parse(raw));
    if (parsed.success && areaPreset(parsed.data.area)) return parsed.data;
    console.warn('stored profile is not valid; asking again', parsed.error?.message);
  } catch (error) {
    console.warn('stored profile is not JSON; asking again', error);
  }
  return null;
}

export function saveProfile(profile: Profile, storage: Pick<Storage, 'setItem'> = window.localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(Profile.parse(profile)));
}

export function clearProfile(storage: Pick<Storage, 'removeItem'> = window.localStorage): void {
  storage.removeItem(STORAGE_KEY);
}
