/** A book by its id, from the region's master plan as it is now. */
import type { Locale } from '../../../../shared/i18n/index';
import { analysisBook } from './analysis-book';
import type { Book, BookId, BookInput } from './book-model';
import { masterplanBook } from './masterplan-book';
import { quickWinBook } from './quick-win-book';
import { summaryBook } from './summary-book';

const BUILDERS: Record<BookId, (input: BookInput, locale: Locale) => Book> = {
  'analisis-strategis': analysisBook,
  masterplan: masterplanBook,
  'ringkasan-eksekutif': summaryBook,
  'quick-win': quickWinBook,
};

export function buildBook(id: BookId, input: BookInput, locale: Locale): Book {
  return BUILDERS[id](input, locale);
}
