/** Page object for the app shell: what the top bar says about the connection and who is here. */
import type { Locator, Page } from '@playwright/test';

export class ShellPage {
  /** The connection chip: "Tersambung", "Menyambungkan…" or "Terputus". */
  readonly connection: Locator;
  /** "N orang daring". */
  readonly online: Locator;
  readonly areaName: Locator;

  constructor(readonly page: Page) {
    this.connection = page.locator('header').getByRole('status');
    this.online = page.locator('header').getByText(/orang daring$/);
    this.areaName = page.locator('header .area-name');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }
}
