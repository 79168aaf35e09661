import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostingError, HostingState, JoinResult } from '../../shared/sync/fgd-hosting';
import { CloseCode } from '../../shared/sync/protocol';
import {
  type Client,
  cleanup,
  connectClient,
  fetchDoc,
  makeTempDir,
  type NodeProcess,
  startNode,
  waitFor,
} from './harness';
import { accessOutcome, writeRefusedReason } from './raw-socket';

afterEach(cleanup);

const ROOM = 'kspn-borobudur/fgd/solo-2021';
const AREA = 'kspn-borobudur/area';
const FACILITATOR = 'tok-facilitator-borobudur';
const READER = 'tok-reader-borobudur';

async function startHostingNode(): Promise<NodeProcess> {
  const file = path.join(makeTempDir(), 'tokens.json');
  writeFileSync(
    file,
    JSON.stringify({
      tokens: [
        {
          token: FACILITATOR,
          name: 'Fasilitator Bappeda Jateng',
          read: ['kspn-borobudur/*'],
          write: ['kspn-borobudur/*'],
        },
        { token: READER, name: 'Pemantau', read: ['kspn-borobudur/*'], write: [] },
      ],
    }),
  );
  return startNode({ args: ['--auth', file] });
}

interface CallOptions {
  token?: string;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  contentType?: string;
}

async function call(node: NodeProcess, method: string, route: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(`${node.httpUrl}${route}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? null : JSON.parse(text) };
}

async function host(node: NodeProcess, room = ROOM): Promise<HostingState> {
  const response = await call(node, 'POST', '/fgd/hosting', { token: FACILITATOR, body: { room } });
  expect(response.status).toBe(200);
  return HostingState.parse(response.json);
}

async function join(node: NodeProcess, code: string, name = 'Bu Sri (Klaten)'): Promise<JoinResult> {
  const response = await call(node, 'POST', '/fgd/join', { body: { code, name, region: '33.10' } });
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return JoinResult.parse(response.json);
}

const errorOf = (json: unknown) => HostingError.parse(json).error;

/** A code that is not `code`. */
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function closedWith(client: Client, code: number): Promise<void> {
  await waitFor(() => client.closes.some((close) => close.code === code), 5_000, `close ${code}`);
}

describe('FGD hosting', () => {
  it('host, join with the code, sync the FGD document both ways and read the area profile', async () => {
    const node = await startHostingNode();
    const facilitatorArea = connectClient(node.url, AREA, { token: FACILITATOR });
    await facilitatorArea.synced();
    facilitatorArea.doc.getMap('map').set('name', 'KSPN Borobudur');

    const state = await host(node);
    expect(state.room).toBe(ROOM);
    expect(state.joinUrls).toEqual([`http://127.0.0.1:${node.port}/#/ikut?kode=${state.code}`]);
    expect(state.participants).toEqual([]);
    // Hosting again returns the running session, same code.
    expect((await host(node)).code).toBe(state.code);

    const joined = await join(node, state.code);
    expect(joined.room).toBe(ROOM);
    expect(joined.node).toBe(`ws://127.0.0.1:${node.port}`);
    expect(joined.participant).toMatchObject({ name: 'Bu Sri (Klaten)', region: '33.10' });
    expect(joined.participant.id).toMatch(/^p-[0-9a-f]{10}$/);

    const listed = await call(node, 'GET', `/fgd/hosting?room=${encodeURIComponent(ROOM)}`, {
      token: FACILITATOR,
    });
    expect(listed.status).toBe(200);
    expect(HostingState.parse(listed.json).participants).toEqual([joined.participant]);
    expect(JSON.stringify(listed.json)).not.toContain(joined.token);

    const facilitator = connectClient(node.url, ROOM, { token: FACILITATOR });
    const participant = connectClient(joined.node, ROOM, { token: joined.token });
    await Promise.all([facilitator.synced(), participant.synced()]);
    participant.doc.getMap('map').set(joined.participant.id, 'ballot');
    facilitator.doc.getMap('map').set('step', 'voting');
    await waitFor(
      () =>
        facilitator.doc.getMap('map').get(joined.participant.id) === 'ballot' &&
        participant.doc.getMap('map').get('step') === 'voting',
      5_000,
      'writes of both sides to arrive',
    );
    expect(participant.received.filter((m) => writeRefusedReason(m) !== null)).toEqual([]);

    // The area profile: readable, and the participant's writes to it are refused.
    const area = connectClient(joined.node, AREA, { token: joined.token });
    await area.synced();
    await waitFor(() => area.doc.getMap('map').get('name') === 'KSPN Borobudur', 5_000, 'the area profile');
    area.doc.getMap('map').set('name', 'diubah peserta');
    await waitFor(
      () => area.received.some((m) => writeRefusedReason(m) !== null),
      5_000,
      'writeRefused on the area profile',
    );
    expect((await fetchDoc(node.url, AREA, FACILITATOR)).getMap('map').get('name')).toBe('KSPN Borobudur');
  });

  it('a participant token reaches nothing but its FGD document and the area profile', async () => {
    const node = await startHostingNode();
    const joined = await join(node, (await host(node)).code);
    await host(node, 'kspn-borobudur/fgd/other');
    for (const room of [
      'kspn-borobudur/region/33.10',
      'kspn-borobudur/commitment/x',
      'kspn-borobudur/fgd/other',
    ]) {
      expect(await accessOutcome(node.url, room, joined.token), room).toMatchObject({
        outcome: 'closed',
        close: { code: CloseCode.forbidden },
      });
    }
    for (const room of [ROOM, AREA]) {
      expect(await accessOutcome(node.url, room, joined.token), room).toEqual({ outcome: 'accepted' });
    }
    // A participant is no facilitator: they cannot host, list, stop or remove.
    const asParticipant = await call(node, 'DELETE', `/fgd/hosting?room=${encodeURIComponent(ROOM)}`, {
      token: joined.token,
    });
    expect(asParticipant.status).toBe(401);
  });

  it('a room of phones behind one address joins at once; wrong codes get 404 and then 429', async () => {
    const node = await startHostingNode();
    const { code } = await host(node);
    const phones = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(node, 'POST', '/fgd/join', { body: { code, name: `Peserta ${i + 1}`, region: null } }),
      ),
    );
    expect(phones.map((response) => response.status)).toEqual(Array(10).fill(200));

    const wrong = await call(node, 'POST', '/fgd/join', {
      body: { code: otherCode(code), name: 'Tebak', region: null },
    });
    expect(wrong.status).toBe(404);
    expect(errorOf(wrong.json)).toBe('unknownCode');

    // Ten joins left half the burst; each wrong code costs five: the third guess is refused.
    let tries = 1;
    let last = wrong;
    let guess = otherCode(code);
    while (last.status === 404 && tries < 20) {
      guess = otherCode(guess);
      last = await call(node, 'POST', '/fgd/join', { body: { code: guess, name: 'Tebak', region: null } });
      tries += 1;
    }
    expect(last.status).toBe(429);
    expect(tries).toBeLessThanOrEqual(4);
    expect(errorOf(last.json)).toBe('tooManyTries');
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Locked out means locked out, the right code included, until the bucket refills.
    const right = await call(node, 'POST', '/fgd/join', { body: { code, name: 'Terlambat', region: null } });
    expect(right.status).toBe(429);
    expect(node.stderr()).toContain('fgd join refused: too many tries');
    expect(node.stderr()).not.toContain(code);
  });

  it('removing a participant closes their socket with 4401 and their token stops working', async () => {
    const node = await startHostingNode();
    const { code } = await host(node);
    const removed = await join(node, code, 'Dikeluarkan');
    const staying = await join(node, code, 'Tetap');
    const removedClient = connectClient(removed.node, ROOM, { token: removed.token });
    const stayingClient = connectClient(staying.node, ROOM, { token: staying.token });
    await Promise.all([removedClient.synced(), stayingClient.synced()]);

    const response = await call(node, 'POST', '/fgd/hosting/remove', {
      token: FACILITATOR,
      body: { room: ROOM, participantId: removed.participant.id },
    });
    expect(response.status).toBe(204);
    await closedWith(removedClient, CloseCode.unauthorized);
    expect(await accessOutcome(node.url, ROOM, removed.token)).toMatchObject({
      outcome: 'closed',
      close: { code: CloseCode.unauthorized },
    });
    expect(await accessOutcome(node.url, AREA, removed.token)).toMatchObject({
      outcome: 'closed',
      close: { code: CloseCode.unauthorized },
    });

    // The others stay, and still write.
    stayingClient.doc.getMap('map').set('still', 'here');
    await waitFor(
      async () => (await fetchDoc(node.url, ROOM, FACILITATOR)).getMap('map').get('still') === 'here',
      5_000,
      'the remaining participant to write',
    );
    expect(stayingClient.closes).toEqual([]);
    const state = await call(node, 'GET', `/fgd/hosting?room=${encodeURIComponent(ROOM)}`, {
      token: FACILITATOR,
    });
    expect(HostingState.parse(state.json).participants.map((p) => p.name)).toEqual(['Tetap']);
    // Removing again is already done; removing from a room not hosted is not.
    const again = { room: ROOM, participantId: removed.participant.id };
    expect(
      (await call(node, 'POST', '/fgd/hosting/remove', { token: FACILITATOR, body: again })).status,
    ).toBe(204);
    const elsewhere = await call(node, 'POST', '/fgd/hosting/remove', {
      token: FACILITATOR,
      body: { ...again, room: 'kspn-borobudur/fgd/other' },
    });
    expect(elsewhere.status).toBe(404);
    expect(errorOf(elsewhere.json)).toBe('notHosted');
  });

  it('stopping hosting makes the code unknown and disconnects the participants', async () => {
    const node = await startHostingNode();
    const { code } = await host(node);
    const joined = await join(node, code);
    const participant = connectClient(joined.node, ROOM, { token: joined.token });
    await participant.synced();

    const query = `/fgd/hosting?room=${encodeURIComponent(ROOM)}`;
    expect((await call(node, 'DELETE', query, { token: FACILITATOR })).status).toBe(204);
    await closedWith(participant, CloseCode.unauthorized);
    const gone = await call(node, 'GET', query, { token: FACILITATOR });
    expect(gone.status).toBe(404);
    expect(errorOf(gone.json)).toBe('notHosted');
    const late = await call(node, 'POST', '/fgd/join', { body: { code, name: 'Terlambat', region: null } });
    expect(late.status).toBe(404);
    expect(errorOf(late.json)).toBe('unknownCode');
    expect(await accessOutcome(node.url, ROOM, joined.token)).toMatchObject({
      outcome: 'closed',
      close: { code: CloseCode.unauthorized },
    });
    // Stopping twice is fine; hosting again gives a working (new) session.
    expect((await call(node, 'DELETE', query, { token: FACILITATOR })).status).toBe(204);
    await join(node, (await host(node)).code);
  });

  it('facilitator routes need a token that may write the room', async () => {
    const node = await startHostingNode();
    const body = { room: ROOM };
    const none = await call(node, 'POST', '/fgd/hosting', { body });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(errorOf(none.json)).toBe('unauthorized');
    expect((await call(node, 'POST', '/fgd/hosting', { body, token: 'tok-nobody' })).status).toBe(401);
    const reader = await call(node, 'POST', '/fgd/hosting', { body, token: READER });
    expect(reader.status).toBe(403);
    expect(errorOf(reader.json)).toBe('forbidden');
    const outside = await call(node, 'POST', '/fgd/hosting', {
      body: { room: 'other-area/fgd/x' },
      token: FACILITATOR,
    });
    expect(outside.status).toBe(403);

    const { code } = await host(node);
    const query = `/fgd/hosting?room=${encodeURIComponent(ROOM)}`;
    expect((await call(node, 'GET', query)).status).toBe(401);
    expect((await call(node, 'GET', query, { token: READER })).status).toBe(403);
    expect((await call(node, 'DELETE', query, { token: READER })).status).toBe(403);
    const joined = await join(node, code);
    const remove = { room: ROOM, participantId: joined.participant.id };
    expect((await call(node, 'POST', '/fgd/hosting/remove', { body: remove, token: READER })).status).toBe(
      403,
    );
    // None of the refused calls changed anything.
    expect(await accessOutcome(node.url, ROOM, joined.token)).toEqual({ outcome: 'accepted' });
    expect(node.stderr()).toContain('fgd hosting refused: forbidden');
    expect(node.stderr()).not.toContain(READER);
  });

  it('bad bodies, methods and request targets get 4xx and the node keeps serving', async () => {
    const node = await startHostingNode();
    const { code } = await host(node);
    const cases: [string, CallOptions, number, string][] = [
      ['malformed JSON', { body: '{"code": "1', contentType: 'application/json' }, 400, 'badRequest'],
      ['schema failure', { body: { code: '12a456', name: 'X', region: null } }, 400, 'badRequest'],
      ['empty name', { body: { code, name: '   ', region: null } }, 400, 'badRequest'],
      [
        'not JSON',
        { body: `code=${code}`, contentType: 'application/x-www-form-urlencoded' },
        415,
        'badRequest',
      ],
      ['oversized', { body: { code, name: 'x'.repeat(5000), region: null } }, 413, 'tooLarge'],
      ['JSON null', { body: 'null' }, 400, 'badRequest'],
    ];
    for (const [what, options, status, error] of cases) {
      const response = await call(node, 'POST', '/fgd/join', options);
      expect(response.status, what).toBe(status);
      expect(errorOf(response.json), what).toBe(error);
    }
    const wrongMethod = await call(node, 'GET', '/fgd/join');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const badRoom = await call(node, 'GET', '/fgd/hosting?room=kspn-borobudur/region/33.10', {
      token: FACILITATOR,
    });
    expect(badRoom.status).toBe(400);
    expect((await call(node, 'GET', '/fgd/hosting', { token: FACILITATOR })).status).toBe(400);

    // A chunked body that grows past the limit is cut off with 413.
    const chunked = await rawHttp(
      node,
      `POST /fgd/join HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n` +
        `1400\r\n${'a'.repeat(0x1400)}\r\n`,
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
    // A request target that is no URL at all.
    expect(await rawHttp(node, 'GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(
      /^HTTP\/1\.1 400 /,
    );

    expect((await fetch(`${node.httpUrl}/healthz`)).status).toBe(200);
    await join(node, code, 'Masih bisa');
  });
});

/** Writes `request` on a fresh TCP connection and returns what came back before the node closed it. */
function rawHttp(node: NodeProcess, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(node.port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    socket.on('close', () => resolve(answer));
    socket.setTimeout(5_000, () => socket.destroy());
    socket.write(request);
  });
}
