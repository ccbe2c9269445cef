/**
 * The canonical steps of a showroom visit, in order, and the names stores' CRMs and boards give
 * them. Every event log is mapped onto these seven steps; a visit can also end without a sale.
 */

/** A step of the visit, in canonical order. */
export type StageId = "greeted" | "testDrive" | "desk" | "managerTo" | "waitingFi" | "inFi" | "delivered";

/** Where an event can put a deal: one of the steps, or "left" (the customer walked without buying). */
export type StageKey = StageId | "left";

/** A step of the visit and how the pane and the spills name it. */
export interface Stage {
  readonly id: StageId;
  readonly label: string;
  /** 0 = greeted … 6 = delivered. */
  readonly order: number;
}

/** The seven steps in order. */
export const STAGES: readonly Stage[] = [
  { id: "greeted", label: "Greeted", order: 0 },
  { id: "testDrive", label: "Test drive", order: 1 },
  { id: "desk", label: "Desk", order: 2 },
  { id: "managerTo", label: "Manager T.O.", order: 3 },
  { id: "waitingFi", label: "Waiting for F&I", order: 4 },
  { id: "inFi", label: "In F&I", order: 5 },
  { id: "delivered", label: "Delivered", order: 6 },
];

/** The steps a deal waits in (all but delivered), in order. */
export const WORKING_STAGES: readonly Stage[] = STAGES.filter((s) => s.id !== "delivered");

const BY_ID = new Map<StageKey, Stage>(STAGES.map((s) => [s.id, s]));

/** The stage of an id. */
export function stageOf(id: StageId): Stage {
  return BY_ID.get(id) as Stage;
}

/** Order of a key: a walk-out ends the visit after every step. */
export function stageOrder(key: StageKey): number {
  return key === "left" ? STAGES.length : stageOf(key).order;
}

/** The step after a working step (what the deal is waiting to reach). */
export function nextStage(id: StageId): Stage | null {
  return STAGES[stageOf(id).order + 1] ?? null;
}

/**
 * Lower case, letters and digits only, so "F&I", "f & i" and "F/I" meet as "fi", and "Mgr. T.O." as "mgrto".
 * @example normalizeStageName(" Waiting for F&I ") // "waitingforfi"
 */
export function normalizeStageName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Names and codes CRMs, desking logs and showroom boards commonly use for each step (before normalizing). */
export const DEFAULT_STAGE_ALIASES: Readonly<Record<StageKey, readonly string[]>> = {
  greeted: [
    "Greeted",
    "Greet",
    "Up",
    "Greeted/Up",
    "Fresh up",
    "Walk-in",
    "Arrived",
    "Check-in",
    "Checked in",
    "Showroom",
    "Showroom visit",
    "Meet & greet",
    "Needs assessment",
    "UP",
    "GR",
    "GRT",
    "SHW",
    "S1",
  ],
  testDrive: ["Test drive", "Test-drive", "Demo", "Demo drive", "Drive", "TD", "DEMO", "S2"],
  desk: [
    "Write-up",
    "Write up",
    "Writeup",
    "Desk",
    "Desking",
    "Worksheet",
    "Pencil",
    "First pencil",
    "Proposal",
    "Numbers",
    "WU",
    "DSK",
    "S3",
  ],
  managerTo: [
    "Manager T.O.",
    "Manager TO",
    "T.O.",
    "TO",
    "Turnover",
    "Turn over",
    "Manager turnover",
    "Mgr TO",
    "Takeover",
    "Closer",
    "Manager",
    "MGR",
    "S4",
  ],
  waitingFi: [
    "Waiting for F&I",
    "Waiting F&I",
    "F&I wait",
    "F&I queue",
    "Waiting on F&I",
    "Waiting for finance",
    "To F&I",
    "Sent to F&I",
    "Sold",
    "Handoff",
    "WFI",
    "FIQ",
    "S5",
  ],
  inFi: [
    "In F&I",
    "F&I",
    "In finance",
    "Finance",
    "Business office",
    "In box",
    "Box",
    "F&I start",
    "Contracting",
    "FI",
    "FNI",
    "S6",
  ],
  delivered: ["Delivered", "Delivery", "Delivered/Sold", "Complete", "Completed", "Keys", "DLV", "DEL", "S7"],
  left: ["Left", "Walked", "Walk-out", "Lost", "Be-back", "Be back", "Unsold", "No deal", "Left without buying", "LFT"],
};

/** A stage name to its step: built-in aliases, overridden by the store's own names. */
export type StageResolver = (name: string) => StageKey | null;

/** One row of a store's own stage names: the name its log uses and the step it means. */
export interface StageAlias {
  readonly name: string;
  readonly stage: StageKey;
}

/**
 * The resolver for a log: the built-in aliases, with the store's own names (which win) on top.
 * @example stageResolver()("F&I queue") // "waitingFi"
 */
export function stageResolver(custom: readonly StageAlias[] = []): StageResolver {
  const map = new Map<string, StageKey>();
  for (const [key, names] of Object.entries(DEFAULT_STAGE_ALIASES) as [StageKey, readonly string[]][]) {
    for (const n of names) map.set(normalizeStageName(n), key);
  }
  for (const s of STAGES) map.set(normalizeStageName(s.id), s.id);
  for (const a of custom) {
    const n = normalizeStageName(a.name);
    if (n !== "") map.set(n, a.stage);
  }
  return (name) => {
    const n = normalizeStageName(name);
    return n === "" ? null : (map.get(n) ?? null);
  };
}

/** Reads a step name the user typed for a mapping (the label, the id or any alias), or null. */
export function stageKeyOf(name: string): StageKey | null {
  return stageResolver()(name);
}
