/**
 * The commitment text (the Y.XmlFragment the editor's ProseMirror binding writes) as plain JSON, so a
 * named version can be restored exactly and compared block by block.
 *
 * The binding stores a node as an XmlElement named after its type (paragraph, heading, bulletList,
 * mention…) with its attributes, and text as XmlText whose formatting attributes are the marks. The
 * tree keeps both as they are: rebuilding it gives a fragment whose `toString()` — and so the
 * commitment hash — is the one the version was saved with.
 */
import * as Y from 'yjs';
import { z } from 'zod';

const Json = z.json();
const NodeName = z.string().regex(/^[A-Za-z][\w-]{0,63}$/);

export interface TextRun {
  /** Text, or an embedded object (the binding writes none, but a fragment may hold one). */
  insert: string | Record<string, z.infer<typeof Json>>;
  attributes?: Record<string, z.infer<typeof Json>>;
}

export type TreeNode =
  | {
      type: 'element';
      nodeName: string;
      attributes: Record<string, z.infer<typeof Json>>;
      children: TreeNode[];
    }
  | { type: 'text'; delta: TextRun[] };

const TextRunSchema = z.object({
  insert: z.union([z.string(), z.record(z.string(), Json)]),
  attributes: z.record(z.string(), Json).optional(),
});

const NodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal('element'),
      nodeName: NodeName,
      attributes: z.record(z.string(), Json),
      children: z.array(NodeSchema),
    }),
    z.object({ type: z.literal('text'), delta: z.array(TextRunSchema) }),
  ]),
);

/** Deeper than any document a person writes; bounds the recursion a hostile peer could ask for. */
const MAX_DEPTH = 48;

/** Checked without recursion, before the recursive schema runs. */
function shallowEnough(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    if (top.depth > MAX_DEPTH) return false;
    if (Array.isArray(top.value)) {
      for (const child of top.value) stack.push({ value: child, depth: top.depth + 1 });
    } else if (typeof top.value === 'object' && top.value !== null) {
      const children = (top.value as { children?: unknown }).children;
      if (children !== undefined) stack.push({ value: children, depth: top.depth + 1 });
    }
  }
  return true;
}

export const TextTree = z
  .unknown()
  .refine(shallowEnough, 'text tree too deep')
  .pipe(z.array(NodeSchema).max(20_000));

function nodeOf(child: Y.XmlElement | Y.XmlText | Y.XmlHook): TreeNode | null {
  if (child instanceof Y.XmlText) {
    return {
      type: 'text',
      delta: (child.toDelta() as TextRun[]).map(({ insert, attributes }) =>
        attributes ? { insert, attributes } : { insert },
      ),
    };
  }
  if (child instanceof Y.XmlElement) {
    return {
      type: 'element',
      nodeName: child.nodeName,
      // Values as stored: the binding writes numbers (a heading's level) even though Yjs types say string.
      attributes: child.getAttributes() as Record<string, z.infer<typeof Json>>,
      children: child.toArray().flatMap((grandchild) => nodeOf(grandchild) ?? []),
    };
  }
  // Hooks are not written by the editor binding; nothing to keep.
  return null;
}

/** The fragment as a JSON tree. */
export function fragmentTree(fragment: Y.XmlFragment): TreeNode[] {
  return fragment.toArray().flatMap((child) => nodeOf(child) ?? []);
}

function fill(parent: Y.XmlFragment | Y.XmlElement, nodes: readonly TreeNode[]): void {
  nodes.forEach((node, index) => {
    if (node.type === 'text') {
      const text = new Y.XmlText();
      parent.insert(index, [text]);
      text.applyDelta(node.delta);
      return;
    }
    const element = new Y.XmlElement(node.nodeName);
    parent.insert(index, [element]);
    // Yjs stores any JSON attribute value; only its typings say string.
    const attributes = element as unknown as Y.XmlElement<Record<string, z.infer<typeof Json>>>;
    for (const [key, value] of Object.entries(node.attributes)) attributes.setAttribute(key, value);
    fill(element, node.children);
  });
}

/** Replaces everything in the fragment with the tree. Call inside a transaction. */
export function replaceFragment(fragment: Y.XmlFragment, nodes: readonly TreeNode[]): void {
  fragment.delete(0, fragment.length);
  fill(fragment, nodes);
}

// --- Blocks: the text as a reader sees its parts, for comparing two versions ---

export type BlockKind = 'heading' | 'paragraph' | 'listItem';

export interface TextBlock {
  kind: BlockKind;
  text: string;
}

// Lower-case: the XML string Yjs writes lower-cases node names (listItem → listitem).
const LIST_ITEMS = new Set(['listitem', 'taskitem']);
/** Elements whose content is one run of text: one block each. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeblock']);
const nameOf = (node: { nodeName: string }) => node.nodeName.toLowerCase();
const isList = (node: TreeNode) => node.type === 'element' && /list$/.test(nameOf(node));

/** The words inside a node: text runs, a mention as "@label", a line break as a space. */
function inlineText(nodes: readonly TreeNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text')
        return node.delta.map((run) => (typeof run.insert === 'string' ? run.insert : '')).join('');
      if (nameOf(node) === 'mention') {
        const label = node.attributes.label ?? node.attributes.id;
        return typeof label === 'string' && label !== '' ? `@${label}` : '';
      }
      if (nameOf(node) === 'hardbreak') return ' ';
      return inlineText(node.children);
    })
    .join('');
}

const tidy = (words: string) => words.replace(/\s+/g, ' ').trim();

function collectBlocks(nodes: readonly TreeNode[], out: TextBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const words = tidy(inlineText([node]));
      if (words !== '') out.push({ kind: 'paragraph', text: words });
      continue;
    }
    if (LIST_ITEMS.has(nameOf(node))) {
      // A list item's paragraphs read as one point; a nested list inside it gets its own items.
      const own = node.children.filter((child) => !isList(child));
      const words = tidy(
        own
          .map((child) =>
            child.type === 'element' && TEXT_BLOCKS.has(nameOf(child))
              ? inlineText(child.children)
              : inlineText([child]),
          )
          .join(' '),
      );
      if (words !== '') out.push({ kind: 'listItem', text: words });
      collectBlocks(node.children.filter(isList), out);
      continue;
    }
    if (TEXT_BLOCKS.has(nameOf(node))) {
      const words = tidy(inlineText(node.children));
      if (words !== '') out.push({ kind: nameOf(node) === 'heading' ? 'heading' : 'paragraph', text: words });
      continue;
    }
    collectBlocks(node.children, out);
  }
}

/** Headings, paragraphs and list items in reading order, as plain text; empty ones left out. */
export function treeBlocks(nodes: readonly TreeNode[]): TextBlock[] {
  const out: TextBlock[] = [];
  collectBlocks(nodes, out);
  return out;
}

const TAG = /<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*>/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/**
 * A tree read back from the fragment's XML string, for versions saved before versions kept a tree.
 * Yjs does not escape text in that string, so a "<" typed in the text may be misread as a tag: good
 * enough to compare, never used to restore.
 */
export function treeFromXml(xml: string): TreeNode[] {
  const root: TreeNode[] = [];
  const stack: { nodeName: string; children: TreeNode[] }[] = [{ nodeName: '', children: root }];
  const current = () => stack[stack.length - 1] ?? { nodeName: '', children: root };
  const pushText = (words: string) => {
    if (words !== '') current().children.push({ type: 'text', delta: [{ insert: words }] });
  };
  let at = 0;
  for (const match of xml.matchAll(TAG)) {
    pushText(xml.slice(at, match.index));
    at = match.index + match[0].length;
    const [, closing, nodeName = '', attributeText = ''] = match;
    if (closing === '/') {
      if (stack.length > 1 && current().nodeName === nodeName) stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', value = ''] of attributeText.matchAll(ATTRIBUTE)) attributes[key] = value;
    const element: TreeNode = { type: 'element', nodeName, attributes, children: [] };
    current().children.push(element);
    stack.push({ nodeName, children: element.children });
  }
  pushText(xml.slice(at));
  return root;
}
