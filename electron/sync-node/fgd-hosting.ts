/**
 * FGD documents this node hosts for the people in a meeting room: one join code per hosted room, and
 * a token per participant that reaches that FGD document (write) and its area's profile (read) only.
 * The node's own tokens still decide everything else (`withHosting`). In memory: a restarted node
 * hosts nothing until the facilitator starts again.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { HostingState, JoinedParticipant } from '../../shared/sync/fgd-hosting.js';
import { accessTo, type TokenGrant } from '../../shared/sync/tokens.js';
import type { AuthDecision, Authorizer } from './auth.js';

/** A hosted room as the facilitator sees it; the routes add the join URLs. */
export type HostedSession = Omit<HostingState, 'joinUrls'>;

export type JoinOutcome =
  | { ok: true; room: string; token: string; participant: JoinedParticipant }
  | { ok: false; error: 'unknownCode' | 'roomFull' };

export type RemoveOutcome = 'removed' | 'unknownParticipant' | 'notHosted';

/** Sources of randomness, replaceable in tests (e.g. to force a code collision). */
export interface HostingRandom {
  code(): string;
  token(): string;
  participantId(): string;
}

export const cryptoRandom: HostingRandom = {
  code: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
  token: () => randomBytes(24).toString('base64url'),
  participantId: () => `p-${randomBytes(5).toString('hex')}`,
};

export interface FgdHostingOptions {
  /** Participants per hosted room; a join beyond it is refused with `roomFull`. */
  maxParticipants?: number;
  random?: HostingRandom;
  now?: () => Date;
}

export const DEFAULT_MAX_PARTICIPANTS = 300;

interface Participant extends JoinedParticipant {
  token: string;
}

interface HostedRoom {
  room: string;
  code: string;
  startedAt: string;
  participants: Map<string, Participant>;
}

/** `<area>/fgd/<id>` → `<area>`. */
export function areaOf(room: string): string {
  return room.split('/', 1)[0] ?? room;
}

/** What a participant's token may reach: exactly the FGD document, and read the area's profile. */
export function participantGrant(room: string, participant: Participant): TokenGrant {
  return {
    token: participant.token,
    name: participant.name,
    read: [`${areaOf(room)}/area`],
    write: [room],
  };
}

export class FgdHosting {
  readonly #byRoom = new Map<string, HostedRoom>();
  readonly #byCode = new Map<string, HostedRoom>();
  readonly #byToken = new Map<string, { hosted: HostedRoom; participant: Participant }>();
  /**
   * Tokens of removed participants and stopped rooms. They must stay refused even on an open node,
   * whose base authorizer would let any token in.
   */
  readonly #retired = new Set<string>();
  readonly #listeners: Array<() => void> = [];
  readonly #maxParticipants: number;
  readonly #random: HostingRandom;
  readonly #now: () => Date;

  constructor(options: FgdHostingOptions = {}) {
    this.#maxParticipants = options.maxParticipants ?? DEFAULT_MAX_PARTICIPANTS;
    this.#random = options.random ?? cryptoRandom;
    this.#now = options.now ?? (() => new Date());
  }

  /** Starts hosting `room` under a fresh code, or returns the session already running. */
  host(room: string): HostedSession {
    const running = this.#byRoom.get(room);
    if (running) return snapshot(running);
    const hosted: HostedRoom = {
      room,
      code: this.#freshCode(),
      startedAt: this.#now().toISOString(),
      participants: new Map(),
    };
    this.#byRoom.set(room, hosted);
    this.#byCode.set(hosted.code, hosted);
    return snapshot(hosted);
  }

  session(room: string): HostedSession | null {
    const hosted = this.#byRoom.get(room);
    return hosted ? snapshot(hosted) : null;
  }

  /** Stops hosting: the code stops working and every participant's token is refused. */
  stop(room: string): boolean {
    const hosted = this.#byRoom.get(room);
    if (!hosted) return false;
    this.#byRoom.delete(room);
    this.#byCode.delete(hosted.code);
    for (const participant of hosted.participants.values()) this.#retire(participant.token);
    this.#changed();
    return true;
  }

  join(code: string, name: string, region: string | null): JoinOutcome {
    const hosted = this.#byCode.get(code);
    if (!hosted) return { ok: false, error: 'unknownCode' };
    if (hosted.participants.size >= this.#maxParticipants) return { ok: false, error: 'roomFull' };
    const participant: Participant = {
      id: this.#freshParticipantId(hosted),
      name,
      region,
      joinedAt: this.#now().toISOString(),
      token: this.#random.token(),
    };
    hosted.participants.set(participant.id, participant);
    this.#byToken.set(participant.token, { hosted, participant });
    const { token, ...visible } = participant;
    return { ok: true, room: hosted.room, token, participant: visible };
  }

  remove(room: string, participantId: string): RemoveOutcome {
    const hosted = this.#byRoom.get(room);
    if (!hosted) return 'notHosted';
    const participant = hosted.participants.get(participantId);
    if (!participant) return 'unknownParticipant';
    hosted.participants.delete(participantId);
    this.#retire(participant.token);
    this.#changed();
    return 'removed';
  }

  /** The decision for a participant's token, or null when the token is not one this hosting issued. */
  decide(token: string | null, room: string): AuthDecision | null {
    if (token === null) return null;
    if (this.#retired.has(token)) return { ok: false, reason: 'unauthorized' };
    const holder = this.#byToken.get(token);
    if (!holder) return null;
    const access = accessTo(participantGrant(holder.hosted.room, holder.participant), room);
    if (access === 'none') return { ok: false, reason: 'forbidden' };
    return { ok: true, access, who: `fgd participant ${holder.participant.id}` };
  }

  /** Called whenever a token stops working, so open connections can be re-checked. */
  onChange(listener: () => void): void {
    this.#listeners.push(listener);
  }

  #retire(token: string): void {
    this.#byToken.delete(token);
    this.#retired.add(token);
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }

  #freshCode(): string {
    // A million codes and a handful of hosted rooms: a clash is rare, a hundred in a row is a bug.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const code = this.#random.code();
      if (!this.#byCode.has(code)) return code;
    }
    throw new Error('no free join code');
  }

  #freshParticipantId(hosted: HostedRoom): string {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const id = this.#random.participantId();
      if (!hosted.participants.has(id)) return id;
    }
    throw new Error('no free participant id');
  }
}

function snapshot(hosted: HostedRoom): HostedSession {
  return {
    room: hosted.room,
    code: hosted.code,
    startedAt: hosted.startedAt,
    participants: [...hosted.participants.values()].map(({ token: _token, ...visible }) => visible),
  };
}

/** The node's authorizer with participants' tokens answered by the hosting, everything else by `base`. */
export function withHosting(base: Authorizer, hosting: FgdHosting): Authorizer {
  return {
    decide: (token, room) => hosting.decide(token, room) ?? base.decide(token, room),
    onChange: (listener) => {
      base.onChange(listener);
      hosting.onChange(listener);
    },
    close: () => base.close(),
  };
}
