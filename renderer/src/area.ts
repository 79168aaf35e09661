/**
 * The area this window works in. Fixed to KSPN Borobudur until area selection exists; the id is the
 * first segment of every document (room) name of the area.
 */
export const currentArea = {
  id: 'kspn-borobudur',
  name: 'KSPN Borobudur',
} as const;

/** The room of the area's own document: profile, member regions, pillars, indexes. */
export function areaRoom(areaId: string): string {
  return `${areaId}/area`;
}
