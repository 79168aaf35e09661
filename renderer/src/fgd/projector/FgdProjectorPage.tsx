/**
 * /papan/fgd/:id — the FGD for the room's projector, outside the app's frame: the session's title
 * small, the current step's title large, its instruction, a big countdown, and by step: how many
 * cards came in and (once revealed) the cards by dimension, or the votes and (once revealed) the
 * ranked results. With the room hosted, the join code and QR. Follows the facilitator live; Esc or
 * "Keluar" closes the window (or goes back to the session where it is not a window of its own).
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { leavePresenter } from '../../desktop/desktop-calls';
import { ProjectorExitButton, ProjectorScreen } from '../../shell/ProjectorScreen';
import { pillarColour } from '../board/board-layout';
import type { ColouredPillar } from '../board/CardColumns';
import { useStepTally } from '../board/use-step-tally';
import { fgdPath } from '../console/paths';
import { JoinBanner } from '../hosting/JoinBanner';
import { type FgdView, useFgdView } from '../use-fgd';
import { ProjectorCards } from './ProjectorCards';
import { ProjectorResults } from './ProjectorResults';
import { ProjectorTimer } from './ProjectorTimer';
import classes from './projector.module.css';

export function FgdProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useFgdView(id);
  const leave = useLeave(id);
  return (
    <ProjectorScreen
      status={view.session ? 'ready' : view.loaded ? 'missing' : 'loading'}
      onExit={leave}
      labels={{
        loading: t('fgdProjector.loading'),
        missing: t('fgdProjector.notFound'),
        exit: t('fgdProjector.exit'),
      }}
      classNames={classes}
    >
      <Screen view={view} onExit={leave} />
    </ProjectorScreen>
  );
}

/**
 * A projector window the console opened has no history of its own: leaving closes it; the desktop
 * app's presenter window closes too. Elsewhere (a bookmarked address) it goes back to the session's page.
 */
function useLeave(id: string): () => void {
  const { host } = useSession();
  const navigate = useNavigate();
  return useCallback(() => {
    if (host.kind === 'electron') {
      leavePresenter(host.desktop, () => navigate(fgdPath(id)));
      return;
    }
    if (window.history.length <= 1) window.close();
    navigate(fgdPath(id));
  }, [host, navigate, id]);
}

function Screen({ view, onExit }: { view: FgdView; onExit: () => void }) {
  const { t } = useTranslation();
  const area = useArea();
  const pillars = useMemo<ColouredPillar[]>(
    () => area.pillars.map((pillar, index) => ({ ...pillar, colour: pillarColour(index) })),
    [area.pillars],
  );
  const session = view.session;
  const index = session ? session.steps.findIndex((entry) => entry.id === session.currentStepId) : -1;
  const step = session?.steps[index] ?? null;
  const tally = useStepTally(view, step);
  if (!session) return null;
  return (
    <div className={classes.layout}>
      <header className={classes.top}>
        <div>
          <p className={classes.session}>
            {session.meta.title}
            {step ? ` · ${t('fgdProjector.stepOf', { n: index + 1, total: session.steps.length })}` : ''}
          </p>
          <h1 className={classes.stepTitle} data-testid="fgd-projector-step">
            {step ? step.title : t('fgdProjector.notStarted')}
          </h1>
          {step && step.instruction !== '' && step.allow !== 'nothing' && (
            <p className={classes.instruction}>{step.instruction}</p>
          )}
        </div>
        {step && <ProjectorTimer timer={session.timer} stepId={step.id} />}
      </header>
      <div className={classes.body}>
        <section className={classes.main} aria-label={t('fgdProjector.contentLabel')}>
          {!step ? (
            <p className={classes.instruction} data-alone>
              {t('fgdProjector.notStartedBody')}
            </p>
          ) : step.allow === 'cards' ? (
            <ProjectorCards session={session} step={step} pillars={pillars} />
          ) : step.allow === 'votes' ? (
            <ProjectorResults session={session} step={step} tally={tally} pillars={pillars} />
          ) : (
            step.instruction !== '' && (
              <p className={classes.instruction} data-alone>
                {step.instruction}
              </p>
            )
          )}
        </section>
        <div className={classes.aside}>
          <JoinBanner room={view.synced.name} />
        </div>
      </div>
      <footer className={classes.footer}>
        <span>{session.meta.venue}</span>
        <span>{area.name}</span>
        <ProjectorExitButton label={t('fgdProjector.exit')} onExit={onExit} />
      </footer>
    </div>
  );
}
