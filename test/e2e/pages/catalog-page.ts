/** Page object for the innovation catalog list (#/katalog): search, filters, count and rows. */
import type { Locator, Page } from '@playwright/test';

export class CatalogPage {
  readonly search: Locator;
  /** "N inovasi" / "N dari M inovasi"; `data-count` holds N. */
  readonly count: Locator;
  readonly rows: Locator;
  readonly cards: Locator;
  readonly filterButton: Locator;
  readonly filterPanel: Locator;
  readonly addButton: Locator;
  readonly clearFilters: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('catalog-search');
    this.count = page.getByTestId('catalog-count');
    this.rows = page.getByTestId('catalog-row');
    this.cards = page.getByTestId('catalog-card');
    this.filterButton = page.getByRole('button', { name: /^Filter/ });
    this.filterPanel = page.getByRole('dialog', { name: 'Saring katalog' });
    this.addButton = page.getByRole('link', { name: 'Tambah inovasi' });
    this.clearFilters = page.getByRole('button', { name: 'Hapus semua filter' }).first();
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#/katalog${query}`);
  }

  row(key: string): Locator {
    return this.page.locator(`[data-testid="catalog-row"][data-key="${key}"]`);
  }

  /** Chooses regions in the filter panel and closes it with its "Tampilkan N inovasi" button. */
  async filterByRegions(names: readonly string[]): Promise<void> {
    await this.filterButton.click();
    const regions = this.filterPanel.getByRole('combobox', { name: 'Daerah' });
    for (const name of names) {
      await regions.click();
      await regions.fill(name);
      await this.page.getByRole('option', { name, exact: true }).click();
    }
    await this.filterPanel.getByRole('button', { name: /^Tampilkan \d+ inovasi$/ }).click();
    await this.filterPanel.waitFor({ state: 'hidden' });
  }
}
