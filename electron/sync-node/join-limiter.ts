/**
 * How often one client address may try a join code: a token bucket per address, and a wrong code
 * costs extra so that guessing codes is slow while a room of phones behind one NAT joins at once.
 */
import { TokenBucket } from './rate-limit.js';

export interface JoinLimits {
  /** Joins one address may make at once (a room's phones may share one NAT address). */
  burst: number;
  perSecond: number;
  /** Extra tokens a wrong code costs, on top of the one every attempt takes. */
  failureCost: number;
  /** Addresses remembered at most; idle (refilled) ones are forgotten first. */
  maxClients: number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimits = {
  burst: 20,
  perSecond: 0.5,
  failureCost: 4,
  maxClients: 10_000,
};

export type JoinAttempt = { ok: true } | { ok: false; retryAfterSeconds: number };

export class JoinLimiter {
  readonly #buckets = new Map<string, TokenBucket>();
  readonly #limits: JoinLimits;

  constructor(
    limits: Partial<JoinLimits> = {},
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.#limits = { ...DEFAULT_JOIN_LIMITS, ...limits };
  }

  attempt(client: string): JoinAttempt {
    const bucket = this.#bucket(client);
    if (bucket.take()) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, bucket.secondsUntilNext()) };
  }

  /** A wrong code: the address pays extra. */
  failed(client: string): void {
    this.#bucket(client).charge(this.#limits.failureCost);
  }

  get size(): number {
    return this.#buckets.size;
  }

  #bucket(client: string): TokenBucket {
    let bucket = this.#buckets.get(client);
    if (!bucket) {
      if (this.#buckets.size >= this.#limits.maxClients) this.#forgetIdle();
      bucket = new TokenBucket(this.#limits.perSecond, this.#limits.burst, this.now);
      this.#buckets.set(client, bucket);
    }
    return bucket;
  }

  #forgetIdle(): void {
    for (const [client, bucket] of this.#buckets) if (bucket.full) this.#buckets.delete(client);
    // Still full of busy addresses (a flood from many addresses): forget the oldest, in insertion
    // order, rather than grow without bound. They get a fresh bucket, which is the lesser harm.
    for (const client of this.#buckets.keys()) {
      if (this.#buckets.size < this.#limits.maxClients) break;
      this.#buckets.delete(client);
    }
  }
}
