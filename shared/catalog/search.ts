/**
 * Search-as-you-type over the area's innovation catalog (MiniSearch), tuned for Indonesian: case and
 * diacritics folded, common function words ignored, every term matched as a prefix (the user is
 * still typing) and, from four letters on, with a small typo allowance.
 */
import MiniSearch from 'minisearch';
import type { Innovation } from '../model/innovation.js';

/** Words too common in Indonesian innovation texts to tell entries apart. */
const STOP_WORDS = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'pada',
  'dalam',
  'atau',
  'ini',
  'itu',
  'oleh',
  'sebagai',
  'adalah',
  'juga',
  'bagi',
  'akan',
  'para',
  'serta',
  'secara',
  'melalui',
  'tersebut',
  'agar',
  'sudah',
  'telah',
  'dapat',
  'bisa',
  'lebih',
  'karena',
  'tidak',
  'ada',
  'antar',
  'per',
]);

/** Lower case without diacritics: "Perumda Tirta Binangún" and "binangun" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

export const MIN_QUERY_LENGTH = 2;

/** What the index holds of an innovation; the region's name so "kulon progo" finds its entries. */
export interface CatalogDocument {
  /** `<region code>/<innovation id>`: unique across the area. */
  key: string;
  name: string;
  summary: string;
  opd: string;
  tags: string;
  region: string;
}

export function catalogDocument(innovation: Innovation, regionName: string): CatalogDocument {
  return {
    key: `${innovation.regionCode}/${innovation.id}`,
    name: innovation.name,
    summary: innovation.summary,
    opd: innovation.opd,
    tags: innovation.tags.join(' '),
    region: regionName,
  };
}

export interface CatalogHit {
  key: string;
  score: number;
}

export class CatalogSearch {
  readonly #index = new MiniSearch<CatalogDocument>({
    idField: 'key',
    fields: ['name', 'summary', 'opd', 'tags', 'region'],
    processTerm,
    searchOptions: {
      boost: { name: 3, region: 2, tags: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      // Every word typed narrows the list, as people expect from a search box.
      combineWith: 'AND',
    },
  });

  get size(): number {
    return this.#index.documentCount;
  }

  replaceAll(documents: readonly CatalogDocument[]): void {
    this.#index.removeAll();
    this.#index.addAll(documents);
  }

  /** Adds or replaces one entry (an innovation changed on some screen). */
  upsert(document: CatalogDocument): void {
    if (this.#index.has(document.key)) this.#index.replace(document);
    else this.#index.add(document);
  }

  remove(key: string): void {
    if (this.#index.has(key)) this.#index.discard(key);
  }

  /**
   * Best matches first. A query under two letters matches nothing (the list stays unfiltered in the
   * UI): a one-letter prefix would touch most of a national catalog on every first keystroke.
   */
  search(query: string, limit = 200): CatalogHit[] {
    const folded = foldText(query).trim();
    if (folded.length < MIN_QUERY_LENGTH) return [];
    // A lone function word is most likely the start of a longer word being typed ("per" on the way
    // to "perizinan"): search it as a prefix rather than drop it and show nothing.
    const alone = !/\s/.test(folded) && STOP_WORDS.has(folded);
    return this.#index
      .search(folded, alone ? { processTerm: (term) => foldText(term) } : {})
      .slice(0, limit)
      .map((result) => ({ key: String(result.id), score: result.score }));
  }
}
