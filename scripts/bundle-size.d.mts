export declare const BUDGET_BYTES: number;

export interface BundleReport {
  readonly start: Readonly<Record<string, { readonly files: string[]; readonly raw: number; readonly gzip: number }>>;
  readonly lazy: readonly {
    readonly name: string;
    readonly files: string[];
    readonly extra: string[];
    readonly gzip: number;
  }[];
  readonly all: { readonly files: number; readonly raw: number; readonly gzip: number };
}

/** Sizes of the build in `dist` (after `npm run build`). */
export function bundleReport(dist: string): BundleReport;
/** The report as a markdown table. */
export function bundleMarkdown(report: BundleReport): string;
/** The local scripts a page's HTML names, office.js's folder aside. */
export function pageScripts(html: string): string[];
