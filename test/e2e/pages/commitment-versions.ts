/**
 * Page object for a commitment's "Butir komitmen" and "Versi & riwayat" tabs — found the way a person
 * finds them: by section titles, list names and the names of buttons and inputs.
 */
import type { Locator, Page } from '@playwright/test';

export class CommitmentVersionsPage {
  readonly versionName: Locator;
  readonly saveVersion: Locator;
  readonly versions: Locator;
  readonly compare: Locator;
  readonly diff: Locator;
  readonly history: Locator;
  readonly roles: Locator;

  constructor(readonly page: Page) {
    this.versionName = page.getByRole('textbox', { name: 'Nama versi' });
    this.saveVersion = page.getByRole('button', { name: 'Simpan versi' });
    this.versions = page.getByRole('list', { name: 'Daftar versi tersimpan' }).getByRole('listitem');
    this.compare = page.getByRole('region', { name: 'Bandingkan versi' });
    this.diff = this.compare.getByRole('region', { name: /^Perbedaan / });
    this.history = page.getByRole('list', { name: 'Riwayat perubahan komitmen' }).getByRole('listitem');
    this.roles = page.getByRole('region', { name: 'Peran daerah' });
  }

  async open(httpUrl: string, commitmentId: string, tab: '' | 'butir' | 'versi'): Promise<void> {
    await this.page.goto(`${httpUrl}#/komitmen/${commitmentId}${tab === '' ? '' : `/${tab}`}`);
  }

  async showTab(name: 'Naskah' | 'Butir komitmen' | 'Versi & riwayat'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  // --- Items ---

  /** A dimension's section on the items tab ("Smart Governance"). */
  pillar(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  pillarItems(name: string): Locator {
    return this.pillar(name)
      .getByRole('listitem')
      .filter({ has: this.page.getByText(/^Memimpin$/) });
  }

  addItemButton(pillar: string): Locator {
    return this.pillar(pillar).getByRole('button', { name: `Tambah butir di ${pillar}` });
  }

  get itemDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Picks member regions in one of the item form's region inputs by typing part of their names. */
  async pickRegions(label: 'Daerah pemimpin' | 'Daerah pendukung', names: readonly string[]): Promise<void> {
    const input = this.itemDialog.getByRole('combobox', { name: label });
    for (const name of names) {
      await input.click();
      await input.fill(name.replace(/^(Kab\.|Kota) /, ''));
      await this.page.getByRole('option', { name, exact: true }).click();
    }
    // Closes the options list (with nothing picked there is none, and Escape would close the dialog).
    if (names.length > 0) await this.page.keyboard.press('Escape');
  }

  async addItem(
    pillar: string,
    item: {
      title: string;
      lead: readonly string[];
      supporting: readonly string[];
      followUps: readonly string[];
    },
  ): Promise<void> {
    await this.addItemButton(pillar).click();
    const dialog = this.itemDialog;
    await dialog.getByRole('textbox', { name: 'Isi butir komitmen' }).fill(item.title);
    await this.pickRegions('Daerah pemimpin', item.lead);
    await this.pickRegions('Daerah pendukung', item.supporting);
    for (const [index, followUp] of item.followUps.entries()) {
      await dialog.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
      await dialog.getByRole('textbox', { name: `Tindak lanjut ${index + 1}` }).fill(followUp);
    }
    await dialog.getByRole('button', { name: 'Simpan butir' }).click();
  }

  // --- Versions ---

  async saveVersionNamed(name: string): Promise<void> {
    await this.versionName.fill(name);
    await this.saveVersion.click();
  }

  version(name: string): Locator {
    return this.versions.filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async restore(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Pulihkan versi “${name}”` }).click();
    await this.page
      .getByRole('dialog', { name: 'Pulihkan versi ini?' })
      .getByRole('button', { name: 'Pulihkan versi' })
      .click();
  }

  /** Chooses what to compare: a version's name or "Naskah saat ini". */
  async compareFrom(from: string, to: string): Promise<void> {
    for (const [label, value] of [
      ['Dari', from],
      ['Menjadi', to],
    ] as const) {
      await this.compare.getByRole('combobox', { name: label }).click();
      await this.page.getByRole('option', { name: value, exact: true }).click();
    }
  }

  /** The commitment's rich-text editor, when the text tab has one. */
  get editor(): Locator {
    return this.page.locator('.ProseMirror');
  }
}
