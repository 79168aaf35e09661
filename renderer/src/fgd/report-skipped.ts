/**
 * Logs each invalid value of an FGD document once (a rogue or buggy peer's write is skipped by the
 * model's validated reads; re-rendering must not repeat the warning on every change).
 */
const reported = new Set<string>();

export function reportSkippedFgdData(problem: { doc: string; key: string; problem: string }): void {
  const key = `${problem.doc}|${problem.key}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`skipped invalid FGD data at ${problem.doc} ${problem.key}: ${problem.problem}`);
}
