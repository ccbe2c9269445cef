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
