/**
 * Puts documents on a running hub the way a client would: over y-websocket, waiting until the hub
 * has confirmed every update (it stores before it answers), so a test starts from known data.
 */

import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createArea, registerCommitment } from '../../shared/model/area';
import { commitmentDocName, createCommitment, writeOutline } from '../../shared/model/commitment';
import { type GeneratedArea, generateArea, regionDocName } from '../../shared/model/demo/generate';
import { fgdDocName } from '../../shared/model/fgd';
import type { CommandContext } from '../../shared/model/identity';
import { KSPN_BOROBUDUR } from '../../shared/model/presets';
import type { CommandResult } from '../../shared/model/result';

/** Sends `doc` to the hub as room `room` and resolves once the hub's copy holds all of it. */
export async function pushDoc(wsUrl: string, room: string, doc: Y.Doc, token = ''): Promise<void> {
  const local = new Y.Doc();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(doc));
  const provider = new WebsocketProvider(wsUrl, room, local, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === '' ? {} : { token },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`hub did not sync ${room} within 10 s`)), 10_000);
      provider.once('sync', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    // A second, fresh client reading the room back proves the hub has it (not just our socket buffer).
    await waitForRoom(wsUrl, room, Y.encodeStateVector(local), token);
  } finally {
    provider.destroy();
    local.destroy();
  }
}

async function waitForRoom(wsUrl: string, room: string, expected: Uint8Array, token: string): Promise<void> {
  const want = Y.decodeStateVector(expected);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const probe = new Y.Doc();
    const provider = new WebsocketProvider(wsUrl, room, probe, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: token === '' ? {} : { token },
    });
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    const have = Y.decodeStateVector(Y.encodeStateVector(probe));
    provider.destroy();
    probe.destroy();
    if ([...want].every(([client, clock]) => (have.get(client) ?? 0) >= clock)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`hub never held all of ${room}`);
}

/** The demo set (150 innovations over the 25 KSPN Borobudur regions) on the hub. */
export async function seedDemo(wsUrl: string): Promise<GeneratedArea> {
  const demo = generateArea('demo');
  await pushDoc(wsUrl, demo.areaDocName, demo.area);
  await Promise.all(
    [...demo.regions].map(([code, doc]) => pushDoc(wsUrl, regionDocName(demo.preset.id, code), doc)),
  );
  await pushDoc(wsUrl, commitmentDocName(demo.preset.id, demo.commitmentId), demo.commitment);
  for (const [id, doc] of demo.fgds) await pushDoc(wsUrl, fgdDocName(demo.preset.id, id), doc);
  return demo;
}

export const DRAFT_COMMITMENT = {
  id: 'komitmen-uji',
  title: 'Komitmen Bersama Smart City Kawasan Borobudur 2026',
  /** The opening paragraph's words; the outline's dimension headings follow it. */
  opening: 'Kami, kepala daerah di kawasan Borobudur, bersepakat membangun kota cerdas bersama.',
} as const;

function expectOk(result: CommandResult, what: string): void {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result.error)}`);
}

/**
 * The KSPN Borobudur area with one commitment in draft (DRAFT_COMMITMENT): an opening paragraph and a
 * heading per dimension, as a coordinator starts it. Not to be combined with seedDemo (two areas).
 */
export async function seedDraftCommitment(wsUrl: string): Promise<void> {
  const ctx: CommandContext = {
    author: { name: 'Koordinator Kawasan', region: null, role: 'coordinator' },
    now: () => new Date(),
  };
  const area = new Y.Doc();
  expectOk(createArea(area, KSPN_BOROBUDUR, ctx), 'createArea');
  expectOk(
    registerCommitment(area, { id: DRAFT_COMMITMENT.id, title: DRAFT_COMMITMENT.title }, ctx),
    'register',
  );
  const commitment = new Y.Doc();
  expectOk(
    createCommitment(
      commitment,
      {
        title: DRAFT_COMMITMENT.title,
        event: { title: 'FGD Smart City Kawasan', date: null, venue: 'Surakarta' },
      },
      ctx,
    ),
    'createCommitment',
  );
  expectOk(
    writeOutline(
      commitment,
      KSPN_BOROBUDUR.pillars.map((pillar) => pillar.name),
      ctx,
    ),
    'writeOutline',
  );
  const opening = commitment.getXmlFragment('text').get(0);
  if (!(opening instanceof Y.XmlElement)) throw new Error('the outline has no opening paragraph');
  commitment.transact(() => opening.insert(0, [new Y.XmlText(DRAFT_COMMITMENT.opening)]), ctx);
  await pushDoc(wsUrl, `${KSPN_BOROBUDUR.id}/area`, area);
  await pushDoc(wsUrl, commitmentDocName(KSPN_BOROBUDUR.id, DRAFT_COMMITMENT.id), commitment);
}
