import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n';
import type { RoomPresence } from '../sync/useRoomConnection';

export interface WorkspaceProps {
  areaName: string;
  presence: RoomPresence;
  /** Where this window's documents live: this device's node, or the node that served the page. */
  store: { kind: 'local' } | { kind: 'served'; address: string };
}

/** The area's landing page: what Rembug is for, and the honest state of this window's sync. */
export function Workspace({ areaName, presence, store }: WorkspaceProps) {
  const { t, i18n } = useTranslation();
  return (
    <main className="workspace">
      <section className="intro" aria-labelledby="workspace-title">
        <p className="eyebrow">
          {t('shell.workspaceEyebrow')} · {areaName}
        </p>
        <h1 id="workspace-title">{t('shell.workspaceTitle')}</h1>
        <p className="lead">{t('shell.workspaceLead')}</p>
      </section>
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title" className="section-title">
          {t('shell.statusHeading')}
        </h2>
        <dl className="facts">
          <dt>{t('shell.statusStore')}</dt>
          <dd>
            {store.kind === 'local'
              ? t('shell.statusStoreLocal')
              : t('shell.statusStoreServed', { address: store.address })}
          </dd>
          <dt>{t('shell.statusConnection')}</dt>
          <dd>
            {t(`connection.${presence.connection}`)} — {t(`connectionHint.${presence.connection}`)}
          </dd>
          <dt>{t('shell.statusOnline')}</dt>
          <dd>{t('shell.online', { count: presence.online })}</dd>
          <dt>{t('shell.statusLastSync')}</dt>
          <dd>
            {presence.lastSyncedAt
              ? formatTime(presence.lastSyncedAt, i18n.language)
              : t('shell.statusNeverSynced')}
          </dd>
        </dl>
      </section>
    </main>
  );
}
