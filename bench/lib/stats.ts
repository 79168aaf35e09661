/** Latency samples in a growable Float64Array: no allocation per sample in the hot path. */
export class LatencyRecorder {
  private samples: Float64Array;
  private count = 0;

  constructor(expected: number) {
    this.samples = new Float64Array(Math.max(1024, Math.ceil(expected)));
  }

  add(ms: number): void {
    if (this.count === this.samples.length) {
      const bigger = new Float64Array(this.samples.length * 2);
      bigger.set(this.samples);
      this.samples = bigger;
    }
    this.samples[this.count++] = ms;
  }

  /** Forget all samples (keeps the storage). */
  reset(): void {
    this.count = 0;
  }

  /** The samples so far, as a fresh array (e.g. to transfer to another thread). */
  copy(): Float64Array {
    return this.samples.slice(0, this.count);
  }

  /** Adds samples recorded elsewhere. */
  addAll(samples: Float64Array): void {
    for (const sample of samples) this.add(sample);
  }

  get size(): number {
    return this.count;
  }

  summary(): LatencySummary {
    const sorted = this.samples.slice(0, this.count).sort();
    const at = (p: number) => {
      if (sorted.length === 0) return Number.NaN;
      const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
      return sorted[rank - 1] ?? Number.NaN;
    };
    return { count: this.count, p50: at(50), p95: at(95), p99: at(99), max: at(100) };
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}
