/**
 * What the UI benchmark runs inside the page. Everything is timed in the page itself (performance.now(),
 * event timestamps, animation frames), so Playwright's round trips to the browser never count.
 *
 * These functions are serialised into the page by Playwright: they must not use imports or anything
 * else from this module. tsx wraps named inner functions in an `__name(...)` helper that the page does
 * not have; NAME_SHIM defines a no-op one before any of them runs.
 */

/** The catalog page's test contract. */
export const CATALOG = {
  count: '[data-testid="catalog-count"]',
  /** Rows of the table; cards stand in when the page shows the card layout. */
  row: '[data-testid="catalog-row"], [data-testid="catalog-card"]',
  search: '[data-testid="catalog-search"]',
  scroll: '[data-testid="catalog-scroll"]',
} as const;

export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** One keystroke in the search box, in ms from its keydown. */
export interface KeySample {
  key: string;
  /** To the end of the frame that paints the typed character (after its `input` event). */
  echoMs: number | null;
  /** To the end of the frame that paints the new results; null: no change seen before the next key. */
  resultsMs: number | null;
  /** The results changed only after the timeout, when the sample had been handed over as unchanged. */
  late: boolean;
}

/** Load milestones in ms since navigation start; null: not reached (yet). */
export interface LoadTimes {
  firstRow: number | null;
  /** The count element first showed the full count (DOM), with at least one row. */
  fullCount: number | null;
  /** After the frame that paints fullCount. */
  visible: number | null;
  /** What the count element showed last (null: no such element yet). */
  lastCount: string | null;
}

interface Probe {
  load: LoadTimes;
  visible: Promise<LoadTimes>;
  armKey(): void;
  keyResult: Promise<KeySample> | null;
  /** A change that came after the keystroke's timeout; replaces its "unchanged" sample. */
  late: KeySample | null;
}

type ProbeWindow = Window & { __uiBench?: Probe };

/** Init script: watches the load and, once armed, each keystroke in the search box. */
export function installProbe(arg: {
  expected: number;
  selectors: typeof CATALOG;
  keyTimeoutMs: number;
}): void {
  const { expected, selectors, keyTimeoutMs } = arg;
  // The frame that paints a change runs its animation-frame callbacks, then style, layout and paint; a
  // message posted from such a callback is handled right after that frame. (Two animation frames
  // would wait for the start of the following frame: a whole frame late, ~17 ms, against a 50 ms bar.)
  const afterPaint = (then: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        then();
      };
      channel.port2.postMessage(null);
    });
  const signature = (): string => {
    const count = document.querySelector(selectors.count)?.getAttribute('data-count') ?? '';
    const rows = document.querySelectorAll(selectors.row);
    let text = `${count}|${rows.length}`;
    for (let i = 0; i < Math.min(8, rows.length); i++)
      text += `|${(rows[i]?.textContent ?? '').slice(0, 80)}`;
    return text;
  };

  const load: LoadTimes = { firstRow: null, fullCount: null, visible: null, lastCount: null };
  let resolveVisible: (times: LoadTimes) => void = () => undefined;
  const visible = new Promise<LoadTimes>((resolve) => {
    resolveVisible = resolve;
  });

  let armed = false;
  let pending: {
    sample: KeySample;
    start: number;
    before: string;
    resolve: (s: KeySample) => void;
    /** Resolved as "no change"; a change seen later is still reported, as `late`. */
    handedOver: boolean;
  } | null = null;
  const probe: Probe = {
    load,
    visible,
    keyResult: null,
    late: null,
    armKey() {
      armed = true;
      pending = null;
      probe.keyResult = null;
      probe.late = null;
    },
  };

  const onMutation = () => {
    if (load.visible === null) {
      const rowShown = document.querySelector(selectors.row) !== null;
      if (load.firstRow === null && rowShown) load.firstRow = performance.now();
      load.lastCount = document.querySelector(selectors.count)?.getAttribute('data-count') ?? null;
      if (load.fullCount === null && rowShown && load.lastCount === String(expected)) {
        load.fullCount = performance.now();
        afterPaint(() => {
          load.visible = performance.now();
          resolveVisible(load);
        });
      }
    }
    if (pending !== null && signature() !== pending.before) {
      const done = pending;
      pending = null;
      afterPaint(() => {
        const resultsMs = performance.now() - done.start;
        if (done.handedOver) probe.late = { ...done.sample, resultsMs, late: true };
        else done.resolve({ ...done.sample, resultsMs });
      });
    }
  };
  new MutationObserver(onMutation).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-count'],
  });

  window.addEventListener(
    'keydown',
    (event) => {
      const target = event.target;
      if (!armed || !(target instanceof Element) || target.closest(selectors.search) === null) return;
      armed = false;
      // The event's own timestamp: when the browser received the key, so input-queue delay counts too.
      const start = event.timeStamp;
      const before = signature();
      probe.keyResult = new Promise<KeySample>((resolve) => {
        const sample: KeySample = { key: event.key, echoMs: null, resultsMs: null, late: false };
        const current = { sample, start, before, resolve, handedOver: false };
        pending = current;
        const handOver = () => {
          if (pending !== current || current.handedOver) return;
          current.handedOver = true;
          resolve({ ...sample });
        };
        window.addEventListener(
          'input',
          () =>
            afterPaint(() => {
              sample.echoMs = performance.now() - start;
            }),
          { capture: true, once: true },
        );
        // No change yet once the page has been idle twice, a frame apart, after the key's first frame:
        // the deferred render and whatever it queued have run. Watching goes on until the next key.
        afterPaint(() =>
          requestIdleCallback(() => requestAnimationFrame(() => requestIdleCallback(handOver))),
        );
        setTimeout(handOver, keyTimeoutMs);
      });
    },
    { capture: true },
  );
  (window as ProbeWindow).__uiBench = probe;
}

/** Resolves with the load milestones once the full count is painted (or rejects after `timeoutMs`). */
export function waitVisible(timeoutMs: number): Promise<LoadTimes> {
  const probe = (window as ProbeWindow).__uiBench;
  if (probe === undefined) return Promise.reject(new Error('probe not installed'));
  return Promise.race([
    probe.visible,
    new Promise<LoadTimes>((resolve) => setTimeout(() => resolve({ ...probe.load }), timeoutMs)),
  ]);
}

export function armKey(): void {
  const probe = (window as ProbeWindow).__uiBench;
  if (probe === undefined) throw new Error('probe not installed');
  probe.armKey();
}

export async function keyResult(): Promise<KeySample | null> {
  const probe = (window as ProbeWindow).__uiBench;
  return (await probe?.keyResult) ?? null;
}

/** The last keystroke's late change, if one came after its timeout. */
export function lateKeyResult(): KeySample | null {
  return (window as ProbeWindow).__uiBench?.late ?? null;
}

/**
 * Scrolls the virtualised list by `stepPx` every frame for `durationMs` (turning at either end) and
 * returns the time between consecutive frames.
 */
export function scrollFrames(arg: {
  selector: string;
  durationMs: number;
  stepPx: number;
}): Promise<number[]> {
  const element = document.querySelector(arg.selector);
  if (!(element instanceof HTMLElement)) return Promise.reject(new Error(`no ${arg.selector}`));
  element.scrollTop = 0;
  return new Promise((resolve) => {
    const deltas: number[] = [];
    let direction = 1;
    let last = -1;
    let started = -1;
    const frame = (now: number) => {
      if (last >= 0) deltas.push(now - last);
      else started = now;
      last = now;
      if (now - started >= arg.durationMs) {
        resolve(deltas);
        return;
      }
      const max = element.scrollHeight - element.clientHeight;
      if (element.scrollTop >= max - 1) direction = -1;
      else if (element.scrollTop <= 0) direction = 1;
      element.scrollTop += direction * arg.stepPx;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
