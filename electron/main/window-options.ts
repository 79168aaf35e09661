/**
 * The one place that decides how a Rembug window is allowed to behave. Kept free of runtime Electron
 * imports (types only) so unit tests can assert the security settings without an Electron binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

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
    webPreferences: {
      preload: inputs.preloadPath,
      additionalArguments: [inputs.hostArg],
      // Deny by default: the renderer is a web page and gets nothing beyond what the preload exposes.
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
      devTools: inputs.devTools,
    },
  };
}
