import { labels } from '../labels';
import type { ConnectionState } from '../sync/connection-state';

export function ConnectionChip({ state }: { state: ConnectionState }) {
  return (
    <span className="chip" data-state={state} role="status" title={labels.connectionHint[state]}>
      <span className="chip-dot" aria-hidden="true" />
      {labels.connection[state]}
    </span>
  );
}
