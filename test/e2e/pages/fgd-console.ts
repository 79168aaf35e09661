/**
 * Page object for the facilitator console: the FGD list and its create dialog, a session's tabs
 * (run, agenda, attendance, decisions) and their dialogs — found the way a person finds them, by
 * their names.
 */
import type { Locator, Page } from '@playwright/test';

export class FgdConsole {
  readonly createButton: Locator;
  readonly createDialog: Locator;
  readonly readOnlyHint: Locator;
  readonly currentStep: Locator;
  readonly timer: Locator;
  readonly runAgenda: Locator;
  readonly agendaList: Locator;
  readonly addStep: Locator;
  readonly stepDialog: Locator;
  readonly attendanceForm: Locator;
  readonly attendanceTable: Locator;
  readonly perRegion: Locator;
  readonly absent: Locator;
  readonly decisions: Locator;
  readonly addDecision: Locator;
  readonly decisionDialog: Locator;
  readonly convertDialog: Locator;

  constructor(readonly page: Page) {
    this.createButton = page.getByRole('button', { name: 'Buat sesi FGD' }).first();
    this.createDialog = page.getByRole('dialog', { name: 'Buat sesi FGD' });
    this.readOnlyHint = page.getByText(/^Anda melihat sesi ini tanpa mengubahnya/);
    this.currentStep = page
      .getByRole('region', { name: /.+/ })
      .filter({ hasText: 'Langkah yang sedang berjalan' });
    this.timer = page.getByRole('timer');
    this.runAgenda = page.getByRole('list', { name: 'Agenda sesi' });
    this.agendaList = page.getByRole('list', { name: 'Agenda' });
    this.addStep = page.getByRole('button', { name: 'Tambah langkah' });
    this.stepDialog = page.getByRole('dialog', { name: /langkah agenda$/ });
    this.attendanceForm = page.getByRole('form', { name: 'Catat kehadiran' });
    this.attendanceTable = page.getByRole('table', { name: /^Daftar hadir/ });
    this.perRegion = page.getByRole('list', { name: 'Jumlah hadir per daerah' });
    this.absent = page.getByRole('list', { name: 'Daerah anggota kawasan yang belum hadir' });
    this.decisions = page.getByRole('list', { name: 'Keputusan & tindak lanjut' });
    this.addDecision = page.getByRole('button', { name: 'Tambah keputusan' });
    this.decisionDialog = page.getByRole('dialog', { name: /^(Tambah|Ubah) keputusan/ });
    this.convertDialog = page.getByRole('dialog', { name: 'Jadikan butir komitmen' });
  }

  async openList(httpUrl: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/fgd`);
  }

  async openSession(httpUrl: string, id: string, segment = ''): Promise<void> {
    await this.page.goto(`${httpUrl}#/fgd/${id}${segment === '' ? '' : `/${segment}`}`);
  }

  /** Creates a session from the list page; resolves with its id once its page shows. */
  async create(values: { title: string; venue: string }): Promise<string> {
    await this.createButton.click();
    await this.createDialog.getByLabel('Judul sesi').fill(values.title);
    await this.createDialog.getByLabel('Tempat').fill(values.venue);
    await this.createDialog.getByRole('button', { name: 'Buat sesi' }).click();
    await this.page.getByRole('heading', { level: 1, name: values.title }).waitFor();
    const match = /#\/fgd\/([^/]+)$/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a session page: ${this.page.url()}`);
    return match[1];
  }

  tab(name: 'Jalannya sesi' | 'Agenda' | 'Kehadiran' | 'Keputusan & tindak lanjut'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** The agenda's step titles, in order, as the Agenda tab lists them. */
  async agendaTitles(): Promise<string[]> {
    return this.agendaList
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
  }

  stepButton(action: 'Naikkan' | 'Turunkan' | 'Ubah' | 'Hapus', step: string): Locator {
    const verb = action === 'Hapus' ? 'Hapus langkah' : `${action} langkah`;
    return this.page.getByRole('button', { name: `${verb} ${step}`, exact: true });
  }

  startButton(step: string): Locator {
    return this.page.getByRole('button', { name: `Mulai langkah ${step}`, exact: true });
  }

  /** Picks `option` of a segmented control in `scope` (its radio input sits under its label). */
  async segment(scope: Locator, option: string): Promise<void> {
    await scope.locator('label').filter({ hasText: option }).click();
  }

  /** Picks `option` in the Mantine select labelled `label` inside `scope`. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
