/**
 * A commitment item as its form edits it, and back: follow-ups become rows with their own keys so
 * removing one keeps the others' focus; a new item gets an id nobody else can pick and goes last.
 */
import type { z } from 'zod';
import type { ItemFields } from '../../../../shared/model/commitment';

export type ItemInput = z.infer<typeof ItemFields>;

export interface FollowUpRow {
  key: string;
  text: string;
}

export interface ItemValues {
  title: string;
  pillarId: string;
  lead: string[];
  supporting: string[];
  followUps: FollowUpRow[];
  /** Kept as it was; a new item's is one past the last. */
  order: number;
}

let rowCount = 0;
export function followUpRow(text = ''): FollowUpRow {
  rowCount += 1;
  return { key: `tindak-lanjut-${rowCount}`, text };
}

export function itemValues(item: ItemInput): ItemValues {
  return {
    ...item,
    lead: [...item.lead],
    supporting: [...item.supporting],
    followUps: item.followUps.map((text) => followUpRow(text)),
  };
}

export function newItemValues(pillarId: string, existing: readonly { order: number }[]): ItemValues {
  const order = existing.reduce((last, item) => Math.max(last, item.order + 1), 0);
  return { title: '', pillarId, lead: [], supporting: [], followUps: [], order };
}

export function itemInput(values: ItemValues): ItemInput {
  return {
    pillarId: values.pillarId,
    title: values.title,
    lead: values.lead,
    // A region leads or supports an item, not both.
    supporting: values.supporting.filter((code) => !values.lead.includes(code)),
    followUps: values.followUps.map((row) => row.text),
    order: values.order,
  };
}

/** `butir-k3x9q0`, `versi-…`: an item's or version's id, unique without asking anyone. */
export function newCommitmentEntryId(prefix: 'butir' | 'versi', random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}-${suffix}`;
}

export interface RegionRole {
  code: string;
  lead: number;
  supporting: number;
}

/**
 * How many items each member region leads and supports, in the area's signing order; regions with
 * no role are left out (and counted by the caller as "no role yet").
 */
export function regionRoles(
  items: readonly Pick<ItemInput, 'lead' | 'supporting'>[],
  members: readonly string[],
): RegionRole[] {
  return members.flatMap((code) => {
    const lead = items.filter((item) => item.lead.includes(code)).length;
    const supporting = items.filter((item) => item.supporting.includes(code)).length;
    return lead + supporting > 0 ? [{ code, lead, supporting }] : [];
  });
}
