/**
 * The catalog as a table: a virtual list of row links under a sticky header, so 15,000 entries cost
 * what the visible thirty do. Each row is a link to the innovation (Tab reaches it, Enter opens it);
 * arrow keys move between rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../data/catalog-store';
import classes from './catalog.module.css';
import { useEntryLinks } from './use-entry-links';
import { useListKeyboard } from './use-list-keyboard';
import { dimensionNames, type RowContext } from './use-row-context';
import { useScrollReset } from './use-scroll-reset';

const ROW_HEIGHT = 64;
const HEADER_HEIGHT = 40;
const identity = (index: number) => index;

export interface CatalogListProps {
  entries: readonly CatalogEntry[];
  context: RowContext;
  /** Changes when the person changes the query (not when the data updates): the list returns to the top. */
  resetKey: string;
}

export const CatalogTable = memo(function CatalogTable({ entries, context, resetKey }: CatalogListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The rows start below the sticky header.
    scrollMargin: HEADER_HEIGHT,
    overscan: 6,
    getItemKey: (index) => entries[index]?.key ?? index,
  });
  const onKeyDown = useListKeyboard(scrollRef, virtualizer, entries.length, 1, identity);
  const links = useEntryLinks();

  useScrollReset(virtualizer, resetKey);

  return (
    <section
      ref={scrollRef}
      className={`${classes.scroll} ${classes.tableScroll}`}
      data-testid="catalog-scroll"
      aria-label={t('catalog.listLabel')}
      onKeyDown={onKeyDown}
      onClick={links.onClick}
    >
      <div className={classes.table}>
        {/* Column titles for the eye; each row link reads out its own values. */}
        <div className={classes.header} style={{ height: HEADER_HEIGHT }} aria-hidden="true">
          <span>{t('catalog.column.name')}</span>
          <span>{t('catalog.column.region')}</span>
          <span>
            {t('catalog.column.stage')}
            <span className={classes.narrowOnly}> · {t('catalog.column.digital')}</span>
          </span>
          <span className={classes.wideOnly}>{t('catalog.column.digital')}</span>
          <span className={classes.dimensionsColumn}>{t('catalog.column.dimensions')}</span>
        </div>
        <div className={classes.body} style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            return (
              <TableRow
                key={entry.key}
                entry={entry}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                context={context}
                hrefBase={links.hrefBase}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
});

interface RowProps {
  entry: CatalogEntry;
  index: number;
  top: number;
  context: RowContext;
  hrefBase: string;
}

const TableRow = memo(function TableRow({ entry, index, top, context, hrefBase }: RowProps) {
  const { innovation } = entry;
  const { labels } = context;
  const replicatedBy = context.replicatedBy.get(entry.key) ?? 0;
  const dimensions = dimensionNames(innovation, context.pillarNames);
  const digital = innovation.digital ? labels.digital.yes : labels.digital.no;
  return (
    <a
      href={`${hrefBase}/${entry.key}`}
      className={classes.row}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      data-testid="catalog-row"
      data-key={entry.key}
      data-index={index}
    >
      <span className={classes.cell}>
        <span className={classes.nameLine}>
          <span className={`${classes.line} ${classes.name}`}>{innovation.name}</span>
          {replicatedBy > 0 && (
            <span className={classes.badge} data-tone="replicated">
              {labels.replicatedBy(replicatedBy)}
            </span>
          )}
        </span>
        <span className={`${classes.line} ${classes.secondary}`}>{innovation.summary}</span>
      </span>
      <span className={classes.cell}>
        <span className={`${classes.line} ${classes.regionName}`}>{entry.regionName}</span>
        <span className={`${classes.line} ${classes.secondary}`}>{innovation.opd}</span>
      </span>
      <span className={classes.cell}>
        <span>
          <span className={classes.badge} data-tone={innovation.stage}>
            {labels.stage[innovation.stage]}
          </span>
        </span>
        <span className={`${classes.secondary} ${classes.narrowOnly}`}>{digital}</span>
      </span>
      <span className={`${classes.line} ${classes.secondary} ${classes.wideOnly}`}>{digital}</span>
      <span
        className={`${classes.clamp2} ${classes.secondary} ${classes.dimensionsColumn}`}
        title={dimensions}
      >
        {dimensions}
      </span>
    </a>
  );
});
