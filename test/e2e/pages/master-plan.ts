/**
 * Page object for a region's master plan workspace (/masterplan/:region/…): its tabs, the bimtek stage
 * cards, the team rows, the readiness scores, and the programme and quick win lists and dialogs —
 * found the way a person finds them, by their names and roles.
 */
import type { Locator, Page } from '@playwright/test';

export const MASTER_PLAN_TABS = ['Tahapan', 'Tim pelaksana', 'Kesiapan', 'Program', 'Quick win'] as const;
export type MasterPlanTab = (typeof MASTER_PLAN_TABS)[number];

export class MasterPlanPage {
  readonly heading: Locator;
  readonly readOnlyNotice: Locator;
  readonly progress: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.readOnlyNotice = page.getByRole('alert').filter({ hasText: 'Anda dapat membaca masterplan ini' });
    this.progress = page.getByRole('progressbar');
    this.dialog = page.getByRole('dialog');
  }

  async open(httpUrl: string, regionCode: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/masterplan/${regionCode}`);
  }

  async showTab(name: MasterPlanTab): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await this.page.getByRole('tab', { name, selected: true }).waitFor();
  }

  /** A bimtek stage's card ("Tahap 1 · Kesiapan daerah"). */
  stage(stage: number): Locator {
    return this.page.getByRole('listitem', { name: new RegExp(`^Tahap ${stage} ·`) });
  }

  /** Picks a stage's status in its segmented control (the radio itself is visually hidden). */
  async setStageStatus(stage: number, status: 'Belum' | 'Berjalan' | 'Selesai'): Promise<void> {
    await this.stage(stage)
      .locator('label')
      .filter({ hasText: new RegExp(`^${status}$`) })
      .click();
  }

  /** The sub-element's score buttons (1–5), e.g. "SDM". */
  scoreGroup(subElement: string): Locator {
    return this.page.getByRole('radiogroup', { name: `Nilai ${subElement}` });
  }

  async score(subElement: string, score: number): Promise<void> {
    await this.scoreGroup(subElement)
      .locator('label')
      .filter({ hasText: new RegExp(`^${score}$`) })
      .click();
  }

  /** A dimension's section on the Program or Quick win tab. */
  section(pillar: string): Locator {
    return this.page.getByRole('region', { name: pillar, exact: true });
  }

  /** A programme or quick win card, by its name. */
  entry(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  /** Every control that changes the plan; none should show for someone who cannot edit it. */
  editControls(): Locator {
    return this.page
      .getByRole('main')
      .getByRole('button', { name: /^(Tambah|Ubah|Hapus|Simpan)/ })
      .or(this.page.getByRole('main').getByRole('radio'))
      .or(this.page.getByRole('main').getByRole('textbox'));
  }
}
