/**
 * `npm run bench:fgd` — an FGD in a meeting room: a facilitator hosts a session on our node, N people
 * join with the code (the real join route, each with their own token and socket) and add cards, then
 * vote, while a projector client (the facilitator's token, like the projector window) watches.
 *
 * Measures card-to-projector and vote-to-projector latency (from the participant's transaction to the
 * projector's document holding it; all clients share this process's clock) and checks that nothing is
 * lost: every card and every final ballot is on the projector and, after a restart, on the node's disk.
 *
 * Environment:
 *   BENCH_PARTICIPANTS=40   simulated people
 *   BENCH_SECONDS=120       whole run: the first half is a cards step, the second a voting step
 *   BENCH_MEAN_GAP_MS=4000  mean pause between one person's actions (uniform 0.5×–1.5×)
 *   BENCH_VERBOSE=1         echo the node's output
 *
 * Bar (issue 7): card-to-projector p95 < 200 ms with 40 participants, nothing lost.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  addCard,
  ballotKey,
  castVotes,
  createSession,
  fgdDocName,
  type Participant,
  readOwnVotes,
  StoredCard,
  setStep,
  startStep,
} from '../shared/model/fgd.js';
import type { CommandContext } from '../shared/model/identity.js';
import { KSPN_BOROBUDUR } from '../shared/model/presets.js';
import { HostingState, JoinResult } from '../shared/sync/fgd-hosting.js';
import { cleanupAll, installCleanupHandlers } from './lib/cleanup.js';
import { BENCH_TOKEN, startOurNode } from './lib/servers.js';
import { LatencyRecorder, type LatencySummary } from './lib/stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HUB_ENTRY = process.env.REMBUG_HUB_BUNDLE ?? path.join(ROOT, 'out/hub/index.js');
const WS = WebSocket as unknown as typeof globalThis.WebSocket;
const ROOM = fgdDocName(KSPN_BOROBUDUR.id, 'bench-fgd');
const BAR_P95_MS = 200;

const log = (line: string) => process.stderr.write(`bench:fgd: ${line}\n`);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const PARTICIPANTS = envNumber('BENCH_PARTICIPANTS', 40);
const SECONDS = envNumber('BENCH_SECONDS', 120);
const MEAN_GAP_MS = envNumber('BENCH_MEAN_GAP_MS', 4000);

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function connect(wsUrl: string, token: string): Promise<Client> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, ROOM, doc, { WebSocketPolyfill: WS, params: { token } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync with ${ROOM} within 15 s`)), 15_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve({ doc, provider });
    });
  });
}

function expectOk(result: { ok: boolean; error?: unknown }, what: string): void {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result.error)}`);
}

async function postJson(url: string, body: unknown, token?: string): Promise<unknown> {
  for (;;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json();
    // Every simulated phone shares this machine's address, and joins are rate-limited per address:
    // wait as told, as a phone's join form does.
    if (response.status === 429) {
      await sleep(Number(response.headers.get('retry-after') ?? '1') * 1000);
      continue;
    }
    if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }
}

/** Each ballot's latest version as its author wrote it: the projector must end up with exactly these. */
type Ballots = Map<string, Record<string, number>>;

async function main(): Promise<void> {
  installCleanupHandlers();
  // y-websocket adds a process 'exit' listener per provider: one per simulated person is expected here.
  process.setMaxListeners(PARTICIPANTS + 10);
  const node = await startOurNode(HUB_ENTRY);
  const httpUrl = node.url.replace(/^ws/, 'http');
  const facilitator: CommandContext = {
    author: { name: 'Fasilitator', region: null, role: 'facilitator' },
    now: () => new Date(),
  };
  const console_ = await connect(node.url, BENCH_TOKEN);
  const base = { instruction: '', minutes: 5, hideUntilReveal: false, anonymous: false, onePerCard: false };
  expectOk(
    createSession(
      console_.doc,
      { title: 'Bench FGD', date: '2026-11-27', venue: 'Ruang rapat', facilitators: ['Fasilitator'] },
      facilitator,
    ),
    'createSession',
  );
  expectOk(
    setStep(
      console_.doc,
      'gagasan',
      { ...base, title: 'Gagasan', allow: 'cards', voteBudget: 5, order: 0 },
      facilitator,
    ),
    'setStep',
  );
  expectOk(
    setStep(
      console_.doc,
      'suara',
      { ...base, title: 'Prioritas', allow: 'votes', voteBudget: 5, order: 1 },
      facilitator,
    ),
    'setStep',
  );
  expectOk(startStep(console_.doc, 'gagasan', facilitator), 'startStep');

  const hosting = HostingState.parse(await postJson(`${httpUrl}/fgd/hosting`, { room: ROOM }, BENCH_TOKEN));
  const projector = await connect(node.url, BENCH_TOKEN);

  // Latency: the projector's observers look up when each card / ballot version was written.
  const cardSentAt = new Map<string, number>();
  const ballotSentAt = new Map<string, number>();
  const cardLatency = new LatencyRecorder(PARTICIPANTS * SECONDS);
  const voteLatency = new LatencyRecorder(PARTICIPANTS * SECONDS);
  projector.doc.getMap<unknown>('cards').observe((event) => {
    const at = now();
    for (const key of event.keysChanged) {
      const sent = cardSentAt.get(key);
      if (sent !== undefined && event.changes.keys.get(key)?.action === 'add') cardLatency.add(at - sent);
    }
  });
  projector.doc.getMap<unknown>('votes').observe((event) => {
    const at = now();
    for (const key of event.keysChanged) {
      const sent = ballotSentAt.get(key);
      if (sent !== undefined) voteLatency.add(at - sent);
    }
  });

  log(`${PARTICIPANTS} people join with code ${hosting.code}`);
  const people: { participant: Participant; client: Client; ctx: CommandContext }[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const region = KSPN_BOROBUDUR.members[i % KSPN_BOROBUDUR.members.length] ?? null;
    const joined = JoinResult.parse(
      await postJson(`${httpUrl}/fgd/join`, { code: hosting.code, name: `Peserta ${i + 1}`, region }),
    );
    const client = await connect(node.url, joined.token);
    const participant: Participant = {
      id: joined.participant.id,
      name: joined.participant.name,
      region: joined.participant.region,
    };
    people.push({
      participant,
      client,
      ctx: { author: { name: participant.name, region: null, role: 'viewer' }, now: () => new Date() },
    });
  }

  const pillars = KSPN_BOROBUDUR.pillars.map((pillar) => pillar.id);
  const gap = () => MEAN_GAP_MS * (0.5 + Math.random());
  const ballots: Ballots = new Map();
  let cardsSent = 0;
  let votesSent = 0;
  let refusals = 0;

  const cardsUntil = Date.now() + (SECONDS * 1000) / 2;
  log(`cards for ${SECONDS / 2} s`);
  await Promise.all(
    people.map(async ({ participant, client, ctx }, who) => {
      await sleep(Math.random() * MEAN_GAP_MS);
      for (let n = 1; Date.now() < cardsUntil; n++) {
        const id = `k-${who}-${n}`;
        cardSentAt.set(id, now());
        const pillarId = pillars[(who + n) % pillars.length] ?? 'governance';
        const result = addCard(
          client.doc,
          participant,
          id,
          { pillarId, text: `Gagasan ${n} dari ${participant.name}` },
          ctx,
        );
        if (result.ok) cardsSent++;
        else refusals++;
        await sleep(gap());
      }
    }),
  );

  expectOk(startStep(console_.doc, 'suara', facilitator), 'startStep suara');
  await sleep(500);
  const votesUntil = Date.now() + (SECONDS * 1000) / 2;
  log(`votes for ${SECONDS / 2} s on ${cardsSent} cards`);
  await Promise.all(
    people.map(async ({ participant, client, ctx }) => {
      await sleep(Math.random() * MEAN_GAP_MS);
      while (Date.now() < votesUntil) {
        const cardIds = [...client.doc.getMap<unknown>('cards').keys()];
        const cardId = cardIds[Math.floor(Math.random() * cardIds.length)];
        if (cardId !== undefined) {
          const mine = ballots.get(participant.id) ?? {};
          const used = Object.values(mine).reduce((sum, count) => sum + count, 0);
          // Within budget most of the time, and sometimes taking a vote back, as people do.
          const count = used >= 5 || Math.random() < 0.2 ? 0 : (mine[cardId] ?? 0) + 1;
          ballotSentAt.set(ballotKey('suara', participant.id), now());
          const result = castVotes(client.doc, participant, cardId, count, ctx);
          if (result.ok) {
            votesSent++;
            const next = { ...mine };
            if (count === 0) delete next[cardId];
            else next[cardId] = count;
            ballots.set(participant.id, next);
          } else refusals++;
        }
        await sleep(gap());
      }
    }),
  );

  await sleep(3000);
  const lostOnProjector = countLost(projector.doc, cardSentAt, ballots);
  for (const { client } of people) client.provider.destroy();
  projector.provider.destroy();
  console_.provider.destroy();

  log('reading the node’s copy with a fresh client');
  const fresh = await connect(node.url, BENCH_TOKEN);
  const lostOnNode = countLost(fresh.doc, cardSentAt, ballots);
  fresh.provider.destroy();
  await node.stop();

  const card = cardLatency.summary();
  const vote = voteLatency.summary();
  const pass = card.p95 < BAR_P95_MS && lostOnProjector.total === 0 && lostOnNode.total === 0;
  const row = (label: string, s: LatencySummary) =>
    `${label.padEnd(22)} ${String(s.count).padStart(6)} ${ms(s.p50)} ${ms(s.p95)} ${ms(s.p99)} ${ms(s.max)}`;
  const lines = [
    `FGD on our node: ${PARTICIPANTS} participants joined by code, ${SECONDS} s (cards, then votes), mean gap ${MEAN_GAP_MS} ms`,
    `${'latency to projector'.padEnd(22)} ${'count'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
    row('card', card),
    row('ballot change', vote),
    `cards sent ${cardsSent}, ballot changes sent ${votesSent}, refused by the model ${refusals}`,
    `lost on the projector: ${lostOnProjector.cards} cards, ${lostOnProjector.ballots} ballots; on the node: ${lostOnNode.cards} cards, ${lostOnNode.ballots} ballots`,
    `bar: card-to-projector p95 < ${BAR_P95_MS} ms and nothing lost — ${pass ? 'PASS' : 'FAIL'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function ms(value: number): string {
  return (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(8);
}

function countLost(
  doc: Y.Doc,
  cards: ReadonlyMap<string, number>,
  ballots: Ballots,
): { cards: number; ballots: number; total: number } {
  const stored = doc.getMap<unknown>('cards');
  let lostCards = 0;
  for (const id of cards.keys()) if (!StoredCard.safeParse(stored.get(id)).success) lostCards++;
  let lostBallots = 0;
  for (const [participantId, expected] of ballots) {
    const held = readOwnVotes(doc, 'suara', participantId);
    if (JSON.stringify(sortKeys(held)) !== JSON.stringify(sortKeys(expected))) lostBallots++;
  }
  return { cards: lostCards, ballots: lostBallots, total: lostCards + lostBallots };
}

function sortKeys(record: Record<string, number>): [string, number][] {
  return Object.entries(record).sort(([a], [b]) => a.localeCompare(b));
}

main().then(
  async () => {
    await cleanupAll();
    process.exit(0);
  },
  async (error: unknown) => {
    process.stderr.write(`bench:fgd failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    await cleanupAll();
    process.exit(1);
  },
);
