/** Presenter placement and the locks of every kind of window. */
import { describe, expect, it } from 'vitest';
import { choosePresenterDisplay } from '../../electron/main/presenter-display';
import {
  mainWindowOptions,
  participantWindowOptions,
  pdfWindowOptions,
  presenterWindowOptions,
} from '../../electron/main/window-options';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1024, height: 768 } };
const bigScreen = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

describe('presenter display', () => {
  it('uses the projector when one is attached', () => {
    expect(choosePresenterDisplay([laptop, projector], 1)).toEqual({ display: projector, second: true });
  });
  it('works whichever order the displays come in', () => {
    expect(choosePresenterDisplay([projector, laptop], 1)).toEqual({ display: projector, second: true });
  });
  it('picks the biggest other screen of several', () => {
    expect(choosePresenterDisplay([laptop, projector, bigScreen], 1)?.display).toBe(bigScreen);
  });
  it('stays on the laptop without a second display', () => {
    expect(choosePresenterDisplay([laptop], 1)).toEqual({ display: laptop, second: false });
  });
  it('ignores a display of zero size', () => {
    const ghost = { id: 4, bounds: { x: 0, y: 0, width: 0, height: 0 } };
    expect(choosePresenterDisplay([laptop, ghost], 1)).toEqual({ display: laptop, second: false });
  });
  it('falls back to the first display when the primary id is unknown, and to nothing without any', () => {
    expect(choosePresenterDisplay([laptop, projector], 9)).toEqual({ display: projector, second: true });
    expect(choosePresenterDisplay([], 1)).toBeNull();
  });
});

describe('window locks', () => {
  const inputs = { preloadPath: '/app/out/preload/index.cjs', hostArg: '--x=1', devTools: false };
  const locked = {
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
    devTools: false,
  };

  it.each([
    ['main', mainWindowOptions(inputs)],
    ['presenter', presenterWindowOptions({ ...inputs, bounds: projector.bounds })],
    ['pdf', pdfWindowOptions(inputs)],
  ])('the %s window is locked like the main one and gets the bridge', (_name, options) => {
    expect(options.webPreferences).toMatchObject(locked);
    expect(options.webPreferences?.preload).toBe(inputs.preloadPath);
    expect(options.webPreferences?.additionalArguments).toEqual(['--x=1']);
  });

  it('puts the presenter full screen on the chosen display', () => {
    const options = presenterWindowOptions({ ...inputs, bounds: projector.bounds });
    expect(options).toMatchObject({ ...projector.bounds, fullscreen: true, show: false });
  });

  it('never shows the pdf window', () => {
    expect(pdfWindowOptions(inputs).show).toBe(false);
  });

  it('gives another node’s participant page no bridge and its own partition', () => {
    const options = participantWindowOptions(false);
    expect(options.webPreferences).toMatchObject({ ...locked, partition: 'participant' });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.additionalArguments).toBeUndefined();
  });
});
