import { describe, expect, it } from 'vitest';
import { checkRoomName } from '../../shared/sync/room-name.js';

describe('room names', () => {
  it.each(['kspn-borobudur/area', 'kspn-borobudur/region/33.10', 'kspn-borobudur/fgd/2021-11-27_surakarta'])(
    'accepts %s',
    (name) => expect(checkRoomName(name).ok).toBe(true),
  );

  it.each([
    '',
    '../x',
    'a/../b',
    '/abs',
    'a//b',
    'a/',
    '%2e%2e/x',
    'a%2Fb',
    'a\u0000b',
    'A/B',
    'a b',
    '.hidden',
    'x'.repeat(5000),
  ])('refuses %j', (name) => expect(checkRoomName(name).ok).toBe(false));
});
