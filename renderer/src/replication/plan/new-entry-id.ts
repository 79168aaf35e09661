/** Ids for the rows a plan holds (milestones, evaluation figures): unique without asking anyone. */

/** `<prefix>-<6 random base-36 characters>`, e.g. `tonggak-k3x9q0`. */
export function newEntryId(prefix: 'tonggak' | 'angka', random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}-${suffix}`;
}
