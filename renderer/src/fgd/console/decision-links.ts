/**
 * What a decision became, resolved from its link (a document and an entry id) to something a reader
 * recognises: a commitment item, an innovation or a replication plan. Innovations and plans both live
 * in a region's document, so the entry id is looked up in that region's innovations, then its plans.
 * Shared by the console's decision list and the minutes, so both name a link the same way.
 */
import { type DecisionLink, regionOfDoc } from '../../../../shared/model/fgd';
import { commitmentIdOf } from './paths';

export type ResolvedLink =
  | { kind: 'commitment'; commitmentId: string; title: string }
  | { kind: 'innovation'; regionCode: string; id: string; name: string }
  | { kind: 'plan'; adopterCode: string; id: string; name: string }
  /** A region's entry this device does not hold (not synced yet, or since deleted). */
  | { kind: 'region'; regionCode: string }
  | { kind: 'other' };

/** The entries a link may point at, as plain lookups (the catalog store or a test's lists). */
export interface LinkTargets {
  commitments: readonly { id: string; title: string }[];
  /** The innovation's name, if the region holds one with this id. */
  innovationName: (regionCode: string, id: string) => string | undefined;
  /** The name of the innovation a plan replicates, if the adopting region holds a plan with this id. */
  planName: (adopterCode: string, id: string) => string | undefined;
}

export function resolveDecisionLink(link: DecisionLink, targets: LinkTargets): ResolvedLink {
  const commitmentId = commitmentIdOf(link.doc);
  if (commitmentId !== null) {
    const title = targets.commitments.find((entry) => entry.id === commitmentId)?.title ?? commitmentId;
    return { kind: 'commitment', commitmentId, title };
  }
  const regionCode = regionOfDoc(link.doc);
  if (regionCode === null) return { kind: 'other' };
  const innovation = targets.innovationName(regionCode, link.id);
  if (innovation !== undefined) return { kind: 'innovation', regionCode, id: link.id, name: innovation };
  const plan = targets.planName(regionCode, link.id);
  if (plan !== undefined) return { kind: 'plan', adopterCode: regionCode, id: link.id, name: plan };
  return { kind: 'region', regionCode };
}

/** The part of the catalog snapshot a link is looked up in. */
export interface CatalogLookup {
  byKey: ReadonlyMap<string, { innovation: { name: string } }>;
  plans: ReadonlyMap<string, readonly { id: string; source: { innovationName: string } }[]>;
}

export function catalogLinkTargets(
  catalog: CatalogLookup,
  commitments: readonly { id: string; title: string }[],
): LinkTargets {
  return {
    commitments,
    innovationName: (regionCode, id) => catalog.byKey.get(`${regionCode}/${id}`)?.innovation.name,
    planName: (adopterCode, id) =>
      catalog.plans.get(adopterCode)?.find((plan) => plan.id === id)?.source.innovationName,
  };
}
