import { targetKey, type TargetRow } from "./targetRow";
import { upsertTargets } from "./targetEdits";

/** A target's two numbers; both null when the table has no line for it. */
export type TargetValues = Pick<TargetRow, "deals" | "revenue">;

/**
 * What a change expects the sheet to hold for its target, by targetKey: first the values the pane
 * last saw there, then any it tried to write itself since (a write whose answer was lost may have
 * gone in).
 */
export type ExpectedTargets = ReadonlyMap<string, readonly TargetValues[]>;

/** A change the sheet had moved on from: the GSM's row, and what the sheet holds instead (null: no line). */
export interface TargetConflict {
  readonly typed: TargetRow;
  readonly sheet: TargetRow | null;
}

export interface TargetMerge {
  readonly rows: TargetRow[];
  readonly conflicts: TargetConflict[];
}

const MEASURES = ["deals", "revenue"] as const;

/** A row's values, or nulls for no row. */
export function valuesOf(row: TargetRow | null | undefined): TargetValues {
  return { deals: row?.deals ?? null, revenue: row?.revenue ?? null };
}

/**
 * Applies `changes` to the sheet's rows without overwriting what someone else typed in the sheet:
 * a number is taken from a change only when the sheet still holds a value the change expected for
 * it; otherwise the sheet's number stays, and when the change had a different number of its own
 * that is a conflict (reported, the sheet's value kept). A change without an expectation is applied
 * as is. Rows no change touches are kept as the sheet has them.
 */
export function mergeTargetChanges(
  sheet: readonly TargetRow[],
  changes: readonly TargetRow[],
  expected: ExpectedTargets = new Map()
): TargetMerge {
  const latest = new Map<string, TargetRow>();
  for (const c of changes) latest.set(targetKey(c), c);
  const byKey = new Map(sheet.map((r) => [targetKey(r), r]));
  const apply: TargetRow[] = [];
  const conflicts: TargetConflict[] = [];
  for (const [key, change] of latest) {
    const allowed = expected.get(key);
    if (!allowed) {
      apply.push(change);
      continue;
    }
    const theirs = byKey.get(key) ?? null;
    const now = valuesOf(theirs);
    const merged = { ...now };
    let conflict = false;
    for (const m of MEASURES) {
      const seen = allowed.some((v) => v[m] === now[m]);
      if (seen) merged[m] = change[m];
      // Someone else changed this number: theirs stays; a conflict only when the GSM typed one of their own.
      else if (change[m] !== now[m] && change[m] !== allowed[0]?.[m]) conflict = true;
    }
    if (conflict) conflicts.push({ typed: change, sheet: theirs });
    apply.push({ ...(theirs ?? change), ...merged });
  }
  return { rows: upsertTargets(sheet, apply), conflicts };
}

/**
 * What the targets table should hold after someone else edited it: `truth` is what it held as far
 * as we knew (our writes included), `written` what the sheet may hold if nobody else touched it
 * (more than one when a write's answer was lost), `now` what it holds. A number `now` has that no
 * `written` had is someone else's and is kept; everywhere else `truth` stands — so a write of ours
 * that went over their number can be undone, and one of ours that never landed is still wanted.
 */
export function reconcileTargets(
  truth: readonly TargetRow[],
  written: readonly (readonly TargetRow[])[],
  now: readonly TargetRow[]
): TargetRow[] {
  const keys = new Map<string, TargetRow>();
  for (const r of [...written.flat(), ...truth]) keys.set(targetKey(r), r);
  const ours = new Map(truth.map((r) => [targetKey(r), r]));
  const changes = [...keys].map(([k, r]) => ours.get(k) ?? { ...r, deals: null, revenue: null });
  const expected = new Map(
    [...keys.keys()].map((k) => [k, written.map((w) => valuesOf(w.find((r) => targetKey(r) === k)))])
  );
  return mergeTargetChanges(now, changes, expected).rows;
}
