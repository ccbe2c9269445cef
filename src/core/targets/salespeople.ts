import { monthKey } from "../calendar";
import { sheetError, type SheetError } from "../errors";
import { nameKey, type TargetRow } from "./targetRow";

/**
 * A salesperson as the workbook keeps them (PacecarSalespeople): the name the pane shows and
 * targets are written under, other spellings of that name the deal log may use (the DMS's, or
 * the name before a rename), and the month from which they are retired ("" = never).
 */
export interface Salesperson {
  readonly name: string;
  readonly aliases: readonly string[];
  /** "2025-03": hidden from the grid and the missing-target warning from this month on. */
  readonly retiredFrom: string;
}

export const SALESPEOPLE_TABLE_NAME = "PacecarSalespeople";
export const SALESPERSON_COLUMNS = ["Name", "Aliases", "Retired From"] as const;

/** Aliases share one cell, separated by semicolons (a name never holds one). */
const ALIAS_SEPARATOR = ";";

const clean = (name: string): string => name.trim().replace(/\s+/g, " ");

/** Whether the salesperson is on the grid in `month`. */
export function isSalespersonActive(person: Salesperson, month: string): boolean {
  return person.retiredFrom === "" || person.retiredFrom > month;
}

/**
 * The name a deal log spelling stands for: the salesperson whose name or alias it is, else the
 * spelling itself (trimmed). Names win over aliases, so an alias can't steal a current name.
 */
export function salespersonResolver(people: readonly Salesperson[]): (logged: string) => string {
  const byKey = new Map<string, string>();
  for (const p of people) for (const a of p.aliases) if (clean(a) !== "") byKey.set(nameKey(a), p.name);
  for (const p of people) byKey.set(nameKey(p.name), p.name);
  return (logged) => byKey.get(nameKey(logged)) ?? clean(logged);
}

/** Deals with each salesperson's logged spelling replaced by the name it stands for. */
export function withSalespersonNames<D extends { readonly salesperson: string }>(
  deals: readonly D[],
  people: readonly Salesperson[]
): D[] {
  if (people.length === 0) return [...deals];
  const resolve = salespersonResolver(people);
  return deals.map((d) => (d.salesperson.trim() === "" ? d : { ...d, salesperson: resolve(d.salesperson) }));
}

/** The kept entry of a name (by name or alias), or null. */
function findPerson(people: readonly Salesperson[], name: string): Salesperson | null {
  const k = nameKey(name);
  return (
    people.find((p) => nameKey(p.name) === k) ?? people.find((p) => p.aliases.some((a) => nameKey(a) === k)) ?? null
  );
}

/** What a rename changes: the kept salespeople and the target rows to write (old ones cleared, new ones set). */
export interface SalespersonRename {
  readonly people: Salesperson[];
  readonly changes: TargetRow[];
}

/**
 * Renames a salesperson. Their targets move to the new name in every month — a rename is the
 * same person, so past months keep adding up under the one name — and the old name becomes an
 * alias, so deals logged under it still count for them. Renaming onto a name that already has a
 * target in the same month and channel is refused rather than overwriting either number.
 */
export function renameSalesperson(
  people: readonly Salesperson[],
  rows: readonly TargetRow[],
  from: string,
  to: string
): SalespersonRename | SheetError {
  const next = clean(to);
  if (next === "") return sheetError("value", "targetsRenameEmpty");
  const old = clean(from);
  if (nameKey(old) === nameKey(next)) {
    // Only the spelling changes (case, spaces): the same key, so targets are rewritten under it.
    const moved = rows
      .filter((r) => r.salesperson !== "" && nameKey(r.salesperson) === nameKey(old))
      .map((r) => ({ ...r, salesperson: next }));
    return { people: upsertPerson(people, old, (p) => ({ ...p, name: next })), changes: moved };
  }
  const mine = rows.filter((r) => r.salesperson !== "" && nameKey(r.salesperson) === nameKey(old));
  const theirs = new Set(
    rows
      .filter((r) => r.salesperson !== "" && nameKey(r.salesperson) === nameKey(next))
      .map((r) => `${r.month}|${r.channelId.toLowerCase()}`)
  );
  const clash = [
    ...new Set(mine.filter((r) => theirs.has(`${r.month}|${r.channelId.toLowerCase()}`)).map((r) => r.month)),
  ].sort();
  if (clash.length > 0) return sheetError("value", "targetsRenameClash", next, clash.join(", "));
  const changes: TargetRow[] = [
    ...mine.map((r) => ({ ...r, deals: null, revenue: null })),
    ...mine.map((r) => ({ ...r, salesperson: next })),
  ];
  // The new name may have its own entry (a merge of two spellings): its aliases are kept too.
  const target = findPerson(people, next);
  const source = findPerson(people, old);
  const aliases = dedupe(
    [...(source?.aliases ?? []), old, ...(target?.aliases ?? [])].filter((a) => nameKey(a) !== nameKey(next))
  );
  const merged: Salesperson = { name: next, aliases, retiredFrom: target?.retiredFrom ?? source?.retiredFrom ?? "" };
  const rest = people.filter((p) => p !== source && p !== target);
  return { people: [...rest, merged], changes };
}

/** Retires a salesperson from `month` on ("" brings them back); they get an entry if they had none. */
export function retireSalesperson(people: readonly Salesperson[], name: string, month: string): Salesperson[] {
  return upsertPerson(people, name, (p) => ({ ...p, retiredFrom: month }));
}

function upsertPerson(
  people: readonly Salesperson[],
  name: string,
  change: (p: Salesperson) => Salesperson
): Salesperson[] {
  const found = findPerson(people, name);
  if (found) return people.map((p) => (p === found ? change(p) : p));
  return [...people, change({ name: clean(name), aliases: [], retiredFrom: "" })];
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (clean(n) !== "" && !seen.has(nameKey(n))) seen.set(nameKey(n), clean(n));
  return [...seen.values()];
}

/** A month cell of the table: "2025-03", or "" when blank or not a month. */
function monthText(cell: unknown): string {
  // A month typed by hand may have become a date.
  if (typeof cell === "number" && cell >= 1) return monthKey(cell);
  const m = typeof cell === "string" ? /^(\d{4})-(\d{1,2})$/.exec(cell.trim()) : null;
  return m ? `${m[1] ?? ""}-${(m[2] ?? "").padStart(2, "0")}` : "";
}

/** Reads PacecarSalespeople (header first; columns found by name); rows without a name are skipped, a repeated name keeps its first row. */
export function readSalespeopleTable(rows: readonly (readonly unknown[])[] | null): Salesperson[] {
  if (!rows || rows.length === 0) return [];
  const header = (rows[0] ?? []).map((h) => (typeof h === "string" ? nameKey(h) : ""));
  const [n, a, r] = SALESPERSON_COLUMNS.map((c) => header.indexOf(nameKey(c)));
  const out: Salesperson[] = [];
  for (const row of rows.slice(1)) {
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? "" : row[i]);
    const name = typeof cell(n) === "string" ? clean(cell(n) as string) : "";
    if (name === "" || out.some((p) => nameKey(p.name) === nameKey(name))) continue;
    const aliasCell = cell(a);
    const aliases = dedupe(typeof aliasCell === "string" ? aliasCell.split(ALIAS_SEPARATOR) : []).filter(
      (x) => nameKey(x) !== nameKey(name)
    );
    out.push({ name, aliases, retiredFrom: monthText(cell(r)) });
  }
  return out;
}

/** A salesperson as the table's cells, in SALESPERSON_COLUMNS order. */
export function salespersonCells(p: Salesperson): string[] {
  return [p.name, p.aliases.join(`${ALIAS_SEPARATOR} `), p.retiredFrom];
}
