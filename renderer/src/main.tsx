/** Renderer entry: configure, find the host, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { App, isParticipantLink } from './App';
import { startAreaLoad } from './app/session';
import { followMenuLanguage } from './desktop/menu-language';
import { resolveHost } from './host';
import { initI18n } from './i18n';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';

// The CSP forbids eval. Without this, zod probes `new Function` on first parse, which the browser
// reports as a CSP violation even though zod catches it.
z.config({ jitless: true });
initI18n();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const host = resolveHost();
// The service worker is registered later, once the first screen has what it needs (App.tsx).
if (host.ok) {
  followMenuLanguage(host.host);
  // A participant's phone joins one FGD session, not the area.
  if (!isParticipantLink()) startAreaLoad(host.host);
}

createRoot(container).render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
