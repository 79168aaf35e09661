/**
 * A commitment as a document to print or save as Word, with no UI and no Y types: the facts, the
 * text as a plain tree, the items grouped per smart-city dimension, the signature of every member
 * region in signing order, and the hash that says which exact text those signatures certify. The
 * printed page and the .docx are both drawn from this one model, so they never say different things.
 */
import type { Locale } from '../../../../shared/i18n/index';
import type { Commitment, SignatureState, SigningBoard } from '../../../../shared/model/commitment';
import { regencyByCode } from '../../../../shared/regions/index';
import { slugify } from '../../catalog/innovation-form-values';
import { formatDate, formatDateTime, formatDay, intlLocale } from '../../catalog/innovation-format';
import type { NoteNode } from '../../replication/export/notes-tree';
import { type LifecycleStage, lifecycleStage } from '../lifecycle';

export interface DocumentItem {
  title: string;
  /** Official region names ("Kabupaten Klaten"), in the item's order. */
  lead: string[];
  supporting: string[];
  followUps: string[];
}

export interface DocumentDimension {
  name: string;
  items: DocumentItem[];
}

export interface DocumentSignature {
  regionName: string;
  state: SignatureState;
  /** Empty for a region that has not signed. */
  official: string;
  position: string;
  /** When it was signed, as the reader's calendar and clock show it; both empty when not signed. */
  signedDate: string;
  signedTime: string;
}

export interface CommitmentDocumentModel {
  locale: Locale;
  title: string;
  /** The area as a letterhead names it (abbreviations written out). */
  areaName: string;
  event: { title: string; date: string; venue: string };
  stage: LifecycleStage;
  /** Not final yet: every page says so. */
  draft: boolean;
  /** The round as people count it, from 1. */
  round: number;
  /** SHA-256 of the exact content and round, in full. */
  hash: string;
  text: NoteNode[];
  dimensions: DocumentDimension[];
  signatures: DocumentSignature[];
  signed: number;
  printedAt: string;
}

/** The official name a document uses ("Kabupaten Magelang"); a code outside the list stays as written. */
function regionName(code: string, fallback = code): string {
  return regencyByCode(code)?.name ?? fallback;
}

/** "16.05" (or "16:05" in English): the time of day where the reader is. */
function formatTime(isoDateTime: string, locale: Locale): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleTimeString(intlLocale(locale), { hour: '2-digit', minute: '2-digit' });
}

function textOf(nodes: readonly NoteNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : textOf(node.children))).join('');
}

/**
 * The commitment text ready to lay out: a mention of a region (the editor's `mention` node, id = region
 * code) becomes the region's official name as plain text, and heading levels are shifted so the text's
 * highest heading is level 1 — the outline writes its dimension headings at level 2, and a document
 * puts the text's headings right under its own section heading, never skipping a level.
 */
export function commitmentText(nodes: readonly NoteNode[]): NoteNode[] {
  const levels: number[] = [];
  const collect = (list: readonly NoteNode[]) => {
    for (const node of list) {
      if (node.kind !== 'element') continue;
      if (node.name === 'heading') levels.push(headingLevel(node.attrs.level));
      collect(node.children);
    }
  };
  collect(nodes);
  const shift = levels.length === 0 ? 0 : Math.min(...levels) - 1;
  const rewrite = (list: readonly NoteNode[]): NoteNode[] =>
    list.map((node): NoteNode => {
      if (node.kind === 'text') return node;
      if (node.name === 'mention') {
        const code = typeof node.attrs.id === 'string' ? node.attrs.id : '';
        const label = typeof node.attrs.label === 'string' ? node.attrs.label : textOf(node.children);
        return { kind: 'text', text: regionName(code, label || code), marks: [] };
      }
      if (node.name === 'heading') {
        const level = headingLevel(node.attrs.level) - shift;
        return { ...node, attrs: { ...node.attrs, level }, children: rewrite(node.children) };
      }
      return { ...node, children: rewrite(node.children) };
    });
  return rewrite(nodes);
}

/** A heading's level as the editor stores it (a number, or a string from an older peer), 1–6. */
export function headingLevel(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), 6) : 1;
}

export interface CommitmentDocumentInput {
  commitment: Commitment;
  board: SigningBoard;
  /** The commitment's text as read from its fragment (notesTree). */
  text: readonly NoteNode[];
  areaName: string;
  pillars: readonly { id: string; name: string }[];
  /** The name of the group for items whose dimension the area no longer has. */
  otherDimension: string;
  printedAt: Date;
}

export function commitmentDocument(input: CommitmentDocumentInput, locale: Locale): CommitmentDocumentModel {
  const { commitment, board } = input;
  const names = (codes: readonly string[]) => codes.map((code) => regionName(code));
  const toItem = (item: Commitment['items'][number]): DocumentItem => ({
    title: item.title,
    lead: names(item.lead),
    supporting: names(item.supporting),
    followUps: [...item.followUps],
  });
  const known = new Set(input.pillars.map((pillar) => pillar.id));
  const dimensions: DocumentDimension[] = input.pillars
    .map((pillar) => ({
      name: pillar.name,
      items: commitment.items.filter((item) => item.pillarId === pillar.id).map(toItem),
    }))
    .filter((dimension) => dimension.items.length > 0);
  const orphans = commitment.items.filter((item) => !known.has(item.pillarId));
  if (orphans.length > 0) dimensions.push({ name: input.otherDimension, items: orphans.map(toItem) });
  return {
    locale,
    title: commitment.title,
    areaName: input.areaName,
    event: {
      title: commitment.event.title,
      date: commitment.event.date ? formatDate(commitment.event.date, locale) : '',
      venue: commitment.event.venue,
    },
    stage: lifecycleStage(commitment.status, board),
    draft: commitment.status !== 'final',
    round: commitment.round + 1,
    hash: commitment.hash,
    text: commitmentText(input.text),
    dimensions,
    signatures: board.regions.map(({ code, state, signature }) => ({
      regionName: regionName(code),
      state,
      official: signature?.official ?? '',
      position: signature?.position ?? '',
      signedDate: signature ? formatDay(signature.signed.at, locale) : '',
      signedTime: signature ? formatTime(signature.signed.at, locale) : '',
    })),
    signed: board.signed,
    printedAt: formatDateTime(input.printedAt.toISOString(), locale),
  };
}

/** "Komitmen Bersama Smart City 2026" → `komitmen-bersama-smart-city-2026.docx`. */
export function commitmentFileName(title: string): string {
  const slug = slugify(title).slice(0, 80).replace(/-+$/, '');
  return `${slug || 'komitmen-bersama'}.docx`;
}
