/** The print route of a session's minutes: outside the app's frame, like a plan's or a commitment's. */
export function fgdPrintPath(id: string): string {
  return `/cetak/fgd/${id}`;
}
