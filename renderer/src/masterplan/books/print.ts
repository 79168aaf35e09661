/** The print route of a region's master plan book: outside the app's frame, like every document's. */
import type { BookId } from './book-model';

export function masterPlanBookPath(regionCode: string, book: BookId): string {
  return `/cetak/masterplan/${regionCode}/${book}`;
}
