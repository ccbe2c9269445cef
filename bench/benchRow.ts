/** One benchmark line: ours against a baseline measured in the same run, so the ratio holds on any machine. */
export interface BenchRow {
  readonly what: string;
  readonly ours: number;
  readonly baseline: number;
  readonly baselineWhat: string;
  /** The most ours may cost as a multiple of the baseline (the budget); absent when none is set. */
  readonly budget?: number;
  /** Why a missed budget is missed, measured — shown beside the row. */
  readonly explain?: string;
}

/** A part of docs/benchmarks.md written by its own module (markdown, headed by a `##` line). */
export type BenchSection = () => Promise<string> | string;

/** Milliseconds as the tables show them: three decimals below 1 ms, one above. */
export function fmtMs(ms: number): string {
  return ms < 1 ? ms.toFixed(3) : ms.toFixed(1);
}

/** Whether a row is within its budget; null when it has none. */
export function budgetMet(row: BenchRow): boolean | null {
  return row.budget === undefined ? null : row.ours <= row.budget * row.baseline;
}

/** A markdown table of rows: ratio, budget and met? (with the measured reason beside a miss). */
export function renderRows(rows: readonly BenchRow[]): string {
  const budgets = rows.some((r) => r.budget !== undefined);
  const head = budgets
    ? [
        "| what | ours (ms) | baseline (ms) | ratio | budget | met? | baseline is | why missed |",
        "|---|---:|---:|---:|---:|:---:|---|---|",
      ]
    : ["| what | ours (ms) | baseline (ms) | ratio | baseline is |", "|---|---:|---:|---:|---|"];
  const line = (r: BenchRow) => {
    const ratio = `${(r.ours / r.baseline).toFixed(2)}×`;
    if (!budgets) return `| ${r.what} | ${fmtMs(r.ours)} | ${fmtMs(r.baseline)} | ${ratio} | ${r.baselineWhat} |`;
    const met = budgetMet(r);
    const budget = r.budget === undefined ? "—" : `≤ ${String(r.budget)}×`;
    const why = met === false ? (r.explain ?? "") : "";
    return `| ${r.what} | ${fmtMs(r.ours)} | ${fmtMs(r.baseline)} | ${ratio} | ${budget} | ${met === null ? "—" : met ? "met" : "**missed**"} | ${r.baselineWhat} | ${why} |`;
  };
  return [...head, ...rows.map(line)].join("\n");
}
