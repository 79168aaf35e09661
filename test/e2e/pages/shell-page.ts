/** Page object for the app shell: the header's sync status and presence, the footer's language. */
import type { Locator, Page } from '@playwright/test';

export class ShellPage {
  /** Sync status of the page's own node: "Tersinkron", "Menyinkronkan N perubahan", "Luring"… */
  readonly sync: Locator;
  /** The hub's sync status, when the profile names a hub. */
  readonly hubSync: Locator;
  /** "N orang daring" (or "N online" in English). */
  readonly online: Locator;
  readonly presence: Locator;
  readonly areaName: Locator;
  readonly identity: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.sync = page.locator('header [data-endpoint="primary"]');
    this.hubSync = page.locator('header [data-endpoint="hub"]');
    this.online = page.locator('header .online');
    this.presence = page.getByTestId('presence');
    this.areaName = page.locator('header .area-name');
    this.identity = page.getByTestId('identity');
    this.language = page.locator('footer select');
  }

  /** The avatar of a person who is present, by name. */
  person(name: string): Locator {
    return this.presence.locator(`[data-person="${name}"]`);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }
}
