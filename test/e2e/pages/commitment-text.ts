/**
 * Page object for a commitment's "Naskah" tab: the co-written text, its toolbar, the "@" region list
 * and the comments panel — found the way a person finds them, by their names and roles.
 */
import type { Locator, Page } from '@playwright/test';

export class CommitmentTextPage {
  /** The text itself (a multi-line text box, read-only for people who may not edit it). */
  readonly editor: Locator;
  readonly toolbar: Locator;
  readonly commentButton: Locator;
  readonly mentionList: Locator;
  readonly comments: Locator;
  readonly threads: Locator;
  readonly commentBox: Locator;
  readonly sendComment: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'Naskah komitmen' });
    this.toolbar = page.getByRole('toolbar', { name: 'Format naskah' });
    this.commentButton = page.getByRole('button', { name: 'Komentari' });
    this.mentionList = page.getByRole('listbox', { name: 'Daerah anggota yang dapat disebut' });
    this.comments = page.getByRole('region', { name: 'Komentar' });
    this.threads = this.comments.getByRole('article');
    this.commentBox = this.comments.getByRole('textbox', { name: 'Komentar Anda' });
    this.sendComment = this.comments.getByRole('button', { name: 'Kirim komentar' });
  }

  async open(httpUrl: string, commitmentId: string): Promise<void> {
    await this.page.goto(`${httpUrl}#/komitmen/${commitmentId}`);
  }

  openingParagraph(): Locator {
    return this.editor.getByRole('paragraph').first();
  }

  /** The opening paragraph's words, without co-editors' name tabs floating over it. */
  async openingText(): Promise<string> {
    return this.openingParagraph().evaluate(withoutCarets);
  }

  /**
   * Clicks just after the paragraph's last word (the paragraph wraps, so End after a click in its
   * middle would stop at the end of a visual line).
   */
  async placeCursorAtEndOfOpening(): Promise<void> {
    const box = await this.openingParagraph().boundingBox();
    if (!box) throw new Error('the opening paragraph is not on screen');
    await this.openingParagraph().click({ position: { x: box.width - 2, y: box.height - 6 } });
    await this.page.keyboard.press('End');
  }

  async placeCursorAtStartOfOpening(): Promise<void> {
    await this.openingParagraph().click({ position: { x: 1, y: 6 } });
    await this.page.keyboard.press('Home');
  }

  /** Types key by key, as a person does: every key is its own transaction. */
  async type(text: string, delay = 35): Promise<void> {
    await this.page.keyboard.type(text, { delay });
  }

  /** Selects `phrase` in the opening paragraph, as a person dragging over it would. */
  async selectInOpening(phrase: string): Promise<void> {
    await this.openingParagraph().evaluate((paragraph, wanted) => {
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one text node of the opening paragraph`);
    }, phrase);
  }

  /** The words covered by a comment's highlight in the text (without carets inside it). */
  async highlightedText(): Promise<string> {
    return this.editor.evaluate((editor) => {
      const marks = [...editor.querySelectorAll<HTMLElement>('.comment-highlight')];
      const copy = document.createElement('div');
      for (const mark of marks) copy.append(mark.cloneNode(true));
      for (const caret of copy.querySelectorAll('[aria-hidden="true"]')) caret.remove();
      return copy.textContent ?? '';
    });
  }

  /** The region chips in the text ("@Kab. Magelang"). */
  mentions(): Locator {
    return this.editor.locator('[data-type="mention"]');
  }

  thread(quote: string): Locator {
    return this.threads.filter({ hasText: `“${quote}”` });
  }
}

function withoutCarets(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const caret of copy.querySelectorAll('[aria-hidden="true"]')) caret.remove();
  return copy.textContent ?? '';
}
