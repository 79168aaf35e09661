import { describe, expect, it } from 'vitest';
import { Profile } from '../../renderer/src/data/profile';
import { normaliseHubUrl } from '../../renderer/src/sync/hub-check';

describe('normaliseHubUrl', () => {
  it.each([
    ['hub.example.id', 'wss://hub.example.id'],
    ['  hub.example.id  ', 'wss://hub.example.id'],
    ['https://hub.example.id/', 'wss://hub.example.id'],
    ['http://hub.example.id', 'ws://hub.example.id'],
    ['HTTPS://Hub.Example.ID', 'wss://hub.example.id'],
    ['wss://hub.example.id:8443', 'wss://hub.example.id:8443'],
    ['https://hub.example.id:443', 'wss://hub.example.id'],
    ['ws://10.0.0.5:8080', 'ws://10.0.0.5:8080'],
    ['ws://10.0.0.5:8080/', 'ws://10.0.0.5:8080'],
    ['wss://10.0.0.5', 'wss://10.0.0.5'],
  ])('keeps the scheme it was given, mapped to WebSocket: %s', (input, expected) => {
    expect(normaliseHubUrl(input)).toBe(expected);
  });

  it.each([
    ['10.0.0.5:8080', 'ws://10.0.0.5:8080'],
    ['localhost:1234', 'ws://localhost:1234'],
    ['[::1]:8080', 'ws://[::1]:8080'],
    ['10.0.0.5', 'wss://10.0.0.5'],
    ['hub.example.id:8443', 'wss://hub.example.id:8443'],
    ['hub:8080', 'wss://hub:8080'],
  ])('without a scheme: ws:// only for a LAN address with a port: %s', (input, expected) => {
    expect(normaliseHubUrl(input)).toBe(expected);
  });

  it('drops a path, query and fragment, so a pasted browser link works', () => {
    expect(normaliseHubUrl('https://hub.example.id/kspn/?token=abc#/katalog')).toBe('wss://hub.example.id');
  });

  it.each([
    [''],
    ['   '],
    ['hub example id'],
    ['not a url at all'],
    ['hub'],
    ['123'],
    ['1.2.3'],
    ['999.1.1.1'],
    ['ftp://hub.example.id'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['https://'],
    ['://hub.example.id'],
    ['https://user:secret@hub.example.id'],
    ['hub..example.id'],
    ['-hub.example.id'],
    ['hub.example.id:99999'],
  ])('rejects what is not a hub address: %j', (input) => {
    expect(normaliseHubUrl(input)).toBeNull();
  });

  it('returns what the profile accepts as a hub url', () => {
    for (const input of [
      'hub.example.id',
      'ws://10.0.0.5:8080/',
      'https://hub.example.id/a?b#c',
      '[::1]:80',
    ]) {
      const url = normaliseHubUrl(input);
      expect(url).not.toBeNull();
      const profile = {
        area: { kind: 'preset', presetId: 'kspn-borobudur' },
        name: 'Sri',
        region: null,
        role: 'viewer',
        hub: { url, token: '' },
      };
      expect(Profile.safeParse(profile).success).toBe(true);
    }
  });
});
