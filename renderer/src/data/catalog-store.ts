/**
 * The area's innovation catalog as plain validated data, live: every region document's innovations
 * and replication plans, a search index kept up to date entry by entry, and the problems found in
 * documents (shown to nobody as a crash, logged once each).
 *
 * Region documents change often (typing in a form sends an update per pause); each change re-reads
 * only that region, at most once per animation frame, and re-indexes only its entries.
 */

import type * as Y from 'yjs';
import {
  type CatalogDocument,
  type CatalogHit,
  CatalogSearch,
  catalogDocument,
} from '../../../shared/catalog/search';
import { type Innovation, readInnovations } from '../../../shared/model/innovation';
import { type ReplicationPlan, readReplicationPlans } from '../../../shared/model/replication-plan';
import {
  type PlanComment,
  type ReplicationSupport,
  readPlanComments,
  readReplicationSupport,
} from '../../../shared/model/replication-support';
import type { ReadProblem } from '../../../shared/model/validated-read';
import { displayName, regencyByCode } from '../../../shared/regions/index';
import type { AreaWorkspace } from '../sync/area-workspace';
import { changedContent, changesOnlyPlanNotes } from './notes-only-change';

/** Entries indexed per slice (about 6 ms of work at the area scale). */
const INDEX_SLICE = 200;

/** How often the catalog is rebuilt while documents are still loading. */
const LOADING_FLUSH_MS = 400;

export interface CatalogEntry {
  /** `<region code>/<innovation id>`. */
  key: string;
  innovation: Innovation;
  /** "Kab. Magelang" / "Kota Magelang". */
  regionName: string;
}

export interface CatalogSnapshot {
  entries: readonly CatalogEntry[];
  byKey: ReadonlyMap<string, CatalogEntry>;
  /** Innovation key → the plans of regions replicating it. */
  replications: ReadonlyMap<string, readonly ReplicationPlan[]>;
  /** Every region's plans, by adopting region. */
  plans: ReadonlyMap<string, readonly ReplicationPlan[]>;
  /** Support the source regions recorded: source region → plan key → record. */
  support: ReadonlyMap<string, ReadonlyMap<string, ReplicationSupport>>;
  /** Comments on plans: commenting region → plan key → comments, oldest first. */
  comments: ReadonlyMap<string, ReadonlyMap<string, readonly PlanComment[]>>;
  /** Bumps on every change; cheap identity for memoised views. */
  version: number;
}

export function regionLabel(code: string): string {
  const regency = regencyByCode(code);
  return regency ? displayName(regency) : code;
}

interface RegionData {
  innovations: CatalogEntry[];
  plans: ReplicationPlan[];
  support: ReadonlyMap<string, ReplicationSupport>;
  comments: ReadonlyMap<string, readonly PlanComment[]>;
}

export class CatalogStore {
  private readonly index = new CatalogSearch();
  /**
   * Index changes not applied yet (null: remove). Indexing is not needed to show the list, so on a
   * cold start it waits for idle time after the catalog is on screen, or for the first search.
   */
  private readonly unindexed = new Map<string, CatalogDocument | null>();
  private indexing: number | null = null;
  private readonly regions = new Map<string, RegionData>();
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private readonly reported = new Set<string>();
  private snapshotCache: CatalogSnapshot;
  private version = 0;
  private frame: number | null = null;
  private completeMarked = false;

  constructor(private readonly workspace: AreaWorkspace) {
    this.snapshotCache = this.build();
    this.attachAll();
    // New member regions are opened by the workspace as the area document changes.
    this.cleanups.push(
      workspace.subscribe(() => {
        this.attachAll();
        // The last document arrived: show the complete catalog now, not at the next gathering tick.
        if (this.frame !== null && this.workspace.loaded()) {
          window.clearTimeout(this.frame);
          this.frame = null;
          this.flush();
        }
      }),
    );
  }

  private attachAll(): void {
    for (const [code, synced] of this.workspace.regions) {
      if (this.regions.has(code)) continue;
      this.regions.set(code, { innovations: [], plans: [], support: new Map(), comments: new Map() });
      // Not 'update': a listener there makes Yjs encode every transaction's update again, which on a
      // first load from a snapshot would be all of the region's data (see SyncedDoc).
      const onTransaction = (transaction: Y.Transaction) => {
        if (changedContent(transaction) && !changesOnlyPlanNotes(transaction)) this.markDirty(code);
      };
      synced.doc.on('afterTransaction', onTransaction);
      this.cleanups.push(() => synced.doc.off('afterTransaction', onTransaction));
      this.markDirty(code);
    }
  }

  private markDirty(code: string): void {
    this.dirty.add(code);
    if (this.frame !== null) return;
    const flush = () => {
      this.frame = null;
      this.flush();
    };
    if (!this.workspace.loaded()) {
      // While the area's documents are still arriving (26 of them at start), rebuilding the whole
      // catalog and its views for each one costs more than the arrival itself: gather them.
      this.frame = window.setTimeout(flush, LOADING_FLUSH_MS);
      return;
    }
    // rAF stops in background tabs; a timer keeps a hidden window's data current too.
    this.frame = document.hidden ? window.setTimeout(flush, 50) : window.requestAnimationFrame(flush);
  }

  /** Applies pending region changes now (tests and first paint do not wait for a frame). */
  flush(): void {
    if (this.dirty.size === 0) return;
    for (const code of this.dirty) this.reread(code);
    this.dirty.clear();
    this.version += 1;
    this.snapshotCache = this.build();
    for (const listener of this.listeners) listener();
    this.scheduleIndexing();
    if (!this.completeMarked && this.workspace.loaded()) {
      this.completeMarked = true;
      // For bench:ui and the browser's performance panel: the whole catalog is in memory.
      performance.mark('rembug:catalog-complete', { detail: { entries: this.snapshotCache.entries.length } });
    }
  }

  /** Best matches first (see CatalogSearch); brings the index up to date first if idle time has not. */
  search(query: string, limit: number): CatalogHit[] {
    this.applyIndexChanges(Number.POSITIVE_INFINITY);
    return this.index.search(query, limit);
  }

  private applyIndexChanges(budget: number): void {
    let done = 0;
    for (const [key, document] of this.unindexed) {
      if (done >= budget) return;
      if (document === null) this.index.remove(key);
      else this.index.upsert(document);
      this.unindexed.delete(key);
      done += 1;
    }
  }

  private scheduleIndexing(): void {
    if (this.indexing !== null || this.unindexed.size === 0) return;
    const step = (deadline?: IdleDeadline) => {
      this.indexing = null;
      // Small slices, as many as the idle period has room for: typing or scrolling meanwhile stays
      // smooth, and the index is complete soon after the list is (before most people type).
      do this.applyIndexChanges(INDEX_SLICE);
      while (this.unindexed.size > 0 && deadline !== undefined && deadline.timeRemaining() > 8);
      this.scheduleIndexing();
    };
    this.indexing =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(step, { timeout: 2000 })
        : window.setTimeout(() => step(), 50);
  }

  private report = (problem: ReadProblem): void => {
    const key = `${problem.doc}#${problem.key}#${problem.problem}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.warn(`skipped invalid data in ${problem.doc} at ${problem.key}: ${problem.problem}`);
  };

  private reread(code: string): void {
    const synced = this.workspace.region(code);
    if (!synced) return;
    const regionName = regionLabel(code);
    const previous = this.regions.get(code);
    const innovations = readInnovations(synced.doc, synced.name, code, this.report).map((innovation) => ({
      key: `${code}/${innovation.id}`,
      innovation,
      regionName,
    }));
    const plans = readReplicationPlans(synced.doc, synced.name, code, this.report);
    const previousByKey = new Map(previous?.innovations.map((entry) => [entry.key, entry]));
    const keys = new Set(innovations.map((entry) => entry.key));
    for (const key of previousByKey.keys()) if (!keys.has(key)) this.unindexed.set(key, null);
    for (const entry of innovations) {
      // Validated reads hand back the same object for an unchanged entry: re-index only the rest.
      if (previousByKey.get(entry.key)?.innovation !== entry.innovation) {
        this.unindexed.set(entry.key, catalogDocument(entry.innovation, regionName));
      }
    }
    this.regions.set(code, {
      innovations,
      plans,
      support: readReplicationSupport(synced.doc, synced.name, code, this.report),
      comments: readPlanComments(synced.doc, synced.name, code, this.report),
    });
  }

  private build(): CatalogSnapshot {
    const entries: CatalogEntry[] = [];
    const plans = new Map<string, ReplicationPlan[]>();
    const replications = new Map<string, ReplicationPlan[]>();
    const support = new Map<string, ReadonlyMap<string, ReplicationSupport>>();
    const comments = new Map<string, ReadonlyMap<string, readonly PlanComment[]>>();
    for (const [code, data] of this.regions) {
      entries.push(...data.innovations);
      plans.set(code, data.plans);
      support.set(code, data.support);
      comments.set(code, data.comments);
      for (const plan of data.plans) {
        const key = `${plan.source.regionCode}/${plan.source.innovationId}`;
        const list = replications.get(key) ?? [];
        list.push(plan);
        replications.set(key, list);
      }
    }
    entries.sort(
      (a, b) => a.innovation.name.localeCompare(b.innovation.name, 'id') || a.key.localeCompare(b.key),
    );
    return {
      entries,
      byKey: new Map(entries.map((entry) => [entry.key, entry])),
      replications,
      plans,
      support,
      comments,
      version: this.version,
    };
  }

  snapshot = (): CatalogSnapshot => this.snapshotCache;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    if (this.indexing !== null) {
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(this.indexing);
      window.clearTimeout(this.indexing);
    }
    if (this.frame !== null) {
      window.cancelAnimationFrame(this.frame);
      window.clearTimeout(this.frame);
    }
    for (const cleanup of this.cleanups) cleanup();
    this.listeners.clear();
  }
}
