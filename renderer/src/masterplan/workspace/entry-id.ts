/** `program-k3x9q0`, `quickwin-…`: a new entry's id, unique without asking anyone. */
export function newMasterPlanEntryId(
  prefix: 'program' | 'quickwin',
  random: () => number = Math.random,
): string {
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}-${suffix}`;
}
