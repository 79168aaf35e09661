/** Input ids the innovation form's sections share. */

/** `field-<path>`: the page finds the first input with a problem by it. */
export function inputId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}
