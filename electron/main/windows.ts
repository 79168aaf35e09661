/**
 * Our windows: the main one, the projector board and hidden PDF renderers. Keeps the set of their
 * web contents, which the IPC sender check reads, and loads routes of the app into them.
 */
import { BrowserWindow, type Display } from 'electron';
import { appUrlFor } from './app-protocol';
import { choosePresenterDisplay } from './presenter-display';
import {
  type MainWindowInputs,
  mainWindowOptions,
  pdfWindowOptions,
  presenterWindowOptions,
} from './window-options';

export interface WindowInputs {
  /** Host argument and preload, recomputed per window (the node's link may change on restart). */
  inputs(): MainWindowInputs;
  /** Set by `electron-vite dev`; otherwise the app's own scheme. */
  devRendererUrl: string | undefined;
}

export class Windows {
  main: BrowserWindow | null = null;
  presenter: BrowserWindow | null = null;
  private readonly ours = new Set<BrowserWindow>();

  constructor(private readonly config: WindowInputs) {}

  /** Web contents ids of every window we made: the only senders IPC answers. */
  contentsIds(): Set<number> {
    const ids = new Set<number>();
    for (const window of this.ours) if (!window.isDestroyed()) ids.add(window.webContents.id);
    return ids;
  }

  urlFor(route: string): string {
    const dev = this.config.devRendererUrl;
    return dev === undefined ? appUrlFor(route) : `${dev}#${route}`;
  }

  openMain(route = '/'): BrowserWindow {
    const window = this.track(new BrowserWindow(mainWindowOptions(this.config.inputs())));
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      this.main = null;
      // The board belongs to the session on the laptop; without it there is nothing to follow.
      this.presenter?.close();
    });
    void window.loadURL(this.urlFor(route));
    this.main = window;
    return window;
  }

  focusMain(): void {
    const window = this.main;
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  /** Shows `route` full screen on the projector (or this screen); reuses an open board. */
  openPresenter(route: string, displays: Display[], primaryId: number): 'second' | 'same' {
    const placement = choosePresenterDisplay(displays, primaryId);
    const bounds = placement?.display.bounds ?? { x: 0, y: 0, width: 1024, height: 768 };
    const existing = this.presenter;
    if (existing !== null && !existing.isDestroyed()) {
      existing.setBounds(bounds);
      void existing.loadURL(this.urlFor(route));
      existing.setFullScreen(true);
      existing.show();
    } else {
      const window = this.track(
        new BrowserWindow(presenterWindowOptions({ ...this.config.inputs(), bounds })),
      );
      window.setMenuBarVisibility(false);
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        this.presenter = null;
      });
      void window.loadURL(this.urlFor(route));
      this.presenter = window;
    }
    return placement?.second === true ? 'second' : 'same';
  }

  closePresenter(): boolean {
    const window = this.presenter;
    if (window === null || window.isDestroyed()) return false;
    window.close();
    return true;
  }

  /** A hidden window on `route`, for printToPDF; the caller destroys it. */
  async openHidden(route: string): Promise<BrowserWindow> {
    const window = this.track(new BrowserWindow(pdfWindowOptions(this.config.inputs())));
    await window.loadURL(this.urlFor(route));
    return window;
  }

  reloadAll(): void {
    for (const window of this.ours) if (!window.isDestroyed()) window.webContents.reload();
  }

  private track(window: BrowserWindow): BrowserWindow {
    this.ours.add(window);
    window.on('closed', () => this.ours.delete(window));
    return window;
  }
}
