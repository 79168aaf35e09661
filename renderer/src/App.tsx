/**
 * Root: the host decides where documents live; without a profile the person goes through first
 * start; with one, the session opens and the screens are routed (hash routes: the same build loads
 * from rembug-app://app/ in Electron and from `/` on a node).
 */
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { RembugHost } from '../../shared/host';
import { SessionProvider, useSession } from './app/session';
import { cssVariablesResolver, makeTheme } from './app/theme';
import { CatalogPage } from './catalog/CatalogPage';
import { loadDemoData } from './data/demo';
import { loadProfile, type Profile, saveProfile } from './data/profile';
import type { HostResult } from './host';
import { keepAppOffline } from './offline-shell';
import { AppLayout } from './shell/AppLayout';
import { LogoMark } from './shell/LogoMark';
import { NotFoundPage } from './shell/NotFoundPage';

// The catalog is what opens first; every other screen is fetched after the first paint, when the
// browser is idle (and kept by the service worker), so the first paint parses less script and a screen
// still opens if the node becomes unreachable before the person visits it.
const screens = {
  commitment: () => import('./commitment/CommitmentPage'),
  commitmentPrint: () => import('./commitment/export/CommitmentPrintPage'),
  commitments: () => import('./commitment/CommitmentListPage'),
  detail: () => import('./catalog/InnovationDetailPage'),
  edit: () => import('./catalog/InnovationEditPage'),
  fgd: () => import('./fgd/FgdSessionPage'),
  fgdPrint: () => import('./fgd/export/FgdPrintPage'),
  fgdProjector: () => import('./fgd/projector/FgdProjectorPage'),
  fgds: () => import('./fgd/FgdListPage'),
  masterPlan: () => import('./masterplan/MasterPlanPage'),
  masterPlanArea: () => import('./masterplan/MasterPlanAreaPage'),
  masterPlanPrint: () => import('./masterplan/books/MasterPlanPrintPage'),
  onboarding: () => import('./onboarding/Onboarding'),
  participant: () => import('./fgd/participant/ParticipantApp'),
  planPrint: () => import('./replication/export/PlanPrintPage'),
  projector: () => import('./commitment/signing/ProjectorPage'),
  replication: () => import('./replication/ReplicationListPage'),
  replicationPlan: () => import('./replication/plan/PlanPage'),
  settings: () => import('./settings/SettingsPage'),
};
const InnovationDetailPage = lazy(() =>
  screens.detail().then((module) => ({ default: module.InnovationDetailPage })),
);
const InnovationEditPage = lazy(() =>
  screens.edit().then((module) => ({ default: module.InnovationEditPage })),
);
const CommitmentPage = lazy(() =>
  screens.commitment().then((module) => ({ default: module.CommitmentPage })),
);
const CommitmentListPage = lazy(() =>
  screens.commitments().then((module) => ({ default: module.CommitmentListPage })),
);
const CommitmentPrintPage = lazy(() =>
  screens.commitmentPrint().then((module) => ({ default: module.CommitmentPrintPage })),
);
const FgdSessionPage = lazy(() => screens.fgd().then((module) => ({ default: module.FgdSessionPage })));
const FgdListPage = lazy(() => screens.fgds().then((module) => ({ default: module.FgdListPage })));
const FgdPrintPage = lazy(() => screens.fgdPrint().then((module) => ({ default: module.FgdPrintPage })));
const FgdProjectorPage = lazy(() =>
  screens.fgdProjector().then((module) => ({ default: module.FgdProjectorPage })),
);
const ParticipantApp = lazy(() =>
  screens.participant().then((module) => ({ default: module.ParticipantApp })),
);
const MasterPlanPage = lazy(() =>
  screens.masterPlan().then((module) => ({ default: module.MasterPlanPage })),
);
const MasterPlanAreaPage = lazy(() =>
  screens.masterPlanArea().then((module) => ({ default: module.MasterPlanAreaPage })),
);
const MasterPlanPrintPage = lazy(() =>
  screens.masterPlanPrint().then((module) => ({ default: module.MasterPlanPrintPage })),
);
const Onboarding = lazy(() => screens.onboarding().then((module) => ({ default: module.Onboarding })));
const PlanPrintPage = lazy(() => screens.planPrint().then((module) => ({ default: module.PlanPrintPage })));
const ProjectorPage = lazy(() => screens.projector().then((module) => ({ default: module.ProjectorPage })));
const ReplicationListPage = lazy(() =>
  screens.replication().then((module) => ({ default: module.ReplicationListPage })),
);
const PlanPage = lazy(() => screens.replicationPlan().then((module) => ({ default: module.PlanPage })));
const SettingsPage = lazy(() => screens.settings().then((module) => ({ default: module.SettingsPage })));

function preloadScreens(): void {
  // Not the commitment screens: loading their editor's styles early changed how the plan notes'
  // carets lay out (plan-collaboration.spec.ts failed); they load when opened.
  const eager = Object.entries(screens).filter(
    ([key]) => !key.startsWith('commitment') && key !== 'projector' && key !== 'participant',
  );
  // One screen per idle period: evaluating all of them at once held the main thread for long enough
  // to stutter the first dialogs someone opened.
  const next = () => {
    const [, screen] = eager.shift() ?? [];
    if (screen === undefined) return;
    screen()
      .catch((error: unknown) => console.warn('a screen could not be preloaded', error))
      .finally(() => whenIdle(next));
  };
  next();
}

/** Runs `work` when the browser is idle (within 3 s); returns what cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const timer = window.setTimeout(work, 1000);
  return () => window.clearTimeout(timer);
}

/**
 * What no first screen needs: the other screens' code and the service worker's copy of the app's
 * files. Both fetch from the node that is sending the area's documents at the same time, and
 * compiling the screens holds up the main thread that applies them: they start once the area has
 * loaded (alongside them the area set's first load took 0.3–1 s longer).
 */
function startBackgroundWork(host: RembugHost): () => void {
  return whenIdle(() => {
    keepAppOffline(host);
    preloadScreens();
  });
}

/** Starts the background work once the session's area documents are loaded. */
function BackgroundWorkAfterLoad({ host }: { host: RembugHost }) {
  const { workspace } = useSession();
  const loaded = useSyncExternalStore(workspace.subscribe, () => workspace.loaded());
  useEffect(() => (loaded ? startBackgroundWork(host) : undefined), [loaded, host]);
  return null;
}

export function isParticipantLink(): boolean {
  return window.location.hash.startsWith('#/ikut');
}

export function App({ host }: { host: HostResult }) {
  const { t, i18n } = useTranslation();
  // A participant's phone needs no other screen, only the app's files kept for a lost connection.
  useEffect(
    () => (host.ok && isParticipantLink() ? whenIdle(() => keepAppOffline(host.host)) : undefined),
    [host],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the language is what changes the label.
  const theme = useMemo(
    () => makeTheme({ notification: t('shell.closeNotification'), dialog: t('shell.closeDialog') }),
    [t, i18n.language],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      {!host.ok ? (
        <HostError detail={host.error} />
      ) : isParticipantLink() ? (
        // Someone in the FGD room who joined by code: no profile, no area documents, just that session.
        <Suspense fallback={null}>
          <ParticipantApp host={host.host} />
        </Suspense>
      ) : (
        <Started host={host.host} />
      )}
    </MantineProvider>
  );
}

function Started({ host }: { host: RembugHost }) {
  const [profile, setProfile] = useState<Profile | null>(() => loadProfile());
  const onboarding = profile === null;
  useEffect(() => (onboarding ? startBackgroundWork(host) : undefined), [onboarding, host]);
  const [demoWanted, setDemoWanted] = useState(false);
  const changeProfile = useCallback((next: Profile) => {
    saveProfile(next);
    setProfile(next);
  }, []);
  if (profile === null) {
    return (
      <Suspense fallback={null}>
        <Onboarding
          host={host}
          onDone={(chosen, options) => {
            setDemoWanted(options.loadDemo);
            changeProfile(chosen);
          }}
        />
      </Suspense>
    );
  }
  return (
    <SessionProvider host={host} profile={profile} onProfileChange={changeProfile}>
      <BackgroundWorkAfterLoad host={host} />
      {demoWanted && <DemoLoader onDone={() => setDemoWanted(false)} />}
      <HashRouter>
        <Routes>
          {/* A document to print: inside the session (it reads the plan) but outside the app's frame. */}
          <Route
            path="cetak/replikasi/:adopter/:planId"
            element={
              <Suspense fallback={null}>
                <PlanPrintPage />
              </Suspense>
            }
          />
          <Route
            path="cetak/komitmen/:id"
            element={
              <Suspense fallback={null}>
                <CommitmentPrintPage />
              </Suspense>
            }
          />
          <Route
            path="cetak/fgd/:id"
            element={
              <Suspense fallback={null}>
                <FgdPrintPage />
              </Suspense>
            }
          />
          <Route
            path="cetak/masterplan/:region/:book"
            element={
              <Suspense fallback={null}>
                <MasterPlanPrintPage />
              </Suspense>
            }
          />
          <Route
            path="papan/fgd/:id"
            element={
              <Suspense fallback={null}>
                <FgdProjectorPage />
              </Suspense>
            }
          />
          {/* The signing board for the room's projector: full screen, no app chrome. */}
          <Route
            path="papan/komitmen/:id"
            element={
              <Suspense fallback={null}>
                <ProjectorPage />
              </Suspense>
            }
          />
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="/katalog" replace />} />
            <Route path="katalog" element={<CatalogPage />} />
            <Route path="katalog/baru" element={<InnovationEditPage mode="create" />} />
            <Route path="katalog/:region/:id" element={<InnovationDetailPage />} />
            <Route path="katalog/:region/:id/ubah" element={<InnovationEditPage mode="edit" />} />
            <Route path="replikasi" element={<ReplicationListPage />} />
            <Route path="replikasi/masuk" element={<ReplicationListPage />} />
            <Route path="replikasi/matriks" element={<ReplicationListPage />} />
            <Route path="replikasi/linimasa" element={<ReplicationListPage />} />
            <Route path="replikasi/progres" element={<ReplicationListPage />} />
            <Route path="replikasi/:adopter/:planId" element={<PlanPage />} />
            <Route path="komitmen" element={<CommitmentListPage />} />
            <Route path="komitmen/:id/*" element={<CommitmentPage />} />
            <Route path="fgd" element={<FgdListPage />} />
            <Route path="fgd/:id/*" element={<FgdSessionPage />} />
            <Route path="masterplan" element={<MasterPlanAreaPage />} />
            <Route path="masterplan/:region/*" element={<MasterPlanPage />} />
            <Route path="pengaturan" element={<SettingsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </HashRouter>
    </SessionProvider>
  );
}

/** Runs once after first start when the person asked for the demo set. */
function DemoLoader({ onDone }: { onDone: () => void }) {
  const { workspace } = useSession();
  const { t } = useTranslation();
  useEffect(() => {
    loadDemoData(workspace)
      .then(() => notifications.show({ color: 'teal', message: t('onboarding.demoLoaded') }))
      .catch((error: unknown) => {
        console.error('demo data not loaded', error);
        notifications.show({ color: 'red', message: t('onboarding.demoFailed') });
      })
      .finally(onDone);
  }, [workspace, onDone, t]);
  return null;
}

function HostError({ detail }: { detail: string }) {
  const { t } = useTranslation();
  // The detail is for whoever opens the console; the person in front of the screen gets advice.
  useEffect(() => console.error(detail), [detail]);
  return (
    <main className="host-error" role="alert">
      <LogoMark size={48} />
      <h1>{t('shell.hostErrorTitle')}</h1>
      <p>{t('shell.hostErrorBody')}</p>
    </main>
  );
}
