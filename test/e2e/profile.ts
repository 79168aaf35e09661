/**
 * Starts a browser context as a person who already went through first start: the profile the
 * renderer keeps in localStorage is written before any page script runs.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Profile } from '../../renderer/src/data/profile';

export const KLATEN_EDITOR: Profile = {
  area: { kind: 'preset', presetId: 'kspn-borobudur' },
  name: 'Sri Wahyuni',
  region: '33.10',
  role: 'regionEditor',
  hub: null,
};

export const MAGELANG_EDITOR: Profile = {
  area: { kind: 'preset', presetId: 'kspn-borobudur' },
  name: 'Bagus Prasetyo',
  region: '33.08',
  role: 'regionEditor',
  hub: null,
};

export async function useProfile(target: BrowserContext | Page, profile: Profile): Promise<void> {
  await target.addInitScript((value) => {
    window.localStorage.setItem('rembug.profile.v1', value);
  }, JSON.stringify(profile));
}

/** An area coordinator who acts for no region (finalises and reopens commitments). */
export const AREA_COORDINATOR: Profile = {
  area: { kind: 'preset', presetId: 'kspn-borobudur' },
  name: 'Dewi Lestari',
  region: null,
  role: 'coordinator',
  hub: null,
};

/** An FGD facilitator (tenaga ahli) who acts for no region: runs sessions, writes no area index. */
export const FACILITATOR: Profile = {
  area: { kind: 'preset', presetId: 'kspn-borobudur' },
  name: 'Rina Hapsari',
  region: null,
  role: 'facilitator',
  hub: null,
};
