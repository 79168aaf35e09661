/**
 * Live, validated views of the master plans: one region's (for its workspace and its books) and every
 * member region's (for the area view). Each re-reads only when its documents change.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type MasterPlan, readMasterPlan } from '../../../shared/model/master-plan';
import { useArea, useDocVersion } from '../app/hooks';
import { useSession } from '../app/session';
import { type EditAccess, editAccess } from '../catalog/innovation-access';

const reportSkipped = (problem: { key: string; problem: string }) =>
  console.warn(`skipped invalid master plan data at ${problem.key}: ${problem.problem}`);

const EMPTY_DOC_VERSION = -1;

export interface RegionMasterPlan {
  regionCode: string;
  /** Null when this node holds no document for the region (not a member of the area). */
  doc: Y.Doc | null;
  plan: MasterPlan;
  access: EditAccess;
}

export function emptyMasterPlan(): MasterPlan {
  return {
    stages: {},
    team: [],
    readiness: { struktur: {}, infrastruktur: {}, suprastruktur: {} },
    programmes: [],
    quickWins: [],
  };
}

function readOrEmpty(doc: Y.Doc | null, docName: string): MasterPlan {
  return doc === null ? emptyMasterPlan() : readMasterPlan(doc, docName, reportSkipped);
}

/** One region's master plan and whether the person may write it (only that region's editors). */
export function useMasterPlan(regionCode: string): RegionMasterPlan {
  const { workspace, profile } = useSession();
  const synced = workspace.region(regionCode);
  const doc = synced?.doc ?? null;
  const version = useDocVersionOrNone(doc);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of `doc`.
  return useMemo(
    () => ({
      regionCode,
      doc,
      plan: readOrEmpty(doc, synced?.name ?? regionCode),
      access: editAccess(profile, regionCode),
    }),
    [doc, version, regionCode, profile, synced?.name],
  );
}

function useDocVersionOrNone(doc: Y.Doc | null): number {
  const { workspace } = useSession();
  // A hook cannot be called conditionally: without a document the area document stands in, and
  // its version is ignored.
  const version = useDocVersion(doc ?? workspace.area.doc);
  return doc === null ? EMPTY_DOC_VERSION : version;
}

/** Every member region's master plan, in the area's signing order. */
export function useAreaMasterPlans(): RegionMasterPlan[] {
  const { workspace, profile } = useSession();
  const area = useArea();
  const docs = useMemo(
    () => area.members.map((member) => ({ code: member.code, synced: workspace.region(member.code) })),
    [area, workspace],
  );
  const ydocs = useMemo(() => docs.flatMap(({ synced }) => (synced ? [synced.doc] : [])), [docs]);
  const version = useDocsVersion(ydocs);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the change signal of the docs.
  return useMemo(
    () =>
      docs.map(({ code, synced }) => ({
        regionCode: code,
        doc: synced?.doc ?? null,
        plan: readOrEmpty(synced?.doc ?? null, synced?.name ?? code),
        access: editAccess(profile, code),
      })),
    [docs, profile, version],
  );
}

/**
 * A number that changes whenever any of the documents does, at most once per frame: 25 documents
 * filling from the node at start would otherwise re-read every plan 25 times.
 */
function useDocsVersion(docs: readonly Y.Doc[]): number {
  const store = useMemo(() => {
    let version = 0;
    return {
      subscribe(listener: () => void) {
        let frame: number | null = null;
        const onUpdate = () => {
          if (frame !== null) return;
          frame = requestAnimationFrame(() => {
            frame = null;
            version += 1;
            listener();
          });
        };
        for (const doc of docs) doc.on('update', onUpdate);
        return () => {
          if (frame !== null) cancelAnimationFrame(frame);
          for (const doc of docs) doc.off('update', onUpdate);
        };
      },
      snapshot: () => version,
    };
  }, [docs]);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
