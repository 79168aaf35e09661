/** The "Hub induk" setting → the node's upstream start option. */
import { describe, expect, it } from 'vitest';
import { hubChanged, upstreamAtStart, upstreamFromSettings } from '../../electron/main/hub-upstream';
import { NodeStartOptions } from '../../electron/node-process/messages';
import type { DesktopSettings } from '../../shared/ipc/contract';

describe('upstreamFromSettings', () => {
  it('is null when no hub is set', () => {
    expect(upstreamFromSettings({ hubUrl: '', hubToken: 'ignored' })).toBeNull();
  });

  it.each([
    ['https://hub.kspn-borobudur.id', 'wss://hub.kspn-borobudur.id'],
    ['https://hub.kspn-borobudur.id/', 'wss://hub.kspn-borobudur.id'],
    ['http://192.168.1.20:4000', 'ws://192.168.1.20:4000'],
    ['wss://hub.example.org/sync/', 'wss://hub.example.org/sync'],
    ['ws://10.0.0.5:4444', 'ws://10.0.0.5:4444'],
  ])('dials %s as %s, with the token', (hubUrl, url) => {
    expect(upstreamFromSettings({ hubUrl, hubToken: 'rahasia-hub' })).toEqual({ url, token: 'rahasia-hub' });
  });

  it('gives what the child accepts in its start message', () => {
    const upstream = upstreamFromSettings({ hubUrl: 'https://hub.example.org', hubToken: '' });
    const parsed = NodeStartOptions.parse({
      dataDir: '/data',
      token: 'x'.repeat(32),
      port: 0,
      host: '127.0.0.1',
      upstream,
    });
    expect(parsed.upstream).toEqual({ url: 'wss://hub.example.org', token: '' });
    expect(
      NodeStartOptions.parse({ dataDir: '/d', token: 'x'.repeat(32), port: 0, host: 'h' }).upstream,
    ).toBe(null);
  });

  it('throws for an address that cannot be an upstream, which the app start sets aside', () => {
    const bad = { hubUrl: 'ftp://hub.example.org', hubToken: '' };
    expect(() => upstreamFromSettings(bad)).toThrow(/cannot be used/);
    const warnings: string[] = [];
    expect(upstreamAtStart(bad, (message) => warnings.push(message))).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/starting without a hub/)]);
  });
});

describe('hubChanged', () => {
  const base: DesktopSettings = { hubUrl: 'https://hub.example.org', hubToken: 'a', updateUrl: '' };
  it('restarts the node only for a new hub address or token', () => {
    const updated: DesktopSettings = { ...base, updateUrl: 'https://updates.example.org' };
    expect(hubChanged(base, updated)).toBe(false);
    expect(hubChanged(base, { ...base, hubToken: 'b' })).toBe(true);
    expect(hubChanged(base, { ...base, hubUrl: '' })).toBe(true);
  });
});
