import { useTranslation } from 'react-i18next';
import type { RoomPresence } from '../sync/useRoomConnection';
import { ConnectionChip } from './ConnectionChip';
import { LogoMark } from './LogoMark';
import { OnlineCount } from './OnlineCount';

export function TopBar({ areaName, presence }: { areaName: string; presence: RoomPresence }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <LogoMark size={30} />
        <span className="brand-name">{t('shell.appName')}</span>
      </div>
      <div className="topbar-area">
        <span className="area-kind">{t('shell.areaKind')}</span>
        <span className="area-name">{areaName}</span>
      </div>
      <div className="topbar-status">
        <OnlineCount count={presence.online} live={presence.connection === 'connected'} />
        <ConnectionChip state={presence.connection} />
      </div>
    </header>
  );
}
