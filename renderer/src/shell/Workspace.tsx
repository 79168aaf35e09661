import { labels } from '../labels';
import type { RoomPresence } from '../sync/useRoomConnection';

export interface WorkspaceProps {
  areaName: string;
  presence: RoomPresence;
  /** Where this window's documents live: this device's node, or the node that served the page. */
  store: { kind: 'local' } | { kind: 'served'; address: string };
}

/** The area's landing page: what Rembug is for, and the honest state of this window's sync. */
export function Workspace({ areaName, presence, store }: WorkspaceProps) {
  return (
    <main className="workspace">
      <section className="intro" aria-labelledby="workspace-title">
        <p className="eyebrow">
          {labels.workspaceEyebrow} · {areaName}
        </p>
        <h1 id="workspace-title">{labels.workspaceTitle}</h1>
        <p className="lead">{labels.workspaceLead}</p>
      </section>
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title" className="section-title">
          {labels.statusHeading}
        </h2>
        <dl className="facts">
          <dt>{labels.statusStore}</dt>
          <dd>
            {store.kind === 'local' ? labels.statusStoreLocal : labels.statusStoreServed(store.address)}
          </dd>
          <dt>{labels.statusConnection}</dt>
          <dd>
            {labels.connection[presence.connection]} — {labels.connectionHint[presence.connection]}
          </dd>
          <dt>{labels.statusOnline}</dt>
          <dd>{labels.online(presence.online)}</dd>
          <dt>{labels.statusLastSync}</dt>
          <dd>
            {presence.lastSyncedAt ? labels.formatTime(presence.lastSyncedAt) : labels.statusNeverSynced}
          </dd>
        </dl>
      </section>
    </main>
  );
}
