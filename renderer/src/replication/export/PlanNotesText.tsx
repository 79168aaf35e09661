/** A plan's rich-text notes, read-only, as plain HTML the print stylesheet sets like the document. */
import type { ReactNode } from 'react';
import type { NoteMark, NoteNode } from './notes-tree';

const BLOCK_TAGS = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  taskList: 'ul',
  listItem: 'li',
  taskItem: 'li',
} as const;

function isBlockName(name: string): name is keyof typeof BLOCK_TAGS {
  return Object.hasOwn(BLOCK_TAGS, name);
}

/**
 * Headings inside the notes sit below the document's own section headings (h2), so the outline
 * stays in order: the notes' first level becomes h3.
 */
function headingTag(level: unknown): 'h3' | 'h4' | 'h5' | 'h6' {
  const n = typeof level === 'number' ? level : Number(level);
  if (n <= 1 || Number.isNaN(n)) return 'h3';
  if (n === 2) return 'h4';
  return n === 3 ? 'h5' : 'h6';
}

function withMark(content: ReactNode, mark: NoteMark): ReactNode {
  switch (mark.name) {
    case 'bold':
      return <strong>{content}</strong>;
    case 'italic':
      return <em>{content}</em>;
    case 'strike':
      return <s>{content}</s>;
    case 'underline':
      return <u>{content}</u>;
    case 'code':
      return <code>{content}</code>;
    case 'link':
      return mark.href ? (
        <a href={mark.href} target="_blank" rel="noreferrer">
          {content}
        </a>
      ) : (
        content
      );
    default:
      return content;
  }
}

function Node({ node }: { node: NoteNode }): ReactNode {
  if (node.kind === 'text') return node.marks.reduce<ReactNode>(withMark, node.text);
  const children = <Nodes nodes={node.children} />;
  if (node.name === 'heading') {
    const Tag = headingTag(node.attrs.level);
    return <Tag>{children}</Tag>;
  }
  if (node.name === 'orderedList') {
    const start = typeof node.attrs.start === 'number' ? node.attrs.start : undefined;
    return <ol start={start}>{children}</ol>;
  }
  if (node.name === 'codeBlock')
    return (
      <pre>
        <code>{children}</code>
      </pre>
    );
  if (node.name === 'hardBreak') return <br />;
  if (node.name === 'horizontalRule') return <hr />;
  if (isBlockName(node.name)) {
    const Tag = BLOCK_TAGS[node.name];
    return <Tag>{children}</Tag>;
  }
  // A node type this version does not know (an extension added later): its text still shows.
  return children;
}

function Nodes({ nodes }: { nodes: readonly NoteNode[] }) {
  // The tree is rebuilt whole on every change and never reordered in place: the index is a stable key.
  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
  return nodes.map((node, index) => <Node key={index} node={node} />);
}

export function PlanNotesText({ nodes, className }: { nodes: readonly NoteNode[]; className?: string }) {
  return (
    <div className={className}>
      <Nodes nodes={nodes} />
    </div>
  );
}
