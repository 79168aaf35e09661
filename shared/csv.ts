/**
 * A table of strings as a CSV file that Excel in Indonesia opens as written: RFC 4180 quoting (a cell
 * holding a comma, quote or line end is quoted, quotes doubled), CRLF line ends, a byte-order mark so
 * UTF-8 names survive, and cells that start with = + - @ prefixed with an apostrophe so a cell a
 * participant typed is never run as a formula.
 */
import Papa from 'papaparse';

/** An apostrophe before a leading = + - @: Excel shows the text instead of evaluating it. */
export function formulaSafe(cell: string): string {
  return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

export function spreadsheetCsv(rows: readonly (readonly string[])[]): string {
  const safe = rows.map((row) => row.map(formulaSafe));
  return `\uFEFF${Papa.unparse(safe, { newline: '\r\n', quotes: false })}`;
}
