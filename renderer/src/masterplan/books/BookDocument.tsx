/**
 * A master plan book as the region's official document: letterhead, the book's name and the plan's
 * title, then its numbered chapters — paragraphs, fact lists and tables, exactly as the book model
 * says them. Plain HTML set by the shared print stylesheet, so it prints the same everywhere.
 */
import base from '../../print/print-sheet.module.css';
import type { Book, BookBlock, BookCell, BookColumn, BookRow } from './book-model';
import classes from './books.module.css';

export function BookDocument({ book }: { book: Book }) {
  return (
    <article aria-labelledby="master-plan-book-title">
      <header className={base.letterhead}>
        <p className={base.government}>{book.government}</p>
        <p className={base.area}>{book.areaName}</p>
        <div className={base.rule} />
      </header>
      <h1 id="master-plan-book-title" className={base.title}>
        {book.heading}
      </h1>
      <p className={`${base.subtitle} ${classes.subtitle}`}>{book.title}</p>
      {book.chapters.map((chapter) => (
        <section key={chapter.title} className={`${base.section} ${base.tableSection}`}>
          <h2 className={base.sectionTitle}>{chapter.title}</h2>
          {chapter.blocks.map((block, index) => (
            // Blocks are fixed for a render and have no identity of their own.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
      <footer className={`${base.footer} ${base.screenOnly}`}>{book.stamp}</footer>
    </article>
  );
}

function Block({ block }: { block: BookBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className={classes.paragraph}>{block.text}</p>;
    case 'empty':
      return <p className={`${base.muted} ${classes.paragraph}`}>{block.text}</p>;
    case 'subheading':
      return <h3 className={classes.subheading}>{block.text}</h3>;
    case 'facts':
      return (
        <table className={`${base.table} ${classes.block}`} aria-label={block.label}>
          <tbody>
            {block.rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row" className={base.factLabel}>
                  {label}
                </th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return <BookTable label={block.label} columns={block.columns} rows={block.rows} />;
  }
}

function BookTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: readonly BookColumn[];
  rows: readonly BookRow[];
}) {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return (
    <table className={`${base.table} ${classes.block} ${classes.fixed}`} aria-label={label}>
      <colgroup>
        {columns.map((column) => (
          <col key={column.label} style={{ width: `${(column.width / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={column.numeric ? base.numeric : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) =>
          row.kind === 'group' ? (
            <tr key={`group-${row.label}`} className={base.stageRow}>
              <th scope="colgroup" colSpan={columns.length}>
                {row.label}
              </th>
            </tr>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed for a render.
            <tr key={index} className={row.total ? classes.total : undefined}>
              {row.cells.map((cell, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell's place is its identity.
                <td key={n} className={columns[n]?.numeric ? base.numeric : undefined}>
                  <Lines lines={cell} />
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** A cell's value, and the smaller notes under it. */
function Lines({ lines }: { lines: BookCell }) {
  const [first = '', ...rest] = lines;
  return (
    <>
      {first}
      {rest.map((line) => (
        <span key={line} className={base.cellNote}>
          {line}
        </span>
      ))}
    </>
  );
}
