/**
 * Page object for the collaboration parts of a replication plan's page: the co-edited notes, the
 * source region's support, and the two regions' discussion — found the way a person finds them, by
 * their section titles and the names of their controls.
 */
import type { Locator, Page } from '@playwright/test';

export class PlanCollaboration {
  readonly notes: Locator;
  /** The notes text itself (a multi-line text box, read-only for people who may not edit it). */
  readonly notesEditor: Locator;
  readonly notesToolbar: Locator;
  readonly support: Locator;
  readonly supportMessage: Locator;
  readonly confirmSupport: Locator;
  readonly withdrawSupport: Locator;
  readonly conversation: Locator;
  readonly thread: Locator;
  readonly comments: Locator;
  readonly commentBox: Locator;
  readonly send: Locator;

  constructor(readonly page: Page) {
    this.notes = page.getByRole('region', { name: 'Catatan rencana' });
    this.notesEditor = this.notes.getByRole('textbox', { name: 'Isi catatan rencana' });
    this.notesToolbar = this.notes.getByRole('toolbar', { name: 'Format teks' });
    this.support = page.getByRole('region', { name: 'Dukungan daerah asal' });
    this.supportMessage = this.support.getByRole('textbox', { name: /^Pesan untuk/ });
    this.confirmSupport = this.support.getByRole('button', { name: /^Konfirmasi (dukungan|kembali)$/ });
    this.withdrawSupport = this.support.getByRole('button', { name: 'Tarik dukungan' });
    this.conversation = page.getByRole('region', { name: 'Diskusi' });
    this.thread = this.conversation.getByRole('list', { name: 'Komentar diskusi' });
    this.comments = this.thread.getByRole('listitem');
    this.commentBox = this.conversation.getByRole('textbox', { name: 'Komentar Anda' });
    this.send = this.conversation.getByRole('button', { name: 'Kirim' });
  }

  async open(httpUrl: string, adopterCode: string, planId: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/replikasi/${adopterCode}/${planId}`);
  }

  /** The first paragraph of the notes: where the meeting notes start. */
  firstParagraph(): Locator {
    return this.notesEditor.getByRole('paragraph').first();
  }

  /**
   * The first paragraph's text as written, without the co-editors' name tabs that float over it
   * (they sit wherever that person's cursor is, possibly mid-word).
   */
  async firstParagraphText(): Promise<string> {
    return this.firstParagraph().evaluate((paragraph) => {
      const copy = paragraph.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('[aria-hidden="true"]')) caret.remove();
      return copy.textContent ?? '';
    });
  }

  /** Puts the text cursor at the end of the notes' first paragraph. */
  async placeCursorAtEndOfFirstParagraph(): Promise<void> {
    await this.firstParagraph().click();
    await this.page.keyboard.press('End');
  }

  /** Types key by key, as a person does: every key is its own transaction and awareness update. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 30 });
  }

  /** Another person's named caret in the notes ("Dewi Lestari · Kab. Klaten"). */
  caret(label: string): Locator {
    return this.notes.getByText(label, { exact: true });
  }

  async comment(text: string): Promise<void> {
    await this.commentBox.fill(text);
    await this.send.click();
  }
}
