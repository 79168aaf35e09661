/**
 * A card step on the projector: how many cards came in, and — once revealed, or on a step that never
 * hid them — the cards in a column per dimension. Names stay off the screen on an anonymous step.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { FgdSession } from '../../../../shared/model/fgd-view';
import { type BoardStep, cardsOfStep, cardsOpenToRoom, groupByPillar } from '../board/board-layout';
import type { ColouredPillar } from '../board/CardColumns';
import classes from './projector.module.css';

/** Cards shown per dimension, so one busy dimension leaves room for the others; the rest are counted. */
const CARDS_PER_COLUMN = 8;

export function pillarStyle(colour: string): CSSProperties {
  return { '--pillar': `var(--mantine-color-${colour}-3)` } as CSSProperties;
}

export function ProjectorCards({
  session,
  step,
  pillars,
}: {
  session: FgdSession;
  step: BoardStep;
  pillars: readonly ColouredPillar[];
}) {
  const { t } = useTranslation();
  const cards = cardsOfStep(session, step);
  const open = cardsOpenToRoom(session, step);
  const columns = groupByPillar(cards, pillars).filter((column) => column.cards.length > 0);
  return (
    <>
      <p className={classes.big} aria-live="polite" data-testid="fgd-projector-count">
        {t('fgdProjector.cardCount', { count: cards.length })}
      </p>
      {!open ? (
        <p className={classes.note}>{t('fgdProjector.cardsHidden')}</p>
      ) : cards.length === 0 ? (
        <p className={classes.note}>{t('fgdProjector.noCards')}</p>
      ) : (
        <ul className={classes.pillars} aria-label={t('fgdProjector.cardsLabel')}>
          {columns.map((column) => {
            const name = column.pillar?.name ?? t('fgdBoard.otherPillar');
            const colour = pillars[column.index]?.colour ?? 'gray';
            const shown = column.cards.slice(0, CARDS_PER_COLUMN);
            const more = column.cards.length - shown.length;
            return (
              <li key={column.pillar?.id ?? ':other'} className={classes.pillar} style={pillarStyle(colour)}>
                <h3 className={classes.pillarName}>
                  {name} <span className={classes.pillarCount}>({column.cards.length})</span>
                </h3>
                <ul className={classes.cardList} aria-label={name}>
                  {shown.map((card) => (
                    <li key={card.id} className={classes.card}>
                      {card.text}
                      {!step.anonymous && card.authorName !== null && (
                        <span className={classes.cardAuthor}>{card.authorName}</span>
                      )}
                    </li>
                  ))}
                </ul>
                {more > 0 && (
                  <span className={classes.more}>{t('fgdProjector.moreCards', { count: more })}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
