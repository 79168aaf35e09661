/**
 * The one place that decides how a Rembug window is allowed to behave. Kept free of runtime Electron
 * imports (types only) so unit tests can assert the security settings without an Electron binary.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface MainWindowInputs {
  /** Absolute path of the built preload script. */
  preloadPath: string;
  /** The `--rembug-host=…` argument from `encodeHostArg`. */
  hostArg: string;
  /** Whether developer tools may be opened (development builds only). */
  devTools: boolean;
}

/** Matches `--surface` in renderer/src/styles.css, so the window does not flash white on start. */
export const WINDOW_BACKGROUND = '#f6f5f1';

export function mainWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Rembug',
    width: 1280,
    height: 800,
    // Regional projectors are often 1024×768; the window must stay usable there.
    minWidth: 800,
    minHeight: 560,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on `ready-to-show` so the first paint is the app, not an empty frame.
    show: false,
    webPreferences: securePreferences(inputs),
  };
}

export interface PresenterWindowInputs extends MainWindowInputs {
  /** The projector's bounds (presenter-display.ts). */
  bounds: { x: number; y: number; width: number; height: number };
}

/** The projector board: the same app and bridge, full screen on the chosen display. */
export function presenterWindowOptions(inputs: PresenterWindowInputs): BrowserWindowConstructorOptions {
  return {
    title: 'Rembug — Papan',
    ...inputs.bounds,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    webPreferences: securePreferences(inputs),
  };
}

/**
 * The hidden window a print route is rendered in for `printToPDF`. It gets the same host (it must
 * read the document from the node) and the same locks; it is never shown.
 */
export function pdfWindowOptions(inputs: MainWindowInputs): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi: the print stylesheet lays out for the page, the window size only affects screen CSS.
    width: 794,
    height: 1123,
    webPreferences: securePreferences(inputs),
  };
}

/**
 * Another node's participant page (a deep link from the FGD room): a plain web page. No preload, so
 * no `window.rembug` and no IPC; its own origin keeps it apart from our data.
 */
export function participantWindowOptions(devTools: boolean): BrowserWindowConstructorOptions {
  return {
    title: 'Rembug — Ikut FGD',
    width: 480,
    height: 800,
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    webPreferences: { ...lockedPreferences(devTools), partition: 'participant' },
  };
}

function securePreferences(inputs: MainWindowInputs): WebPreferences {
  return {
    ...lockedPreferences(inputs.devTools),
    preload: inputs.preloadPath,
    additionalArguments: [inputs.hostArg],
  };
}

/** Deny by default: the renderer is a web page and gets nothing beyond what the preload exposes. */
function lockedPreferences(devTools: boolean): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools,
  };
}
