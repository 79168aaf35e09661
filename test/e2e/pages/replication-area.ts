/**
 * Page object for the replication overview (#/replikasi and its tabs): the plan tables, the source
 * region's inbox, the matrix with its plan list, the milestone timeline and the progress charts'
 * data tables — all found as a person finds them, by role and visible name.
 */
import type { Locator, Page } from '@playwright/test';

export type AreaTab = 'Rencana' | 'Kotak masuk' | 'Matriks' | 'Linimasa' | 'Progres';

const TAB_PATH: Readonly<Record<AreaTab, string>> = {
  Rencana: '/replikasi',
  'Kotak masuk': '/replikasi/masuk',
  Matriks: '/replikasi/matriks',
  Linimasa: '/replikasi/linimasa',
  Progres: '/replikasi/progres',
};

export class ReplicationAreaPage {
  /** The plans of the person's own region ("Rencana" tab). */
  readonly myPlans: Locator;
  /** The drawer listing the plans behind a matrix cell. */
  readonly matrixDrawer: Locator;

  constructor(readonly page: Page) {
    this.myPlans = page.getByRole('table', { name: 'Rencana replikasi daerah Anda' });
    this.matrixDrawer = page.getByRole('dialog');
  }

  async open(baseUrl: string, tab: AreaTab = 'Rencana', query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}#${TAB_PATH[tab]}${query}`);
  }

  tab(name: AreaTab): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** Switches tab in the page (no reload), as a person clicks it. */
  async switchTo(name: AreaTab): Promise<void> {
    await this.tab(name).click();
  }

  /** A row of my region's plans, by innovation name. */
  myPlan(innovation: string): Locator {
    return this.myPlans.getByRole('row').filter({ hasText: innovation });
  }

  /** The matrix cell of plans in which `adopter` replicates an innovation of `source` (full names). */
  matrixCell(source: string, adopter: string, count: number): Locator {
    return this.page.getByRole('button', { name: `${source} → ${adopter}: ${count} rencana`, exact: true });
  }

  /** Any matrix cell between the two regions, whatever its count (none when there are no plans). */
  matrixCells(source: string, adopter: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(source)} → ${escapeRegExp(adopter)}: `),
    });
  }

  /** A plan's link, named "Rencana replikasi <innovation> oleh <adopter>". */
  planLink(innovation: string, adopter: string): Locator {
    return this.page.getByRole('link', {
      name: `Rencana replikasi ${innovation} oleh ${adopter}`,
      exact: true,
    });
  }

  /** A milestone bar of the timeline; its name says the milestone, plan, dates, status and lateness. */
  timelineBar(milestone: string, innovation: string): Locator {
    return this.page.getByRole('link', {
      name: new RegExp(`^${escapeRegExp(milestone)} — ${escapeRegExp(innovation)},`),
    });
  }

  /** The inbox card of one innovation ("N daerah berencana mereplikasi <innovation>"). */
  inboxGroup(innovation: string): Locator {
    return this.page.getByRole('article').filter({
      has: this.page.getByRole('heading', { name: new RegExp(`mereplikasi ${escapeRegExp(innovation)}$`) }),
    });
  }

  /** Opens a chart's "Lihat data sebagai tabel" and returns the table. */
  async chartData(title: string): Promise<Locator> {
    const figure = this.page.getByRole('figure', { name: title });
    const table = figure.getByRole('table', { name: title });
    if (!(await table.isVisible())) await figure.getByText('Lihat data sebagai tabel').click();
    return table;
  }

  /** The cells of a chart's data-table row, by its first cell. */
  chartRow(table: Locator, label: string): Locator {
    return table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
