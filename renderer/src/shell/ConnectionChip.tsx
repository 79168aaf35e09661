import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../../shared/connection-state';

export function ConnectionChip({ state }: { state: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <span className="chip" data-state={state} role="status" title={t(`connectionHint.${state}`)}>
      <span className="chip-dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </span>
  );
}
