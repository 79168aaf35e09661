/** Where the FGD screens live: the console's tabs, the projector, a commitment an item went to. */
export const fgdPath = (id: string, segment = ''): string =>
  segment === '' ? `/fgd/${id}` : `/fgd/${id}/${segment}`;

export const fgdProjectorPath = (id: string): string => `/papan/fgd/${id}`;

/** `kspn-borobudur/commitment/komitmen-uji` → `komitmen-uji`; null for any other kind of document. */
export function commitmentIdOf(docName: string): string | null {
  const match = /^[^/]+\/commitment\/([^/]+)$/.exec(docName);
  return match?.[1] ?? null;
}
