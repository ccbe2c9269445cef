// The pane's bundle budget, read from dist/ after `npm run build` (nothing is built here): the gzip
// size of the JavaScript the task pane loads at start inside Excel — the scripts taskpane.html names
// (office.js aside: Microsoft's, and cached by Office) plus the lazy chunk the pane imports as it
// boots in Excel (office-port) — against a budget of 200 KB. Also reported: the preview's start (its
// demo-port instead), every lazy chunk group beyond the start, and all JavaScript together.
// Exits 1 above the budget, 2 when dist/ isn't a build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 200 * 1024;
/** The lazy chunk group each page imports while booting (src/taskpane/index.tsx), before its first screen. */
const BOOT_CHUNK = { "taskpane.html": "office-port", "preview.html": "demo-port" };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The local scripts a page's HTML names, office.js's folder aside. */
export function pageScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^(https?:)?\/\//.test(src) && !src.startsWith("office-js/"));
}

/** Sizes of what the build holds: { start: {page → files}, groups, sizes: file → {raw, gzip} }. */
export function bundleReport(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, "chunks.json"), "utf8"));
  const sizes = {};
  const size = (file) => {
    if (!sizes[file]) {
      const bytes = readFileSync(join(dist, file));
      sizes[file] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    }
    return sizes[file];
  };
  const start = {};
  for (const [page, boot] of Object.entries(BOOT_CHUNK)) {
    const files = new Set(pageScripts(readFileSync(join(dist, page), "utf8")));
    for (const f of manifest.groups[boot]?.files ?? []) files.add(f);
    start[page] = [...files].sort();
  }
  const startFiles = new Set(Object.values(start).flat());
  const lazy = Object.entries(manifest.groups)
    .filter(([, g]) => !g.entry)
    .map(([name, g]) => ({ name, files: g.files, extra: g.files.filter((f) => !startFiles.has(f)) }));
  const allJs = readdirSync(dist).filter((f) => f.endsWith(".js"));
  const sum = (files, key) => files.reduce((t, f) => t + size(f)[key], 0);
  return {
    start: Object.fromEntries(
      Object.entries(start).map(([page, files]) => [page, { files, raw: sum(files, "raw"), gzip: sum(files, "gzip") }])
    ),
    lazy: lazy.map((g) => ({ ...g, gzip: sum(g.extra, "gzip") })),
    all: { files: allJs.length, raw: sum(allJs, "raw"), gzip: sum(allJs, "gzip") },
    sizes,
  };
}

/** The report as markdown (the benchmark page uses it too). */
export function bundleMarkdown(r) {
  const lines = ["| What | Files | Size | Gzip |", "|---|---|---|---|"];
  for (const [page, s] of Object.entries(r.start))
    lines.push(`| ${page} at start | ${s.files.join(", ")} | ${kb(s.raw)} | **${kb(s.gzip)}** |`);
  for (const g of r.lazy)
    lines.push(`| lazy: ${g.name} | ${g.extra.join(", ") || "(all loaded at start)"} | | ${kb(g.gzip)} |`);
  lines.push(`| all JavaScript (${r.all.files} files) | | ${kb(r.all.raw)} | ${kb(r.all.gzip)} |`);
  return lines.join("\n");
}

function main() {
  const dist = process.argv[2] ?? "dist";
  if (!existsSync(join(dist, "chunks.json")) || !existsSync(join(dist, "taskpane.html"))) {
    console.error(`${dist}/ holds no build (chunks.json, taskpane.html): run \`npm run build\` first.`);
    return 2;
  }
  const r = bundleReport(dist);
  console.log(bundleMarkdown(r));
  const pane = r.start["taskpane.html"];
  const verdict = pane.gzip <= BUDGET_BYTES ? "within" : "OVER";
  console.log(`\nTask pane at start in Excel: ${kb(pane.gzip)} gzip — ${verdict} the ${kb(BUDGET_BYTES)} budget.`);
  return pane.gzip <= BUDGET_BYTES ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
