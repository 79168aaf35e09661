/**
 * A voting step on the projector: "N suara masuk" while the room votes; once the facilitator reveals
 * the results, the leading cards ranked, each with a bar and its number of votes.
 */
import { useTranslation } from 'react-i18next';
import type { FgdSession } from '../../../../shared/model/fgd-view';
import { type BoardStep, cardsOfStep, rankByVotes, votesOn } from '../board/board-layout';
import type { ColouredPillar } from '../board/CardColumns';
import { pillarStyle } from './ProjectorCards';
import classes from './projector.module.css';

/** Rows that fit under the step's title on a 768-pixel beam, two lines of text each. */
const RESULT_ROWS = 7;

export function ProjectorResults({
  session,
  step,
  tally,
  pillars,
}: {
  session: FgdSession;
  step: BoardStep;
  /** This step's votes, when this window may see them (see useStepTally). */
  tally: Readonly<Record<string, number>> | null;
  pillars: readonly ColouredPillar[];
}) {
  const { t } = useTranslation();
  const cards = cardsOfStep(session, step);
  const revealed = session.revealed.includes(step.id);
  const total = votesOn(cards, tally);
  if (!revealed || tally === null) {
    return (
      <>
        <p className={classes.big} aria-live="polite" data-testid="fgd-projector-count" data-hero>
          {tally === null ? t('fgdProjector.voting') : t('fgdProjector.voteCount', { count: total })}
        </p>
        <p className={classes.note}>{t('fgdProjector.resultsHidden')}</p>
      </>
    );
  }
  const ranked = rankByVotes(cards, tally).filter((entry) => entry.votes > 0);
  const top = ranked.slice(0, RESULT_ROWS);
  const most = top[0]?.votes ?? 1;
  const colourOf = new Map(pillars.map((pillar) => [pillar.id, pillar]));
  return (
    <>
      <p className={classes.big} data-testid="fgd-projector-count">
        {t('fgdProjector.resultsTitle', { count: total })}
      </p>
      {top.length === 0 ? (
        <p className={classes.note}>{t('fgdProjector.noVotes')}</p>
      ) : (
        <ol
          className={classes.results}
          aria-label={t('fgdProjector.resultsLabel')}
          data-testid="fgd-projector-results"
        >
          {top.map((entry) => {
            const pillar = colourOf.get(entry.card.pillarId);
            return (
              <li
                key={entry.card.id}
                className={classes.result}
                style={pillarStyle(pillar?.colour ?? 'gray')}
              >
                <span className={classes.rank}>{entry.rank}</span>
                <span className={classes.resultText}>
                  {entry.card.text}
                  <span className={classes.resultPillar}>{pillar?.name ?? t('fgdBoard.otherPillar')}</span>
                </span>
                <span className={classes.barTrack}>
                  <span
                    className={classes.bar}
                    style={{ width: `${(entry.votes / most) * 80}%` }}
                    aria-hidden="true"
                  />
                  <span className={classes.votes}>{t('fgdProjector.votes', { count: entry.votes })}</span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {ranked.length > top.length && (
        <span className={classes.more}>
          {t('fgdProjector.moreResults', { count: ranked.length - top.length })}
        </span>
      )}
    </>
  );
}
