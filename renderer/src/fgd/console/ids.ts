/** Ids of new steps, decisions and manual attendees: a readable prefix and a random part, unique without a server. */
export function newFgdEntryId(prefix: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${prefix}-${suffix}`;
}
