/**
 * The catalog as cards (phones always; larger screens by choice): a virtual list of lines of cards,
 * as many per line as the width allows. Each card is a link to the innovation.
 */
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../data/catalog-store';
import type { CatalogListProps } from './CatalogTable';
import classes from './catalog.module.css';
import { useEntryLinks } from './use-entry-links';
import { useListKeyboard } from './use-list-keyboard';
import { dimensionNames, type RowContext } from './use-row-context';
import { useScrollReset } from './use-scroll-reset';

const CARD_HEIGHT = 192;
const GAP = 12;
const CARD_ROW_HEIGHT = CARD_HEIGHT + GAP;
/** Narrowest comfortable card: a name of two lines still reads as a title. */
const MIN_CARD_WIDTH = 300;

function columnsFor(width: number): number {
  return Math.max(1, Math.min(4, Math.floor((width + GAP) / (MIN_CARD_WIDTH + GAP))));
}

export const CatalogCards = memo(function CatalogCards({ entries, context, resetKey }: CatalogListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { ref: sizeRef, width } = useElementSize<HTMLDivElement>();
  const ref = useMergedRef(scrollRef, sizeRef);
  const columns = columnsFor(width);
  const lines = Math.ceil(entries.length / columns);
  const virtualizer = useVirtualizer({
    count: lines,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ROW_HEIGHT,
    overscan: 3,
  });
  const rowOf = useCallback((index: number) => Math.floor(index / columns), [columns]);
  const onKeyDown = useListKeyboard(scrollRef, virtualizer, entries.length, columns, rowOf);
  const links = useEntryLinks();

  useScrollReset(virtualizer, resetKey);

  return (
    <section
      ref={ref}
      className={classes.scroll}
      data-testid="catalog-scroll"
      aria-label={t('catalog.listLabel')}
      onKeyDown={onKeyDown}
      onClick={links.onClick}
    >
      <div className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((line) => {
          const first = line.index * columns;
          return (
            <div
              key={line.index}
              className={classes.cardRow}
              style={{
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
                height: CARD_ROW_HEIGHT,
                paddingBottom: GAP,
                gap: GAP,
                transform: `translateY(${line.start}px)`,
              }}
            >
              {entries.slice(first, first + columns).map((entry, offset) => (
                <Card
                  key={entry.key}
                  entry={entry}
                  index={first + offset}
                  context={context}
                  hrefBase={links.hrefBase}
                />
              ))}
            </div>
          );
        })}
      </div>
    </section>
  );
});

interface CardProps {
  entry: CatalogEntry;
  index: number;
  context: RowContext;
  hrefBase: string;
}

const Card = memo(function Card({ entry, index, context, hrefBase }: CardProps) {
  const { innovation } = entry;
  const { labels } = context;
  const replicatedBy = context.replicatedBy.get(entry.key) ?? 0;
  const dimensions = dimensionNames(innovation, context.pillarNames);
  return (
    <a
      href={`${hrefBase}/${entry.key}`}
      className={classes.card}
      style={{ height: CARD_HEIGHT }}
      data-testid="catalog-card"
      data-key={entry.key}
      data-index={index}
    >
      <span className={classes.badges}>
        <span className={classes.badge} data-tone={innovation.stage}>
          {labels.stage[innovation.stage]}
        </span>
        <span className={classes.badge} data-tone="outline">
          {innovation.digital ? labels.digital.yes : labels.digital.no}
        </span>
      </span>
      <span className={classes.cardName}>{innovation.name}</span>
      <span className={`${classes.line} ${classes.secondary}`}>
        {entry.regionName} · {innovation.opd}
      </span>
      <span className={classes.cardSummary}>{innovation.summary}</span>
      <span className={classes.cardFooter}>
        <span className={`${classes.line} ${classes.secondary}`} title={dimensions}>
          {dimensions}
        </span>
        {replicatedBy > 0 && (
          <span className={classes.badge} data-tone="replicated">
            {labels.replicatedBy(replicatedBy)}
          </span>
        )}
      </span>
    </a>
  );
});
