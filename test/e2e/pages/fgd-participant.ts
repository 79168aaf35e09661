/**
 * Page objects for joining an FGD from a phone: the participant page (`#/ikut`) and the facilitator's
 * hosting panel (code, join address, who joined, remove, stop) — found by their visible names.
 */
import type { Locator, Page } from '@playwright/test';

export class ParticipantPhone {
  readonly code: Locator;
  readonly name: Locator;
  readonly region: Locator;
  readonly join: Locator;
  readonly joinError: Locator;
  readonly title: Locator;
  readonly step: Locator;
  readonly dimension: Locator;
  readonly cardText: Locator;
  readonly sendCard: Locator;
  readonly mine: Locator;
  readonly others: Locator;
  readonly votesLeft: Locator;
  readonly voteRefusal: Locator;
  readonly results: Locator;
  readonly removed: Locator;

  constructor(readonly page: Page) {
    this.code = page.getByRole('textbox', { name: 'Kode sesi' });
    this.name = page.getByRole('textbox', { name: 'Nama Anda' });
    this.region = page.getByRole('combobox', { name: 'Daerah asal (tidak wajib)' });
    this.join = page.getByRole('button', { name: 'Gabung', exact: true });
    this.joinError = page.getByTestId('fgd-join-error');
    this.title = page.getByTestId('fgd-participant-title');
    this.step = page.getByTestId('fgd-participant-step');
    this.dimension = page.getByRole('combobox', { name: 'Dimensi smart city' });
    this.cardText = page.getByRole('textbox', { name: 'Gagasan Anda' });
    this.sendCard = page.getByRole('button', { name: 'Kirim kartu' });
    this.mine = page.getByTestId('fgd-participant-mine');
    this.others = page.getByTestId('fgd-participant-others');
    this.votesLeft = page.getByTestId('fgd-participant-votes-left');
    this.voteRefusal = page.getByTestId('fgd-participant-vote-refusal');
    this.results = page.getByTestId('fgd-participant-results');
    this.removed = page.getByTestId('fgd-participant-removed');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async joinAs(name: string, region?: string): Promise<void> {
    await this.name.fill(name);
    if (region !== undefined) {
      await this.region.click();
      await this.region.fill(region);
      await this.page.getByRole('option', { name: region, exact: true }).click();
    }
    await this.join.click();
  }

  async addCard(dimension: string, text: string): Promise<void> {
    await this.dimension.click();
    await this.page.getByRole('option', { name: dimension, exact: true }).click();
    await this.cardText.fill(text);
    await this.sendCard.click();
  }

  addVote(cardText: string): Locator {
    return this.page.getByRole('button', { name: `Tambah suara untuk kartu: ${cardText}` });
  }

  takeVote(cardText: string): Locator {
    return this.page.getByRole('button', { name: `Kurangi suara untuk kartu: ${cardText}` });
  }
}

export class HostingPanel {
  readonly panel: Locator;
  readonly toggle: Locator;
  readonly code: Locator;
  readonly url: Locator;
  readonly qr: Locator;
  readonly participants: Locator;
  readonly stopDialog: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('fgd-hosting-panel');
    this.toggle = this.panel.getByRole('switch', { name: 'Buka untuk peserta di jaringan ruangan' });
    this.code = this.panel.getByTestId('fgd-hosting-code');
    this.url = this.panel.getByTestId('fgd-hosting-url');
    this.qr = this.panel.getByRole('img', { name: /^Kode QR untuk bergabung: / });
    this.participants = this.panel.getByTestId('fgd-hosting-participant');
    this.stopDialog = page.getByRole('dialog', { name: 'Tutup sesi untuk peserta?' });
  }

  async readCode(): Promise<string> {
    return (await this.code.getAttribute('data-code')) ?? '';
  }

  async readUrl(): Promise<string> {
    return (await this.url.textContent()) ?? '';
  }

  remove(name: string): Locator {
    return this.panel.getByRole('button', { name: `Keluarkan ${name}` });
  }
}
