/** Page object for a replication plan (#/replikasi/<adopter>/<plan id>): header, stages, records, milestones, figures. */
import type { Locator, Page } from '@playwright/test';

export interface MilestoneInput {
  title: string;
  ownerOpd: string;
  /** yyyy-mm-dd */
  dueDate: string;
}

export interface FigureInput {
  indicator: string;
  unit: string;
  before: string;
  after: string;
}

export class PlanPage {
  readonly stages: Locator;
  /** The stage the plan is in (or was stopped in). */
  readonly currentStage: Locator;
  readonly nextStage: Locator;
  readonly previousStage: Locator;
  readonly details: Locator;
  readonly saveDetails: Locator;
  readonly letter: Locator;
  readonly agreement: Locator;
  readonly milestones: Locator;
  readonly evaluation: Locator;
  readonly readOnlyNote: Locator;

  constructor(readonly page: Page) {
    this.stages = page.getByRole('list', { name: 'Tahapan rencana replikasi' });
    this.currentStage = this.stages.locator('[aria-current="step"]');
    this.nextStage = page.getByRole('button', { name: 'Lanjut ke tahap berikutnya' });
    this.previousStage = page.getByRole('button', { name: 'Kembali ke tahap sebelumnya' });
    this.details = page.getByRole('region', { name: 'Rincian rencana' });
    this.saveDetails = page.getByRole('button', { name: 'Simpan rincian' });
    this.letter = page.getByRole('region', { name: 'Surat minat replikasi' });
    this.agreement = page.getByRole('region', { name: 'PKS/MoU' });
    this.milestones = page.getByRole('region', { name: 'Tonggak' });
    this.evaluation = page.getByRole('region', { name: 'Evaluasi: angka sebelum dan sesudah' });
    this.readOnlyNote = page.getByText(/^Hanya editor .+ yang dapat mengubah rencana ini\.$/);
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** A notification (saved, refused) with this text. */
  notice(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  milestone(title: string): Locator {
    return this.milestones.getByRole('listitem').filter({ hasText: title });
  }

  async recordLetterOfIntent(number: string, link: string): Promise<void> {
    await this.letter.getByRole('button', { name: 'Catat surat minat' }).click();
    const dialog = this.dialog('Catat surat minat');
    await dialog.getByRole('textbox', { name: 'Nomor' }).fill(number);
    await dialog.getByRole('textbox', { name: 'Lampiran' }).fill(link);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async addMilestone({ title, ownerOpd, dueDate }: MilestoneInput): Promise<void> {
    await this.milestones.getByRole('button', { name: 'Tambah tonggak' }).click();
    const dialog = this.dialog('Tambah tonggak');
    await dialog.getByRole('textbox', { name: 'Kegiatan' }).fill(title);
    const owner = dialog.getByRole('combobox', { name: 'OPD penanggung jawab' });
    await owner.fill(ownerOpd);
    // Leaving the field closes its suggestions without picking one (Escape would close the dialog).
    await owner.press('Tab');
    await dialog.getByLabel('Tenggat').fill(dueDate);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async setMilestoneStatus(title: string, status: string): Promise<void> {
    await this.milestones.getByRole('button', { name: `Ubah tonggak “${title}”` }).click();
    const dialog = this.dialog('Ubah tonggak');
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async removeMilestone(title: string): Promise<void> {
    await this.milestones.getByRole('button', { name: `Hapus tonggak “${title}”` }).click();
    const dialog = this.dialog('Hapus tonggak?');
    await dialog.getByRole('button', { name: 'Hapus', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async addFigure({ indicator, unit, before, after }: FigureInput): Promise<void> {
    await this.evaluation.getByRole('button', { name: 'Tambah angka' }).click();
    const dialog = this.dialog('Tambah angka');
    await dialog.getByRole('textbox', { name: 'Indikator' }).fill(indicator);
    await dialog.getByRole('textbox', { name: 'Satuan' }).fill(unit);
    await dialog.getByRole('textbox', { name: 'Sebelum' }).fill(before);
    await dialog.getByRole('textbox', { name: 'Sesudah' }).fill(after);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}

/** The calendar date `days` from today where the browser runs (same machine, same time zone), yyyy-mm-dd. */
export function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
