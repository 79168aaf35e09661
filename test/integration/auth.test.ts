import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/sync/protocol';
import {
  type Client,
  cleanup,
  connectClient,
  docContent,
  fetchDoc,
  makeTempDir,
  type NodeProcess,
  startNode,
  waitFor,
} from './harness';
import { accessOutcome, encodeSyncStep1, isSyncStep2, messageType, writeRefusedReason } from './raw-socket';

afterEach(cleanup);

type TokenEntry = { token: string; name: string; region: string; read: string[]; write: string[] };

const WRITER: TokenEntry = {
  token: 'tok-klaten-writer',
  name: 'Diskominfo Klaten',
  region: '33.10',
  read: ['kspn-borobudur/*'],
  write: ['kspn-borobudur/region/33.10', 'kspn-borobudur/commitment/*'],
};
const READER: TokenEntry = {
  token: 'tok-magelang-reader',
  name: 'Bappeda Magelang',
  region: '33.08',
  read: ['kspn-borobudur/*'],
  write: [],
};
const ADMIN: TokenEntry = {
  token: 'tok-hub-admin',
  name: 'Hub admin',
  region: '33',
  read: ['*'],
  write: ['*'],
};

const ROOM = 'kspn-borobudur/region/33.10';

function writeTokens(file: string, tokens: TokenEntry[]): void {
  writeFileSync(file, JSON.stringify({ tokens }, null, 2));
}

async function startAuthNode(tokens: TokenEntry[]): Promise<{ node: NodeProcess; tokensFile: string }> {
  const tokensFile = path.join(makeTempDir(), 'tokens.json');
  writeTokens(tokensFile, tokens);
  const node = await startNode({ args: ['--auth', tokensFile] });
  return { node, tokensFile };
}

/** Put content in `room` as the admin, so that "no content before the refusal" means something. */
async function seed(node: NodeProcess, room: string, text: string): Promise<void> {
  const admin = connectClient(node.url, room, { token: ADMIN.token });
  await admin.synced();
  admin.doc.getText('text').insert(0, text);
  await waitFor(
    async () => (await fetchDoc(node.url, room, ADMIN.token)).getText('text').toString() === text,
    5_000,
    `seed of ${room}`,
  );
  admin.destroy();
}

const writeRefusals = (client: Client): number =>
  client.received.filter((message) => writeRefusedReason(message) !== null).length;

/**
 * Ask the node for its state through a stock client's socket and wait for the reply: every message
 * the node sent to this client before, and its handling of everything the client sent before, is done.
 */
async function roundTrip(client: Client): Promise<void> {
  const ws = client.provider.ws;
  if (!ws || !client.provider.wsconnected) throw new Error('client not connected');
  const before = client.received.filter(isSyncStep2).length;
  ws.send(Uint8Array.from(encodeSyncStep1(new Y.Doc())));
  await waitFor(() => client.received.filter(isSyncStep2).length > before, 5_000, 'the sync reply');
}

describe('auth', () => {
  it('the matrix: no token, bad token, reader, writer, room outside scope', async () => {
    const { node } = await startAuthNode([WRITER, READER, ADMIN]);
    await seed(node, ROOM, 'isi rahasia');
    await seed(node, 'other-area/region/1', 'isi lain');
    await seed(node, 'kspn-borobudur-lain/region/1', 'mirip tapi bukan');

    const refusals: [string, string | undefined, number][] = [
      [ROOM, undefined, CloseCode.unauthorized],
      [ROOM, '', CloseCode.unauthorized],
      [ROOM, 'tok-nobody', CloseCode.unauthorized],
      [ROOM, `${WRITER.token}x`, CloseCode.unauthorized],
      ['other-area/region/1', WRITER.token, CloseCode.forbidden],
      ['other-area/region/1', READER.token, CloseCode.forbidden],
      // `kspn-borobudur/*` is the prefix `kspn-borobudur/`, not `kspn-borobudur`.
      ['kspn-borobudur-lain/region/1', WRITER.token, CloseCode.forbidden],
    ];
    for (const [room, token, code] of refusals) {
      const result = await accessOutcome(node.url, room, token);
      expect(result, `${room} with ${token}`).toMatchObject({ outcome: 'closed', close: { code } });
      if (result.outcome !== 'closed') continue;
      const content = result.messages.filter((message) => {
        const type = messageType(message);
        return type === MessageType.sync || type === MessageType.awareness;
      });
      expect(content, `content sent before the refusal of ${room} with ${token}`).toEqual([]);
    }

    for (const [room, token] of [
      [ROOM, WRITER.token],
      [ROOM, READER.token],
      ['kspn-borobudur/commitment/klaten/2025', WRITER.token],
      ['other-area/region/1', ADMIN.token],
    ] as const) {
      expect(await accessOutcome(node.url, room, token), `${room} with ${token}`).toEqual({
        outcome: 'accepted',
      });
    }

    // A stock provider refused with 4401 gives up (4400–4499 are permanent) and never syncs.
    const stranger = connectClient(node.url, ROOM, { token: 'tok-nobody' });
    await expect(stranger.synced()).rejects.toThrow(String(CloseCode.unauthorized));
    expect(stranger.doc.getText('text').toString()).toBe('');
  });

  it('writers write where `write` allows: exact names, and prefixes that span `/`', async () => {
    const { node } = await startAuthNode([WRITER, READER, ADMIN]);
    for (const room of [ROOM, 'kspn-borobudur/commitment/klaten/2025']) {
      const writer = connectClient(node.url, room, { token: WRITER.token });
      await writer.synced();
      writer.doc.getMap('map').set('by', WRITER.name);
      await waitFor(
        async () => (await fetchDoc(node.url, room, ADMIN.token)).getMap('map').get('by') === WRITER.name,
        5_000,
        `the writer's edit in ${room}`,
      );
      expect(writeRefusals(writer)).toBe(0);
    }
    // An exact pattern is not a prefix: 33.100 is readable (kspn-borobudur/*) but not writable.
    const nearMiss = connectClient(node.url, 'kspn-borobudur/region/33.100', { token: WRITER.token });
    await nearMiss.synced();
    nearMiss.doc.getMap('map').set('by', WRITER.name);
    await waitFor(() => writeRefusals(nearMiss) === 1, 5_000, 'writeRefused in region/33.100');
    expect(
      (await fetchDoc(node.url, 'kspn-borobudur/region/33.100', ADMIN.token)).getMap('map').toJSON(),
    ).toEqual({});
  });

  it('a reader receives doc and awareness; its edits reach no one and no disk; it is told once', async () => {
    const { node } = await startAuthNode([WRITER, READER, ADMIN]);
    const writer = connectClient(node.url, ROOM, { token: WRITER.token });
    await writer.synced();
    writer.doc.getText('text').insert(0, 'Rencana replikasi.');
    writer.provider.awareness.setLocalStateField('user', WRITER.name);

    // A reader that edited offline before connecting: its first sync step 2 is already a write.
    const readerDoc = new Y.Doc();
    readerDoc.getMap('map').set('offline', 'READER-OFFLINE');
    const reader = connectClient(node.url, ROOM, { token: READER.token, doc: readerDoc });
    await reader.synced();
    await waitFor(
      () => reader.doc.getText('text').toString() === 'Rencana replikasi.',
      5_000,
      'the reader to receive the document',
    );
    await waitFor(
      () => [...reader.provider.awareness.getStates().values()].some((state) => state.user === WRITER.name),
      5_000,
      "the reader to receive the writer's awareness",
    );

    reader.doc.getText('text').insert(0, 'READER-1 ');
    reader.doc.getArray('array').push(['READER-2']);
    reader.doc.getMap('map').set('reader', 'READER-3');
    await roundTrip(reader);
    expect(writeRefusals(reader)).toBe(1);
    const refusal = reader.received.find((message) => writeRefusedReason(message) !== null);
    expect(writeRefusedReason(refusal ?? new Uint8Array())).toMatch(/\S/);

    // The connection stays open and keeps receiving.
    writer.doc.getArray('array').push(['writer-after']);
    await waitFor(
      () => reader.doc.getArray('array').toArray().includes('writer-after'),
      5_000,
      'the reader to keep receiving',
    );
    expect(reader.provider.wsconnected).toBe(true);
    expect(reader.closes).toEqual([]);

    const noReaderEdits = (doc: Y.Doc): void => {
      const json = JSON.stringify(docContent(doc));
      expect(json).not.toContain('READER');
    };
    await roundTrip(writer);
    noReaderEdits(writer.doc);
    noReaderEdits(await fetchDoc(node.url, ROOM, ADMIN.token));
    expect(docContent(writer.doc).array).toEqual(['writer-after']);

    // Nor on disk — and the reader's provider, reconnecting after the restart, offers its edits again
    // in its sync step 2: still refused.
    writer.destroy();
    await node.restart({ samePort: true });
    await reader.synced(10_000);
    await roundTrip(reader);
    expect(reader.doc.getText('text').toString()).toContain('READER-1');
    const afterRestart = await fetchDoc(node.url, ROOM, ADMIN.token);
    noReaderEdits(afterRestart);
    expect(afterRestart.getText('text').toString()).toBe('Rencana replikasi.');
    expect(afterRestart.getArray('array').toArray()).toEqual(['writer-after']);
  });

  it('the token file is reloaded without a restart: added tokens work, revoked tokens stop working', async () => {
    const late: TokenEntry = { ...READER, token: 'tok-late', name: 'Dinas Pariwisata' };
    const { node, tokensFile } = await startAuthNode([WRITER]);
    expect(await accessOutcome(node.url, ROOM, late.token)).toMatchObject({
      outcome: 'closed',
      close: { code: CloseCode.unauthorized },
    });

    writeTokens(tokensFile, [WRITER, late]);
    await waitFor(
      async () => (await accessOutcome(node.url, ROOM, late.token)).outcome === 'accepted',
      3_000,
      'the added token to be accepted',
    );
    const lateClient = connectClient(node.url, ROOM, { token: late.token });
    await lateClient.synced();

    writeTokens(tokensFile, [WRITER]);
    await waitFor(
      async () => {
        const result = await accessOutcome(node.url, ROOM, late.token);
        return result.outcome === 'closed' && result.close.code === CloseCode.unauthorized;
      },
      3_000,
      'the revoked token to be refused',
    );
    // The remaining token was not disturbed by the reloads.
    expect(await accessOutcome(node.url, ROOM, WRITER.token)).toEqual({ outcome: 'accepted' });
    expect(node.running).toBe(true);
  });

  it('the token file is also reloaded when replaced atomically (write + rename), as editors do', async () => {
    const { node, tokensFile } = await startAuthNode([WRITER]);
    const replace = (tokens: TokenEntry[]): void => {
      const temp = `${tokensFile}.tmp`;
      writeTokens(temp, tokens);
      renameSync(temp, tokensFile);
    };
    replace([WRITER, READER]);
    await waitFor(
      async () => (await accessOutcome(node.url, ROOM, READER.token)).outcome === 'accepted',
      3_000,
      'the token added by rename to be accepted',
    );
    // A second replacement is seen too (a watcher on the old inode would miss it).
    replace([READER]);
    await waitFor(
      async () => (await accessOutcome(node.url, ROOM, WRITER.token)).outcome === 'closed',
      3_000,
      'the token removed by a second rename to be refused',
    );
    expect(await accessOutcome(node.url, ROOM, READER.token)).toEqual({ outcome: 'accepted' });
  });
});
