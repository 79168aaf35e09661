import { describe, expect, it } from 'vitest';
import { openAccess } from '../../electron/sync-node/auth';
import {
  cryptoRandom,
  FgdHosting,
  type HostingRandom,
  withHosting,
} from '../../electron/sync-node/fgd-hosting';
import { JoinLimiter } from '../../electron/sync-node/join-limiter';
import { joinAddresses, joinUrls, nodeUrlFor } from '../../electron/sync-node/join-urls';
import { TokenBucket } from '../../electron/sync-node/rate-limit';
import { EntryId } from '../../shared/model/fields';
import { HostingState, JoinCode } from '../../shared/sync/fgd-hosting';

const ROOM = 'kspn-borobudur/fgd/solo-2021';

/** Codes from a fixed list (then the real source), to force clashes. */
function scriptedCodes(codes: string[]): HostingRandom {
  return { ...cryptoRandom, code: () => codes.shift() ?? cryptoRandom.code() };
}

function joined(hosting: FgdHosting, code: string, name = 'Bu Sri') {
  const outcome = hosting.join(code, name, '33.10');
  if (!outcome.ok) throw new Error(`join failed: ${outcome.error}`);
  return outcome;
}

describe('FgdHosting: codes', () => {
  it('gives a hosted room a 6-digit code and keeps it while the room stays hosted', () => {
    const hosting = new FgdHosting();
    const first = hosting.host(ROOM);
    expect(JoinCode.safeParse(first.code).success).toBe(true);
    expect(hosting.host(ROOM)).toEqual(first);
    expect(hosting.session(ROOM)).toEqual(first);
    expect(hosting.session('kspn-borobudur/fgd/other')).toBeNull();
  });

  it('never gives two hosted rooms the same code, and frees a code when hosting stops', () => {
    const hosting = new FgdHosting({ random: scriptedCodes(['000042', '000042', '000042', '123456']) });
    expect(hosting.host('a/fgd/1').code).toBe('000042');
    expect(hosting.host('a/fgd/2').code).toBe('123456');
    expect(hosting.stop('a/fgd/1')).toBe(true);
    expect(hosting.stop('a/fgd/1')).toBe(false);
    expect(hosting.join('000042', 'Pak Budi', null)).toEqual({ ok: false, error: 'unknownCode' });
    const again = new FgdHosting({ random: scriptedCodes(['000042']) });
    expect(again.host('a/fgd/3').code).toBe('000042');
  });

  it('fails loudly rather than loop forever when no code is free', () => {
    const hosting = new FgdHosting({ random: { ...cryptoRandom, code: () => '111111' } });
    hosting.host('a/fgd/1');
    expect(() => hosting.host('a/fgd/2')).toThrow('no free join code');
  });

  it('issues EntryId-shaped participant ids and long random tokens, listed without tokens', () => {
    const hosting = new FgdHosting();
    const { code } = hosting.host(ROOM);
    const a = joined(hosting, code, 'Bu Sri');
    const b = joined(hosting, code, 'Pak Budi');
    expect(a.participant.id).toMatch(/^p-[0-9a-f]{10}$/);
    expect(EntryId.safeParse(a.participant.id).success).toBe(true);
    expect(a.participant.id).not.toBe(b.participant.id);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.room).toBe(ROOM);
    const session = hosting.session(ROOM);
    expect(session?.participants.map((p) => p.name)).toEqual(['Bu Sri', 'Pak Budi']);
    expect(JSON.stringify(session)).not.toContain(a.token);
    expect(
      HostingState.safeParse({ ...session, joinUrls: ['http://192.168.1.5:8787/#/ikut?kode=123456'] })
        .success,
    ).toBe(true);
  });

  it('refuses joins beyond the participant cap', () => {
    const hosting = new FgdHosting({ maxParticipants: 2 });
    const { code } = hosting.host(ROOM);
    joined(hosting, code);
    joined(hosting, code);
    expect(hosting.join(code, 'Ketiga', null)).toEqual({ ok: false, error: 'roomFull' });
  });
});

describe('FgdHosting: what a participant token reaches', () => {
  it('writes the FGD document, reads the area profile, and nothing else', () => {
    const hosting = new FgdHosting();
    const { token } = joined(hosting, hosting.host(ROOM).code);
    expect(hosting.decide(token, ROOM)).toMatchObject({ ok: true, access: 'write' });
    expect(hosting.decide(token, 'kspn-borobudur/area')).toMatchObject({ ok: true, access: 'read' });
    for (const room of [
      'kspn-borobudur/region/33.10',
      'kspn-borobudur/commitment/x',
      'kspn-borobudur/fgd/other',
      `${ROOM}x`,
      'kspn-borobudur/area/x',
      'kspn-borobudur/areax',
      'other-area/area',
      'other-area/fgd/solo-2021',
    ]) {
      expect(hosting.decide(token, room), room).toEqual({ ok: false, reason: 'forbidden' });
    }
  });

  it('leaves tokens it did not issue to the base authorizer', () => {
    const hosting = new FgdHosting();
    hosting.host(ROOM);
    expect(hosting.decide(null, ROOM)).toBeNull();
    expect(hosting.decide('tok-facilitator', ROOM)).toBeNull();
  });

  it('refuses a removed participant and every participant of a stopped room, even on an open node', () => {
    const hosting = new FgdHosting();
    const auth = withHosting(openAccess, hosting);
    let changes = 0;
    auth.onChange(() => {
      changes += 1;
    });
    const { code } = hosting.host(ROOM);
    const a = joined(hosting, code);
    const b = joined(hosting, code);
    expect(changes).toBe(0);
    expect(auth.decide('anything', 'kspn-borobudur/region/33.10')).toMatchObject({ ok: true });
    expect(auth.decide(a.token, 'kspn-borobudur/region/33.10')).toEqual({ ok: false, reason: 'forbidden' });

    expect(hosting.remove(ROOM, a.participant.id)).toBe('removed');
    expect(changes).toBe(1);
    expect(auth.decide(a.token, ROOM)).toEqual({ ok: false, reason: 'unauthorized' });
    expect(auth.decide(b.token, ROOM)).toMatchObject({ ok: true, access: 'write' });
    expect(hosting.remove(ROOM, a.participant.id)).toBe('unknownParticipant');
    expect(hosting.remove('kspn-borobudur/fgd/other', b.participant.id)).toBe('notHosted');
    expect(changes).toBe(1);

    hosting.stop(ROOM);
    expect(changes).toBe(2);
    expect(auth.decide(b.token, ROOM)).toEqual({ ok: false, reason: 'unauthorized' });
    expect(auth.decide(b.token, 'kspn-borobudur/area')).toEqual({ ok: false, reason: 'unauthorized' });
  });
});

describe('JoinLimiter', () => {
  const clock = () => {
    let ms = 0;
    return { now: () => ms, advance: (seconds: number) => (ms += seconds * 1000) };
  };

  it('lets a room of phones behind one address in at once, then refills slowly', () => {
    const time = clock();
    const limiter = new JoinLimiter({ burst: 20, perSecond: 0.5 }, time.now);
    for (let i = 0; i < 20; i += 1) expect(limiter.attempt('10.0.0.1'), `join ${i}`).toEqual({ ok: true });
    expect(limiter.attempt('10.0.0.1')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.attempt('10.0.0.2')).toEqual({ ok: true });
    time.advance(1);
    expect(limiter.attempt('10.0.0.1')).toEqual({ ok: false, retryAfterSeconds: 1 });
    time.advance(1);
    expect(limiter.attempt('10.0.0.1')).toEqual({ ok: true });
  });

  it('makes wrong codes cost extra, so guessing stalls long before a room of joins would', () => {
    const time = clock();
    const limiter = new JoinLimiter({ burst: 20, perSecond: 0.5, failureCost: 4 }, time.now);
    let guesses = 0;
    while (limiter.attempt('10.0.0.9').ok) {
      limiter.failed('10.0.0.9');
      guesses += 1;
    }
    expect(guesses).toBe(4);
    expect(limiter.attempt('10.0.0.9')).toEqual({ ok: false, retryAfterSeconds: 2 });
    time.advance(2);
    expect(limiter.attempt('10.0.0.9')).toEqual({ ok: true });
    limiter.failed('10.0.0.9');
    // In debt after a wrong code: the next try waits for the whole penalty, not one refill interval.
    expect(limiter.attempt('10.0.0.9')).toEqual({ ok: false, retryAfterSeconds: 10 });
    // Over a minute of steady guessing, at most one guess per (1 + failureCost) / perSecond seconds.
    let later = 0;
    for (let second = 0; second < 60; second += 1) {
      time.advance(1);
      if (limiter.attempt('10.0.0.9').ok) {
        limiter.failed('10.0.0.9');
        later += 1;
      }
    }
    expect(later).toBeLessThanOrEqual(7);
  });

  it('remembers a bounded number of addresses, forgetting idle ones first', () => {
    const time = clock();
    const limiter = new JoinLimiter({ burst: 2, perSecond: 1, maxClients: 3 }, time.now);
    limiter.attempt('a');
    limiter.attempt('a');
    limiter.attempt('b');
    limiter.attempt('c');
    time.advance(1.5);
    // b and c have refilled, a has not: a new address evicts b and c, a keeps its debt.
    limiter.attempt('d');
    expect(limiter.size).toBe(2);
    limiter.attempt('a');
    expect(limiter.attempt('a').ok).toBe(false);
  });
});

describe('TokenBucket', () => {
  it('can be charged into debt and says how long until the next take', () => {
    let ms = 0;
    const bucket = new TokenBucket(0.5, 2, () => ms);
    expect(bucket.secondsUntilNext()).toBe(0);
    bucket.charge(5);
    expect(bucket.secondsUntilNext()).toBe(8);
    expect(bucket.take()).toBe(false);
    ms += 8000;
    expect(bucket.take()).toBe(true);
    expect(bucket.full).toBe(false);
  });
});

describe('join URLs', () => {
  const interfaces = {
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
    wlan0: [
      { address: '192.168.1.23', family: 'IPv4', internal: false },
      { address: 'fe80::1', family: 'IPv6', internal: false },
    ],
    eth0: [{ address: '10.5.0.7', family: 'IPv4', internal: false }],
  } as unknown as Parameters<typeof joinAddresses>[1];

  it('lists every LAN IPv4 address, loopback last, on a wildcard bind', () => {
    expect(joinAddresses('0.0.0.0', interfaces)).toEqual(['192.168.1.23', '10.5.0.7', '127.0.0.1']);
    expect(joinAddresses('::', interfaces)).toEqual(['192.168.1.23', '10.5.0.7', '127.0.0.1']);
    expect(joinUrls('0.0.0.0', 8787, '012345', interfaces)[0]).toBe(
      'http://192.168.1.23:8787/#/ikut?kode=012345',
    );
  });

  it('uses the bound host when there is one', () => {
    expect(joinAddresses('192.168.1.23', interfaces)).toEqual(['192.168.1.23']);
    expect(joinUrls('::1', 9000, '000001', interfaces)).toEqual(['http://[::1]:9000/#/ikut?kode=000001']);
  });

  it('hands the phone the address it came in by, and ignores a Host header that is no host', () => {
    expect(nodeUrlFor('10.5.0.7:8787', '192.168.1.23:8787')).toBe('ws://10.5.0.7:8787');
    expect(nodeUrlFor('[fe80::1]:8787', '192.168.1.23:8787')).toBe('ws://[fe80::1]:8787');
    for (const bad of [undefined, '', 'evil.example/path', 'a b', 'x@y:1', '10.0.0.1:8787/#'])
      expect(nodeUrlFor(bad, '192.168.1.23:8787'), String(bad)).toBe('ws://192.168.1.23:8787');
  });
});
