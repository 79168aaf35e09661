/**
 * The text "Salin info diagnostik" puts on the clipboard, for a person to paste into a message to
 * support. Versions, where the data lives, the node's state and the newest log lines; never tokens
 * (log lines only hold origins, see url-log.ts, and the token is redacted here once more).
 * No Electron imports.
 */

export const DIAGNOSTIC_LOG_LINES = 200;

export interface DiagnosticFacts {
  appVersion: string;
  os: string;
  versions: { electron?: string; chrome?: string; node?: string };
  dataDir: string;
  nodeState: string;
  /** Secrets to blank out wherever they appear (the node token). */
  secrets: readonly string[];
  logText: string;
}

export function diagnosticsText(facts: DiagnosticFacts): { text: string; lines: number } {
  const lines = lastLines(facts.logText, DIAGNOSTIC_LOG_LINES);
  let text = [
    `Rembug ${facts.appVersion}`,
    `OS: ${facts.os}`,
    `Electron ${facts.versions.electron ?? '?'} · Chrome ${facts.versions.chrome ?? '?'} · Node ${facts.versions.node ?? '?'}`,
    `Data: ${facts.dataDir}`,
    `Node: ${facts.nodeState}`,
    '',
    `--- log (last ${lines.length} lines) ---`,
    ...lines,
  ].join('\n');
  for (const secret of facts.secrets) {
    if (secret.length >= 8) text = text.replaceAll(secret, '<token>');
  }
  return { text, lines: lines.length };
}

export function lastLines(text: string, count: number): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.slice(-count);
}
