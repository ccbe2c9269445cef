import { isErrorText } from "../dealLog/errorText";
import { parseEventTime } from "./eventTime";
import { STAGES, type StageKey, type StageResolver } from "./stages";

// Every key a deal can reach, in stageOrder: the seven steps, then a walk-out.
const KEYS_IN_ORDER: readonly StageKey[] = [...STAGES.map((s) => s.id), "left"];

/** One row of an event log as the sheet holds it: any cell can be anything. */
export interface EventRow {
  readonly deal: unknown;
  readonly stage: unknown;
  readonly time: unknown;
  readonly salesperson?: unknown;
  readonly department?: unknown;
  readonly customer?: unknown;
  readonly trade?: unknown;
}

/** Everything the log says about one deal. */
export interface DealEvents {
  /** The deal id as first written (trimmed). */
  readonly id: string;
  /** When the deal first reached each step: the earliest time stamp (a bare time of day is below 1). */
  readonly reached: ReadonlyMap<StageKey, number>;
  /** First non-blank salesperson, department, customer and trade stock/VIN over the deal's rows ("" when none). */
  readonly salesperson: string;
  readonly department: string;
  readonly customer: string;
  readonly trade: string;
}

/** A stage name the log uses that maps to no step, and on how many rows. */
export interface UnknownStage {
  readonly name: string;
  readonly rows: number;
}

/** An event log once read: the deals, and what was skipped and why. */
export interface EventLog {
  /** In the order each deal first appears. */
  readonly deals: readonly DealEvents[];
  /** Rows that became events (duplicates included). */
  readonly events: number;
  /** Rows repeating a step a deal had already reached (the earliest time stamp is kept). */
  readonly duplicates: number;
  /** Rows skipped: the time stamp is not a date or time. */
  readonly badTimes: number;
  /** Rows skipped: a time and step but no deal id. */
  readonly missingDeal: number;
  /** Rows skipped: the stage name maps to no step (listed so they can be mapped). */
  readonly unknownStages: readonly UnknownStage[];
}

function text(value: unknown): string {
  if (typeof value === "string") return isErrorText(value) ? "" : value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return "";
}

function isBlank(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === "" ||
    value === 0 ||
    (typeof value === "string" && value.trim() === "")
  );
}

interface Building {
  id: string;
  reached: Map<StageKey, number>;
  salesperson: string;
  department: string;
  customer: string;
  trade: string;
}

/**
 * Reads an event log: deal id | stage | time stamp, and optional salesperson, department, customer,
 * trade. Rows can come in any order; a step logged twice for a deal keeps its earliest time. A first
 * row whose stage is no step and whose time is no date is a header and is skipped silently; other
 * bad rows are skipped and counted by reason. Deal ids match without case or outer spaces.
 */
export function readEventLog(rows: readonly EventRow[], resolve: StageResolver): EventLog {
  const deals = new Map<string, Building>();
  const unknown = new Map<string, { name: string; rows: number }>();
  let events = 0;
  let duplicates = 0;
  let badTimes = 0;
  let missingDeal = 0;
  // A log repeats a few dozen stage names down its rows: each is resolved once.
  const resolved = new Map<string, StageKey | null>();
  rows.forEach((row, index) => {
    if (isBlank(row.deal) && isBlank(row.stage) && isBlank(row.time)) return;
    const stageName = text(row.stage);
    let stage = resolved.get(stageName);
    if (stage === undefined) {
      stage = resolve(stageName);
      resolved.set(stageName, stage);
    }
    const time = parseEventTime(row.time);
    if (index === 0 && stage === null && time === null && typeof row.time === "string") return;
    const id = text(row.deal);
    if (id === "") {
      missingDeal++;
      return;
    }
    if (stage === null) {
      const name = stageName === "" ? "(blank)" : stageName;
      const key = name.toLowerCase();
      const seen = unknown.get(key) ?? { name, rows: 0 };
      seen.rows++;
      unknown.set(key, seen);
      return;
    }
    if (time === null) {
      badTimes++;
      return;
    }
    events++;
    const key = id.toUpperCase();
    let deal = deals.get(key);
    if (!deal) {
      deal = { id, reached: new Map(), salesperson: "", department: "", customer: "", trade: "" };
      deals.set(key, deal);
    }
    const before = deal.reached.get(stage);
    if (before !== undefined) duplicates++;
    if (before === undefined || time < before) deal.reached.set(stage, time);
    deal.salesperson ||= text(row.salesperson);
    deal.department ||= text(row.department);
    deal.customer ||= text(row.customer);
    deal.trade ||= text(row.trade);
  });
  return {
    deals: [...deals.values()],
    events,
    duplicates,
    badTimes,
    missingDeal,
    unknownStages: [...unknown.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name)),
  };
}

/** A deal's steps in canonical order with their raw times. */
export function reachedInOrder(deal: DealEvents): { stage: StageKey; time: number }[] {
  // Read in canonical order rather than sorted: this runs for every deal of a big log on each recalculation.
  const out: { stage: StageKey; time: number }[] = [];
  for (const stage of KEYS_IN_ORDER) {
    const time = deal.reached.get(stage);
    if (time !== undefined) out.push({ stage, time });
  }
  return out;
}
