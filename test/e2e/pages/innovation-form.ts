/** Filling the innovation form as a person does, for specs that need an innovation made through the UI. */
import type { Page } from '@playwright/test';

/** Fills what a new innovation needs besides its name. */
export async function fillRequired(page: Page): Promise<void> {
  await page
    .getByRole('textbox', { name: 'Perangkat daerah (OPD)' })
    .fill('Dinas Komunikasi dan Informatika');
  await page
    .getByRole('combobox', { name: 'Urusan pemerintahan', exact: true })
    .fill('Komunikasi dan Informatika');
  // The box drawn around the empty multi-select takes the click, as it does for a person.
  await page.getByRole('combobox', { name: 'Dimensi smart city' }).click({ force: true });
  await page.getByRole('option', { name: 'Smart Governance' }).click();
  await page.keyboard.press('Escape');
}

/** Adds an innovation through the form (without a page load: the node may be down) and waits for its page. */
export async function addInnovation(page: Page, name: string): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/katalog/baru';
  });
  await page.getByRole('textbox', { name: 'Nama inovasi' }).fill(name);
  await fillRequired(page);
  await page.getByRole('button', { name: 'Simpan inovasi' }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}
