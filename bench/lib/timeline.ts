/**
 * Diagnostics for a run (BENCH_TRACE=1): the worst latency per time slot (by send time) and the
 * longest gap of the write timer per slot, to tell server stalls from load-generator stalls.
 */
const SLOT_MS = 500;
const SLOTS = 240;

export class Timeline {
  private readonly latency = new Float64Array(SLOTS);
  private readonly timerGap = new Float64Array(SLOTS);
  private origin = 0;
  private lastTick = 0;

  constructor(readonly enabled: boolean) {}

  /** `origin` on the same clock as the timestamps passed to `latencyAt` (epoch ms). */
  start(origin: number, tickNow: number): void {
    this.origin = origin;
    this.lastTick = tickNow;
    this.latency.fill(0);
    this.timerGap.fill(0);
  }

  latencyAt(sentAt: number, latency: number): void {
    const slot = Math.floor((sentAt - this.origin) / SLOT_MS);
    if (slot >= 0 && slot < SLOTS && latency > (this.latency[slot] ?? 0)) this.latency[slot] = latency;
  }

  /** Called on every write-timer tick with performance.now(). */
  tick(tickNow: number, sinceStart: number): void {
    const slot = Math.floor(sinceStart / SLOT_MS);
    const gap = tickNow - this.lastTick;
    this.lastTick = tickNow;
    if (slot >= 0 && slot < SLOTS && gap > (this.timerGap[slot] ?? 0)) this.timerGap[slot] = gap;
  }

  lines(windowMs: number): string[] {
    const n = Math.min(SLOTS, Math.ceil(windowMs / SLOT_MS));
    const fmt = (values: Float64Array) => Array.from(values.subarray(0, n), (v) => v.toFixed(0)).join(' ');
    return [
      `worst latency per ${SLOT_MS} ms of send time (ms): ${fmt(this.latency)}`,
      `longest write-timer gap per ${SLOT_MS} ms (ms):     ${fmt(this.timerGap)}`,
    ];
  }
}
