/** The print route of a commitment: outside the app's frame, like a plan's. */
export function commitmentPrintPath(id: string): string {
  return `/cetak/komitmen/${id}`;
}
