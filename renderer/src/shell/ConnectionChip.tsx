import type { ConnectionState } from '../../../shared/connection-state';
import { labels } from '../labels';

export function ConnectionChip({ state }: { state: ConnectionState }) {
  return (
    <span className="chip" data-state={state} role="status" title={labels.connectionHint[state]}>
      <span className="chip-dot" aria-hidden="true" />
      {labels.connection[state]}
    </span>
  );
}
