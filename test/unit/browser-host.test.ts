import { describe, expect, it } from 'vitest';
import { browserHostFor } from '../../shared/host';

describe('browser host', () => {
  it('connects back to the node that served the page, with the token from the link', () => {
    expect(browserHostFor({ protocol: 'http:', host: '192.168.1.20:8080', token: 'abc+1' })).toEqual({
      ok: true,
      host: { kind: 'browser', node: { url: 'ws://192.168.1.20:8080', token: 'abc+1' } },
    });
  });

  it('uses wss:// next to https:// and an empty token when the link has none', () => {
    expect(browserHostFor({ protocol: 'https:', host: 'hub.example.id', token: null })).toEqual({
      ok: true,
      host: { kind: 'browser', node: { url: 'wss://hub.example.id', token: '' } },
    });
  });

  it('does not guess a node for a file:// page without a preload', () => {
    expect(browserHostFor({ protocol: 'file:', host: '', token: null }).ok).toBe(false);
  });
});
