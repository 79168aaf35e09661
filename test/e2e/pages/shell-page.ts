/** Page object for the app shell: what the top bar says about the connection and who is here. */
import type { Locator, Page } from '@playwright/test';

export class ShellPage {
  /** The connection chip: "Tersambung", "Menyambungkan…" or "Terputus". */
  readonly connection: Locator;
  /** "N orang daring" (or "N online" in English). */
  readonly online: Locator;
  readonly areaName: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.connection = page.locator('header').getByRole('status');
    this.online = page.locator('header .online');
    this.areaName = page.locator('header .area-name');
    this.language = page.locator('footer select');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }
}
