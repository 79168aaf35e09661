/** The daftar hadir summarised: people per region, in the area's signing order, and who is missing. */
import type { FgdSession } from '../../../../shared/model/fgd-view';

export interface RegionCount {
  code: string;
  count: number;
}

export interface AttendanceSummary {
  /** Regions with someone present: area members in their order, then others by code. */
  present: RegionCount[];
  /** People who gave no region (observers, guests). */
  withoutRegion: number;
  /** Area member regions with nobody present. */
  absent: string[];
}

export function summariseAttendance(
  attendance: FgdSession['attendance'],
  memberCodes: readonly string[],
): AttendanceSummary {
  const counts = new Map<string, number>();
  let withoutRegion = 0;
  for (const entry of attendance) {
    const code = entry.participant.region;
    if (code === null) withoutRegion += 1;
    else counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const rank = new Map(memberCodes.map((code, index) => [code, index]));
  const present = [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort(
      (a, b) =>
        (rank.get(a.code) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.code) ?? Number.MAX_SAFE_INTEGER) ||
        a.code.localeCompare(b.code),
    );
  return { present, withoutRegion, absent: memberCodes.filter((code) => !counts.has(code)) };
}
