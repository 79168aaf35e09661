/**
 * Page objects for the FGD board (the "Papan" tab of a session) and its projector view
 * (#/papan/fgd/:id), found the way a person finds things: by names and labels.
 */
import type { Locator, Page } from '@playwright/test';

export class FgdBoardPage {
  readonly board: Locator;
  readonly createClusterButton: Locator;
  readonly clusterDialog: Locator;
  readonly voteTotal: Locator;
  readonly resultRows: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByTestId('fgd-board');
    this.createClusterButton = this.board.getByRole('button', { name: 'Buat klaster' });
    this.clusterDialog = page.getByRole('dialog', { name: /klaster$/ });
    this.voteTotal = this.board.getByTestId('fgd-board-vote-total');
    this.resultRows = this.board
      .getByRole('list', { name: 'Peringkat kartu menurut suara' })
      .getByRole('listitem');
  }

  async open(httpUrl: string, id: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/fgd/${id}/papan`);
    await this.board.waitFor();
  }

  async chooseStep(title: string): Promise<void> {
    await this.board.getByRole('combobox', { name: 'Langkah' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${title} ·`) }).click();
  }

  async show(mode: 'Hasil suara' | 'Per dimensi' | 'Per klaster'): Promise<void> {
    await this.board.getByText(mode, { exact: true }).click();
  }

  /** A column of the board (a dimension, a cluster, or "Belum masuk klaster"), by its heading. */
  column(name: string): Locator {
    return this.board.getByRole('region', { name, exact: true });
  }

  card(text: string): Locator {
    return this.board.getByTestId('fgd-board-card').filter({ hasText: text });
  }

  async createCluster(name: string): Promise<void> {
    await this.createClusterButton.click();
    await this.clusterDialog.getByLabel('Nama klaster').fill(name);
    await this.clusterDialog.getByRole('button', { name: 'Simpan' }).click();
    await this.clusterDialog.waitFor({ state: 'hidden' });
  }

  /** The keyboard's way to cluster: the card's menu, "Pindahkan ke klaster", then the cluster. */
  async moveWithKeyboard(cardText: string, cluster: string): Promise<void> {
    const menu = this.card(cardText).getByRole('button', { name: `Tindakan untuk kartu “${cardText}”` });
    await menu.focus();
    await this.page.keyboard.press('Enter');
    const item = this.page.getByRole('menuitem', { name: cluster, exact: true });
    await item.waitFor();
    await item.focus();
    await this.page.keyboard.press('Enter');
  }

  /** The result rows as [card text, votes], in the board's order. */
  async results(): Promise<[string, number][]> {
    return this.resultRows.evaluateAll((rows) =>
      rows.map((row) => {
        const text = row.querySelector('[data-testid="fgd-result-text"]')?.textContent ?? '';
        const votes = Number.parseInt(
          row.querySelector('[data-testid="fgd-result-votes"]')?.textContent ?? '',
          10,
        );
        return [text, votes] as [string, number];
      }),
    );
  }
}

export class FgdProjectorPage {
  readonly step: Locator;
  readonly timer: Locator;
  readonly count: Locator;
  readonly results: Locator;
  readonly cardsByDimension: Locator;

  constructor(readonly page: Page) {
    this.step = page.getByRole('heading', { level: 1 });
    this.timer = page.getByRole('timer');
    this.count = page.getByTestId('fgd-projector-count');
    this.results = page.getByRole('list', { name: 'Peringkat kartu menurut suara' });
    this.cardsByDimension = page.getByRole('list', { name: 'Kartu per dimensi' });
  }

  async open(httpUrl: string, id: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/papan/fgd/${id}`);
    await this.step.waitFor();
  }

  /** The results as [card text, votes], top first. */
  async ranked(): Promise<[string, number][]> {
    return this.results.getByRole('listitem').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = row.children;
        const textCell = cells[1];
        const text = textCell?.firstChild?.textContent ?? '';
        const votes = Number.parseInt(cells[2]?.textContent ?? '', 10);
        return [text, votes] as [string, number];
      }),
    );
  }
}
