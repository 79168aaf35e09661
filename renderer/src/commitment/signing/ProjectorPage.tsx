/**
 * /papan/komitmen/:id — the signing board for the room's projector, outside the app's frame: the
 * title, how many regions have signed, a tile per member region in signing order (the next one
 * marked), and the short hash of the text being signed. Live: a tile turns as its region signs.
 * Sized for a 1024×768 projector read from the back of the room; "Keluar" or Esc goes back.
 */
import { IconArrowRight } from '@tabler/icons-react';
import { type ReactNode, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { regencyByCode } from '../../../../shared/regions/index';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { regionLabel } from '../../data/catalog-store';
import { leavePresenter } from '../../desktop/desktop-calls';
import { ProjectorExitButton, ProjectorScreen } from '../../shell/ProjectorScreen';
import { commitmentPath } from '../CommitmentPage';
import { type CommitmentView, useCommitmentView } from '../use-commitment';
import { summariseBoard } from './board-summary';
import classes from './projector.module.css';
import { STATE_LOOK } from './signature-state';

export function ProjectorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useCommitmentView(id);
  const navigate = useNavigate();
  const { host } = useSession();
  // The desktop app shows the board in its presenter window, which "Keluar" closes.
  const leave = useCallback(() => {
    const back = () => navigate(commitmentPath(id, 'tanda-tangan'));
    if (host.kind === 'electron') leavePresenter(host.desktop, back);
    else back();
  }, [navigate, id, host]);
  return (
    <ProjectorScreen
      status={view.commitment ? 'ready' : view.loaded ? 'missing' : 'loading'}
      onExit={leave}
      labels={{
        loading: t('commitment.loading'),
        missing: t('commitment.notFoundTitle'),
        exit: t('commitmentBoard.exit'),
      }}
      classNames={classes}
    >
      <Board view={view} exit={<ProjectorExitButton label={t('commitmentBoard.exit')} onExit={leave} />} />
    </ProjectorScreen>
  );
}

function Board({ view, exit }: { view: CommitmentView; exit: ReactNode }) {
  const { t } = useTranslation();
  const area = useArea();
  const commitment = view.commitment;
  if (!commitment) return null;
  const summary = summariseBoard(view.board, commitment.status);
  const names = new Map(area.members.map((member) => [member.code, member.displayName]));
  const nameOf = (code: string) => names.get(code) ?? regionLabel(code);
  // A tile is a fifth of a 1024-pixel beam: the kind ("Kab." / "Kota") goes small above the name so
  // the name itself can be large without breaking mid-word.
  const kindOf = (code: string) =>
    regencyByCode(code)?.kind === 'kota'
      ? t('commitmentBoard.tile.kota')
      : t('commitmentBoard.tile.kabupaten');
  const shortNameOf = (code: string) => regencyByCode(code)?.shortName ?? nameOf(code);
  const status =
    commitment.status !== 'final'
      ? t('commitmentBoard.projector.notFinal')
      : view.board.complete
        ? t('commitmentBoard.complete')
        : summary.next !== null
          ? t('commitmentBoard.next', { region: nameOf(summary.next) })
          : '';

  return (
    <div className={classes.layout}>
      <header className={classes.header}>
        <h1 className={classes.title}>{commitment.title}</h1>
        <p className={classes.count} data-testid="projector-count" aria-live="polite">
          {t('commitmentBoard.projector.count', { signed: summary.signed, total: summary.total })}
        </p>
        {status !== '' && (
          <p className={classes.status} data-complete={view.board.complete || undefined}>
            {summary.next !== null && !view.board.complete && (
              <IconArrowRight size="1em" aria-hidden="true" className={classes.inlineIcon} />
            )}
            {status}
          </p>
        )}
      </header>
      <ol className={classes.grid} aria-label={t('commitmentBoard.title')}>
        {view.board.regions.map((region, index) => {
          const next = region.code === summary.next;
          const Icon = next ? IconArrowRight : STATE_LOOK[region.state].icon;
          return (
            <li
              key={region.code}
              className={classes.tile}
              data-state={region.state}
              data-next={next || undefined}
              aria-current={next ? 'step' : undefined}
            >
              <span className={classes.tileTop}>
                <span className={classes.number}>{index + 1}</span>{' '}
                <span className={classes.kind}>{kindOf(region.code)}</span>
              </span>{' '}
              {/* The spaces keep the words apart for screen readers; flex layout ignores them. */}
              <span className={classes.name}>{shortNameOf(region.code)}</span>{' '}
              <span className={classes.state}>
                <Icon size="1.1em" aria-hidden="true" className={classes.inlineIcon} />
                {next ? t('commitmentBoard.nextTag') : t(STATE_LOOK[region.state].short)}
              </span>{' '}
              {region.state === 'signed' && region.signature && (
                <span className={classes.official}>{region.signature.official}</span>
              )}
            </li>
          );
        })}
      </ol>
      <footer className={classes.footer}>
        <span className={classes.hash}>
          {commitment.status === 'final' && t('commitment.hashShort', { hash: commitment.hash.slice(0, 12) })}
        </span>
        <span>{area.name}</span>
        {exit}
      </footer>
    </div>
  );
}
