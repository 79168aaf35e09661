/**
 * A plan's rich-text notes (the Y.XmlFragment the plan editor's TipTap/ProseMirror binding writes) as
 * a plain tree to render read-only or flatten to text. Read straight from Yjs rather than through a
 * read-only editor: nothing here can write to the adopting region's document, and the tree is there
 * on the first render, before the print dialog takes its snapshot.
 *
 * The binding stores a node as an XmlElement named after its type (paragraph, heading, bulletList…)
 * with its attributes, and text as XmlText whose formatting attributes are the marks (bold: {},
 * link: { href }), a mark that may repeat being stored as `name--<hash>`.
 */
import * as Y from 'yjs';

export interface NoteMark {
  name: string;
  /** A link's target, kept only for http(s) and mailto addresses. */
  href?: string;
}

export type NoteNode =
  | { kind: 'text'; text: string; marks: NoteMark[] }
  | { kind: 'element'; name: string; attrs: Readonly<Record<string, unknown>>; children: NoteNode[] };

const SAFE_HREF = /^(https?:|mailto:)/i;

function markOf(key: string, value: unknown): NoteMark {
  const name = key.split('--')[0] ?? key;
  if (name === 'link' && typeof value === 'object' && value !== null && 'href' in value) {
    const href = value.href;
    if (typeof href === 'string' && SAFE_HREF.test(href)) return { name, href };
  }
  return { name };
}

function textNodes(text: Y.XmlText): NoteNode[] {
  const out: NoteNode[] = [];
  for (const op of text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
    // Embeds (an object insert) have no text to show.
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const marks = Object.entries(op.attributes ?? {}).map(([key, value]) => markOf(key, value));
    out.push({ kind: 'text', text: op.insert, marks });
  }
  return out;
}

function nodesOf(children: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): NoteNode[] {
  return children.flatMap((child): NoteNode[] => {
    if (child instanceof Y.XmlText) return textNodes(child);
    if (child instanceof Y.XmlElement)
      return [
        {
          kind: 'element',
          name: child.nodeName,
          attrs: child.getAttributes(),
          children: nodesOf(child.toArray()),
        },
      ];
    return [];
  });
}

export function notesTree(fragment: Y.XmlFragment): NoteNode[] {
  return nodesOf(fragment.toArray());
}

/** True when the notes hold no visible text (an editor leaves an empty paragraph behind). */
export function notesEmpty(nodes: readonly NoteNode[]): boolean {
  return nodes.every((node) =>
    node.kind === 'text'
      ? node.text.trim() === ''
      : node.name !== 'horizontalRule' && notesEmpty(node.children),
  );
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'taskItem',
  'horizontalRule',
]);

/** The notes as plain text for a spreadsheet cell: one block a line, list items marked. */
export function notesPlainText(nodes: readonly NoteNode[]): string {
  const lines: string[] = [];
  const walk = (list: readonly NoteNode[], prefix: string) => {
    let inline = '';
    const flush = () => {
      if (inline.trim() !== '') lines.push(prefix + inline.trim());
      inline = '';
    };
    list.forEach((node, index) => {
      if (node.kind === 'text') inline += node.text;
      else if (node.name === 'hardBreak') inline += '\n';
      else if (node.name === 'bulletList' || node.name === 'orderedList' || node.name === 'taskList') {
        flush();
        const start = typeof node.attrs.start === 'number' ? node.attrs.start : 1;
        node.children.forEach((item, n) => {
          const marker = node.name === 'orderedList' ? `${start + n}. ` : '• ';
          // A list inside a list item is indented under the item's text, not marked twice.
          if (item.kind === 'element') walk(item.children, `${prefix.replace(/\S/g, ' ')}${marker}`);
        });
      } else if (BLOCKS.has(node.name)) {
        flush();
        if (node.name === 'horizontalRule') lines.push('—');
        // Only a list item's first block carries its marker; later ones are indented under it.
        else walk(node.children, index === 0 ? prefix : prefix.replace(/\S/g, ' '));
      } else inline += textOf(node.children);
    });
    flush();
  };
  walk(nodes, '');
  return lines.join('\n');
}

function textOf(nodes: readonly NoteNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : textOf(node.children))).join('');
}
