/** Diagnostics text, desktop settings and the update feed: the decisions behind the desktop services. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_LOG_LINES, diagnosticsText } from '../../electron/main/diagnostics';
import { openSettingsStore, sanitizeSettings } from '../../electron/main/settings-store';
import { updateFeed } from '../../electron/main/update-feed';
import { DEFAULT_DESKTOP_SETTINGS } from '../../shared/ipc/contract';

describe('diagnostics', () => {
  const log = Array.from({ length: 250 }, (_, i) => `line ${i + 1}`).join('\n');
  const { text, lines } = diagnosticsText({
    appVersion: '0.1.0',
    os: 'Windows_NT 10.0.19045 x64',
    versions: { electron: '45.4.1', chrome: '140.0', node: '22.1.0' },
    dataDir: 'C:\\Users\\u\\AppData\\Roaming\\Rembug\\data',
    nodeState: 'ready ws://127.0.0.1:40123',
    secrets: ['s3cr3t-token-value'],
    logText: `${log}\nconnected with s3cr3t-token-value\n`,
  });

  it('names versions, data folder and node state', () => {
    expect(text).toContain('Rembug 0.1.0');
    expect(text).toContain('Electron 45.4.1 · Chrome 140.0 · Node 22.1.0');
    expect(text).toContain('Data: C:\\Users\\u\\AppData\\Roaming\\Rembug\\data');
    expect(text).toContain('Node: ready ws://127.0.0.1:40123');
  });

  it('keeps the last 200 log lines, without the token', () => {
    expect(lines).toBe(DIAGNOSTIC_LOG_LINES);
    expect(text).not.toContain('line 51\n');
    expect(text).toContain('line 52\n');
    expect(text).toContain('connected with <token>');
    expect(text).not.toContain('s3cr3t');
  });
});

describe('desktop settings', () => {
  let dir = '';
  afterEach(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('are off and empty by default', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_DESKTOP_SETTINGS);
    expect(DEFAULT_DESKTOP_SETTINGS.updateUrl).toBe('');
  });

  it('keep valid fields of a damaged file and reset the rest', () => {
    expect(
      sanitizeSettings({
        updateUrl: 'http://insecure.example/',
        hubUrl: 'wss://hub.example.id',
        hubToken: 42,
      }),
    ).toEqual({ updateUrl: '', hubUrl: 'wss://hub.example.id', hubToken: '' });
  });

  it('are written to the file and read back', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rembug-settings-'));
    const file = path.join(dir, 'desktop-settings.json');
    await writeFile(file, '{"updateUrl": 7}');
    const store = await openSettingsStore(file);
    expect(store.get()).toEqual(DEFAULT_DESKTOP_SETTINGS);
    await store.set({ updateUrl: 'https://updates.example.id/rembug/' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      updateUrl: 'https://updates.example.id/rembug/',
    });
    expect((await openSettingsStore(file)).get().updateUrl).toBe('https://updates.example.id/rembug/');
    await expect(store.set({ updateUrl: 'ftp://x' })).rejects.toThrow();
    expect(store.get().updateUrl).toBe('https://updates.example.id/rembug/');
  });
});

describe('update feed', () => {
  it('is off without a URL', () => {
    expect(updateFeed(DEFAULT_DESKTOP_SETTINGS)).toBeNull();
  });
  it('is a generic provider for an https URL', () => {
    expect(
      updateFeed({ ...DEFAULT_DESKTOP_SETTINGS, updateUrl: 'https://updates.example.id/rembug' }),
    ).toEqual({
      provider: 'generic',
      url: 'https://updates.example.id/rembug',
    });
  });
  it('refuses plain http and credentials even if they got into the file', () => {
    expect(updateFeed({ ...DEFAULT_DESKTOP_SETTINGS, updateUrl: 'http://updates.example.id/' })).toBeNull();
    expect(
      updateFeed({ ...DEFAULT_DESKTOP_SETTINGS, updateUrl: 'https://u:p@updates.example.id/' }),
    ).toBeNull();
  });
});
