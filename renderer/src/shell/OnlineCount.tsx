import { useTranslation } from 'react-i18next';

export function OnlineCount({ count, live }: { count: number; live: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="online" data-live={live} title={t('shell.onlineHint')} aria-live="polite">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="6" cy="5.5" r="2.5" fill="currentColor" />
        <path d="M1.5 13.5c0-2.5 2-4.2 4.5-4.2s4.5 1.7 4.5 4.2z" fill="currentColor" />
        <circle cx="11.5" cy="6" r="2" fill="currentColor" opacity="0.55" />
        <path
          d="M11 9.6c2 0 3.5 1.4 3.5 3.9h-3c0-1.5-.4-2.8-1.3-3.7.3-.1.5-.2.8-.2z"
          fill="currentColor"
          opacity="0.55"
        />
      </svg>
      {t('shell.online', { count })}
    </span>
  );
}
