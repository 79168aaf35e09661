/** Page object for first start: one method per step, by what a person sees (labels, roles, text). */
import type { Locator, Page } from '@playwright/test';

export class OnboardingPage {
  readonly heading: Locator;
  readonly next: Locator;
  readonly finishButton: Locator;
  readonly regionSelect: Locator;
  readonly name: Locator;
  readonly hubAddress: Locator;
  readonly hubToken: Locator;
  readonly testHub: Locator;
  readonly demo: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Selamat datang di Rembug' });
    this.next = page.getByRole('button', { name: 'Lanjut' });
    this.finishButton = page.getByRole('button', { name: 'Mulai menggunakan Rembug' });
    this.regionSelect = page.getByRole('combobox', { name: 'Daerah Anda' });
    this.name = page.getByRole('textbox', { name: 'Nama Anda' });
    this.hubAddress = page.getByRole('textbox', { name: 'Alamat hub' });
    this.hubToken = page.getByLabel('Token akses', { exact: true });
    this.testHub = page.getByRole('button', { name: 'Uji koneksi' });
    this.demo = page.getByRole('checkbox', { name: /Muat data contoh/ });
  }

  stepTitle(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name });
  }

  async chooseArea(name: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${name}`) }).click();
    await this.next.click();
  }

  async chooseRegion(search: string, option: string): Promise<void> {
    await this.regionSelect.click();
    await this.regionSelect.fill(search);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async chooseRole(role: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${role}`) }).click();
  }

  async chooseSync(option: 'Hanya node halaman ini' | 'Hubungkan ke hub kawasan'): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${option}`) }).click();
  }
}
