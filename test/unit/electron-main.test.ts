/** Main-process decisions that can be checked without launching Electron. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/main/data-dir';
import { describeUrlForLog } from '../../electron/main/url-log';
import { mainWindowOptions } from '../../electron/main/window-options';

describe('main window options', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/out/preload/index.cjs',
    hostArg: '--x=1',
    devTools: false,
  });

  it('denies the renderer everything by default', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('passes the host to the preload only through its command line', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.webPreferences?.additionalArguments).toEqual(['--x=1']);
  });

  it('fits a 1024×768 projector', () => {
    expect(options.minWidth).toBeLessThanOrEqual(1024);
    expect(options.minHeight).toBeLessThanOrEqual(768);
  });
});

describe('data folder', () => {
  it('prefers REMBUG_DATA_DIR', () => {
    expect(resolveDataDir({ REMBUG_DATA_DIR: 'relative/dir' }, '/home/u/.config/Rembug')).toBe(
      path.resolve('relative/dir'),
    );
  });

  it('falls back to userData/data, also for a blank variable', () => {
    expect(resolveDataDir({ REMBUG_DATA_DIR: '  ' }, '/home/u/.config/Rembug')).toBe(
      path.join('/home/u/.config/Rembug', 'data'),
    );
  });
});

describe('URLs in logs', () => {
  it.each([
    ['https://evil.example/path?token=secret', 'https://evil.example'],
    ['ws://127.0.0.1:4000/kspn-borobudur/area?token=secret', 'ws://127.0.0.1:4000'],
    ['file:///home/u/secret/plan.pdf', 'file://<path>'],
    ['javascript:alert(document.cookie)', 'javascript:<opaque>'],
    ['data:text/html,<script>1</script>', 'data:<opaque>'],
    ['not a url', '<unparseable url>'],
  ])('%s → %s', (raw, shown) => {
    expect(describeUrlForLog(raw)).toBe(shown);
    expect(describeUrlForLog(raw)).not.toContain('secret');
  });
});
