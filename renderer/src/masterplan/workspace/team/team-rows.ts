/**
 * The team as its form edits it: rows with their own keys (removing one keeps the others' focus),
 * checked the way the model checks them, and the number of OPDs it draws from.
 */
import type { MasterPlan } from '../../../../../shared/model/master-plan';

export type TeamMember = MasterPlan['team'][number];
export interface TeamRow extends TeamMember {
  key: string;
}
export type RowProblems = Partial<Record<'name' | 'opd', 'required' | 'tooShort'>>;

let rowCount = 0;
export function teamRow(member: TeamMember = { name: '', opd: '', role: '' }): TeamRow {
  rowCount += 1;
  return { ...member, key: `anggota-${rowCount}` };
}

export function teamOf(rows: readonly TeamRow[]): TeamMember[] {
  return rows.map((row) => ({ name: row.name.trim(), opd: row.opd.trim(), role: row.role.trim() }));
}

export function sameTeam(a: readonly TeamMember[], b: readonly TeamMember[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The model's rules for a member: a name, and an OPD of at least two letters ("BKD" is fine). */
export function rowProblems(row: TeamMember): RowProblems {
  const problems: RowProblems = {};
  if (row.name.trim() === '') problems.name = 'required';
  if (row.opd.trim() === '') problems.opd = 'required';
  else if (row.opd.trim().length < 2) problems.opd = 'tooShort';
  return problems;
}

/** Distinct OPDs, ignoring letter case and spacing ("Bappeda" and "BAPPEDA " are one). */
export function opdCount(team: readonly TeamMember[]): number {
  return new Set(team.map((m) => m.opd.trim().toLowerCase().replace(/\s+/g, ' ')).filter((o) => o !== ''))
    .size;
}
