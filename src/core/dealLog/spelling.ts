import type { Deal } from "./deal";

// Any run of spaces, tabs, line breaks or no-break spaces, or one such character that isn't a plain space.
const UNTRIMMED = /\s{2,}|[^\S ]/;

/**
 * Text as Excel's TRIM leaves it, and a no-break space (pasted from a web page) as a space: no
 * spaces at either end, one between words.
 * @example trimText("  JOHN \u00a0 smith ") // "JOHN smith"
 */
export function trimText(text: string): string {
  const t = text.trim();
  return UNTRIMMED.test(t) ? t.replace(/\s+/g, " ") : t;
}

/** The columns whose values group deals (a salesperson's row, a channel's row, a program's models). */
const GROUPED = ["salesperson", "channel", "model"] as const;

type Spellings = Map<string, { spelling: string; count: number }[]>;

function tally(spellings: Spellings, text: string): void {
  if (text === "") return;
  const key = text.toLowerCase();
  const seen = spellings.get(key);
  if (seen === undefined) {
    spellings.set(key, [{ spelling: text, count: 1 }]);
    return;
  }
  const hit = seen.find((s) => s.spelling === text);
  if (hit) hit.count++;
  else seen.push({ spelling: text, count: 1 });
}

/** Each key's spelling: the most used, the first seen on a tie. Only keys spelled more than one way. */
function winners(spellings: Spellings): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, seen] of spellings) {
    if (seen.length < 2) continue;
    let best = seen[0];
    for (const s of seen) if (best === undefined || s.count > best.count) best = s;
    if (best !== undefined) out.set(key, best.spelling);
  }
  return out;
}

/**
 * Deals with each salesperson, lead source and model spelled one way, so "JOHN SMITH" and
 * "John Smith" are one person, as a PivotTable or COUNTIF (which ignore case) would count them:
 * each name takes the spelling most of its cells use (the first seen on a tie). Text is already
 * trimmed (trimText). Stock numbers are left as written: they identify a unit, not a group.
 * @returns the deals (the same objects where nothing changed) and how many cells were respelled.
 */
export function canonicalSpellings(deals: Deal[]): { deals: Deal[]; respelled: number } {
  const spellings = GROUPED.map((f) => [f, new Map()] as [(typeof GROUPED)[number], Spellings]);
  for (const deal of deals) for (const [f, seen] of spellings) tally(seen, deal[f] ?? "");
  const chosen = spellings.map(([f, seen]) => [f, winners(seen)] as const).filter(([, w]) => w.size > 0);
  if (chosen.length === 0) return { deals, respelled: 0 };
  let respelled = 0;
  const out = deals.map((deal) => {
    let changed: Record<string, string> | null = null;
    for (const [f, w] of chosen) {
      const text = deal[f];
      if (text === undefined || text === "") continue;
      const spelling = w.get(text.toLowerCase());
      if (spelling === undefined || spelling === text) continue;
      changed ??= {};
      changed[f] = spelling;
      respelled++;
    }
    return changed === null ? deal : { ...deal, ...changed };
  });
  return { deals: out, respelled };
}
