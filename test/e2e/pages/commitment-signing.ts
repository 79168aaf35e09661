/**
 * Page object for a commitment's lifecycle and signing: the header's lifecycle buttons and their
 * confirmations, the signing tab's form for the person's own region, the signing board, and the
 * projector board — found the way a person finds them, by their names.
 */
import type { Locator, Page } from '@playwright/test';

export class CommitmentSigning {
  readonly toReview: Locator;
  readonly toDraft: Locator;
  readonly toFinal: Locator;
  readonly reopen: Locator;
  readonly projectorButton: Locator;
  readonly finalDialog: Locator;
  readonly reopenDialog: Locator;
  readonly stage: Locator;
  readonly signForm: Locator;
  readonly signingRegion: Locator;
  readonly official: Locator;
  readonly position: Locator;
  readonly agree: Locator;
  readonly submit: Locator;
  readonly ownSigned: Locator;
  readonly board: Locator;
  readonly counts: Locator;

  constructor(readonly page: Page) {
    this.toReview = page.getByRole('button', { name: 'Ajukan untuk ditinjau' });
    this.toDraft = page.getByRole('button', { name: 'Kembalikan ke draf' });
    this.toFinal = page.getByRole('button', { name: 'Tetapkan sebagai final' });
    this.reopen = page.getByRole('button', { name: 'Buka kembali' });
    this.projectorButton = page.getByRole('button', { name: 'Tampilkan papan di proyektor' });
    this.finalDialog = page.getByRole('dialog', { name: 'Tetapkan naskah sebagai final?' });
    this.reopenDialog = page.getByRole('dialog', { name: 'Buka kembali naskah final?' });
    this.stage = page.getByText(/^(Draf|Ditinjau|Final — siap ditandatangani|Ditandatangani semua daerah)$/);
    this.signForm = page.getByRole('form', { name: /^Tanda tangan atas nama / });
    this.signingRegion = this.signForm.getByTestId('signing-region');
    this.official = this.signForm.getByLabel('Nama pejabat');
    this.position = this.signForm.getByLabel('Jabatan');
    this.agree = this.signForm.getByRole('checkbox', { name: /^Saya menandatangani naskah final/ });
    this.submit = this.signForm.getByRole('button', { name: /^Tandatangani atas nama / });
    this.ownSigned = page.getByTestId('own-signed');
    this.board = page.getByRole('table', { name: 'Papan penandatanganan' });
    this.counts = page.getByTestId('signing-counts');
  }

  async open(httpUrl: string, commitmentId: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/komitmen/${commitmentId}/tanda-tangan`);
  }

  /** A region's row on the signing board (table view), by the region's name. */
  row(regionName: string): Locator {
    return this.board.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: regionName, exact: false }),
    });
  }

  async finalise(): Promise<void> {
    await this.toFinal.click();
    await this.finalDialog.getByRole('button', { name: 'Tetapkan sebagai final' }).click();
  }

  async sign(official: string, position: string): Promise<void> {
    await this.official.fill(official);
    await this.position.fill(position);
    // The suggestions list may stay open over the checkbox after typing.
    await this.position.press('Escape');
    await this.agree.check();
    await this.submit.click();
  }
}

/** The projector board at /papan/komitmen/:id. */
export class ProjectorBoard {
  readonly count: Locator;
  readonly tiles: Locator;
  readonly exit: Locator;

  constructor(readonly page: Page) {
    this.count = page.getByTestId('projector-count');
    this.tiles = page.getByRole('list', { name: 'Papan penandatanganan' }).getByRole('listitem');
    this.exit = page.getByRole('button', { name: 'Keluar' });
  }

  tile(regionName: string): Locator {
    return this.tiles.filter({ hasText: regionName });
  }
}
