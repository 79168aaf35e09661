/**
 * CPU used by this process and everything it started (hub, browser and its renderers), read from /proc,
 * so the UI benchmark can tell how much of the machine other processes took while it measured.
 * Linux only; NaN elsewhere.
 */
import * as fs from 'node:fs';
import { machineBusyMs } from './procfs.js';

interface Stat {
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks: exited, reaped children stay counted. */
  ticks: number;
}

function readStat(pid: number): Stat | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces: split after the last ')'. Field 4 (ppid) is then
    // at offset 1, utime..cstime (fields 14–17) at offsets 11–14.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ticks = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
    return { ppid: fields[1] ?? 0, ticks };
  } catch {
    // The process exited between listing /proc and reading it: its time went to its parent.
    return null;
  }
}

/** USER_HZ: fixed at 100 by the Linux ABI for /proc, whatever the kernel's internal tick rate. */
const TICKS_PER_SECOND = 100;

/** CPU ms of `root` and all its live descendants, including their reaped children. */
export function treeCpuMs(root = process.pid): number {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return Number.NaN;
  }
  const stats = new Map<number, Stat>();
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat !== null) stats.set(pid, stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  let ticks = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() ?? root;
    ticks += stats.get(pid)?.ticks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** A running tally of how much CPU other processes used, as % of one core. */
export class OtherCpu {
  private machine0 = machineBusyMs();
  private tree0 = treeCpuMs();
  private at0 = performance.now();

  /** % of one core used by processes outside our tree since construction or the last reset. */
  read(): number {
    const elapsed = performance.now() - this.at0;
    const other = machineBusyMs() - this.machine0 - (treeCpuMs() - this.tree0);
    return elapsed > 0 ? Math.max(0, (other / elapsed) * 100) : Number.NaN;
  }

  reset(): void {
    this.machine0 = machineBusyMs();
    this.tree0 = treeCpuMs();
    this.at0 = performance.now();
  }
}
