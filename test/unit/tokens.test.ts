import { describe, expect, it } from 'vitest';
import { decide } from '../../electron/sync-node/auth.js';
import { accessTo, matchesRoom, type TokenGrant, TokensConfig } from '../../shared/sync/tokens.js';

const klaten: TokenGrant = {
  token: 'klaten-secret-1',
  name: 'Diskominfo Klaten',
  region: '33.10',
  read: ['kspn-borobudur/*'],
  write: ['kspn-borobudur/region/33.10', 'kspn-borobudur/commitment/*'],
};

describe('room patterns', () => {
  it('matches an exact name only exactly', () => {
    expect(matchesRoom('kspn-borobudur/region/33.10', 'kspn-borobudur/region/33.10')).toBe(true);
    expect(matchesRoom('kspn-borobudur/region/33.10', 'kspn-borobudur/region/33.101')).toBe(false);
    expect(matchesRoom('kspn-borobudur/region/33.10', 'kspn-borobudur/region')).toBe(false);
  });

  it('matches a prefix pattern across slashes', () => {
    expect(matchesRoom('kspn-borobudur/*', 'kspn-borobudur/region/33.10')).toBe(true);
    expect(matchesRoom('kspn-borobudur/*', 'kspn-borobudur/fgd/2021-11-27/x')).toBe(true);
    expect(matchesRoom('kspn-borobudur/*', 'kspn-borobudurx/area')).toBe(false);
    expect(matchesRoom('*', 'anything/at/all')).toBe(true);
  });

  it('a prefix without a slash also matches longer area names (patterns say exactly what they mean)', () => {
    expect(matchesRoom('kspn-*', 'kspn-borobudur/area')).toBe(true);
    expect(matchesRoom('kspn-*', 'dps-bali/area')).toBe(false);
  });
});

describe('access decisions', () => {
  const grants = new Map([[klaten.token, klaten]]);

  it('grants write to the region document and commitments, read to the rest of the area', () => {
    expect(accessTo(klaten, 'kspn-borobudur/region/33.10')).toBe('write');
    expect(accessTo(klaten, 'kspn-borobudur/commitment/komitmen-2021')).toBe('write');
    expect(accessTo(klaten, 'kspn-borobudur/region/33.08')).toBe('read');
    expect(accessTo(klaten, 'kspn-borobudur/area')).toBe('read');
    expect(accessTo(klaten, 'other-area/area')).toBe('none');
  });

  it('refuses missing and unknown tokens as unauthorized, out-of-scope rooms as forbidden', () => {
    expect(decide(grants, null, 'kspn-borobudur/area')).toEqual({ ok: false, reason: 'unauthorized' });
    expect(decide(grants, 'klaten-secret-2', 'kspn-borobudur/area')).toEqual({
      ok: false,
      reason: 'unauthorized',
    });
    expect(decide(grants, klaten.token, 'other-area/area')).toEqual({ ok: false, reason: 'forbidden' });
    expect(decide(grants, klaten.token, 'kspn-borobudur/area')).toEqual({
      ok: true,
      access: 'read',
      who: 'Diskominfo Klaten',
    });
  });

  it('validates the tokens file shape and rejects duplicate tokens', () => {
    expect(TokensConfig.safeParse({ tokens: [klaten] }).success).toBe(true);
    expect(TokensConfig.safeParse({ tokens: [klaten, klaten] }).success).toBe(false);
    expect(TokensConfig.safeParse({ tokens: [{ ...klaten, token: 'short' }] }).success).toBe(false);
    expect(TokensConfig.safeParse({ tokens: [{ ...klaten, read: 'kspn-borobudur/*' }] }).success).toBe(false);
    expect(TokensConfig.safeParse({}).success).toBe(false);
  });
});
