import fc from "fast-check";
import { canonicalSpellings, isErrorValue, isTotalsLabel, trimText, type Deal } from "../../../src/core/dealLog";

it.each<[string, string]>([
  ["  JOHN smith ", "JOHN smith"],
  ["john  smith", "john smith"],
  ["John\u00a0Smith", "John Smith"],
  ["\tAna\r\nRuiz ", "Ana Ruiz"],
  ["Ana Ruiz", "Ana Ruiz"],
  ["", ""],
])("trimText(%j) = %j, as Excel's TRIM (and a no-break space as a space)", (text, trimmed) => {
  expect(trimText(text)).toBe(trimmed);
});

function deal(salesperson: string, channel = "Internet", model?: string): Deal {
  return {
    soldDate: 45726,
    stockNumber: "A1",
    salesperson,
    channel,
    newUsed: "New",
    frontGross: 0,
    backGross: 0,
    ...(model === undefined ? {} : { model }),
  };
}

it("groups case variants under the spelling most cells use, the first seen on a tie; stock numbers untouched", () => {
  const deals = [
    deal("JOHN SMITH"),
    deal("John Smith", "internet"),
    deal("John Smith"),
    deal("ana ruiz", "Walk-in", "silverado"),
    deal("Ana Ruiz", "walk-in", "Silverado"),
  ];
  const { deals: out, respelled } = canonicalSpellings(deals);
  expect(out.map((d) => [d.salesperson, d.channel, d.model])).toEqual([
    ["John Smith", "Internet", undefined],
    ["John Smith", "Internet", undefined],
    ["John Smith", "Internet", undefined],
    ["ana ruiz", "Walk-in", "silverado"],
    ["ana ruiz", "Walk-in", "silverado"],
  ]);
  // JOHN SMITH, internet, Ana Ruiz, walk-in, Silverado.
  expect(respelled).toBe(5);
  // Deals spelled the usual way are the same objects: no copying for a clean log.
  expect(out[2]).toBe(deals[2]);
});

it("leaves a log with one spelling per name as it is", () => {
  const deals = [deal("Ana Ruiz"), deal("Ben Cole", "Walk-in")];
  expect(canonicalSpellings(deals)).toEqual({ deals, respelled: 0 });
});

it("never changes what a name is, only how it is spelled: case-insensitively every deal keeps its name", () => {
  const name = fc.constantFrom("Ana Ruiz", "ANA RUIZ", "ana ruiz", "Ben Cole", "ben cole", "Cy", "CY", "");
  fc.assert(
    fc.property(fc.array(fc.tuple(name, name), { maxLength: 30 }), (pairs) => {
      const deals = pairs.map(([s, c]) => deal(s, c));
      const { deals: out, respelled } = canonicalSpellings(deals);
      expect(out.map((d) => d.salesperson.toLowerCase())).toEqual(deals.map((d) => d.salesperson.toLowerCase()));
      expect(out.map((d) => d.channel.toLowerCase())).toEqual(deals.map((d) => d.channel.toLowerCase()));
      // One spelling per name afterwards.
      const spellings = new Map<string, Set<string>>();
      for (const d of out)
        spellings.set(
          d.salesperson.toLowerCase(),
          (spellings.get(d.salesperson.toLowerCase()) ?? new Set()).add(d.salesperson)
        );
      for (const s of spellings.values()) expect(s.size).toBe(1);
      const changed = out.reduce(
        (n, d, i) => n + (d.salesperson !== deals[i]?.salesperson ? 1 : 0) + (d.channel !== deals[i]?.channel ? 1 : 0),
        0
      );
      expect(respelled).toBe(changed);
    })
  );
});

it.each<[string, boolean]>([
  ["Total", true],
  ["Subtotal: Internet", true],
  ["Sub-Total", true],
  ["Grand total", true],
  ["Internet Subtotal", true],
  ["Ana Ruiz Total", true],
  ["Ana Ruiz - Total:", true],
  ["Day total", true],
  ["Count: 4", true],
  ["Average", true],
  ["Avg/Unit", true],
  ["Sum of gross", true],
  ["Total Deals: 4", true],
  ["Sum", true],
  ["COUNT", true],
  ["Average per unit", true],
  ["Sum Lee", false],
  ["Count Basie", false],
  ["Tal Cohen", false],
  ["Summit Auto", false],
  ["Totalled unit", false],
  ["Countryside Ford", false],
  ["Internet", false],
  ["Avery Lee", false],
])("isTotalsLabel(%j) = %p", (text, expected) => {
  expect(isTotalsLabel(text)).toBe(expected);
});

it.each<[string, unknown, boolean]>([
  ["error text", "#N/A", true],
  ["error text with spaces", " #div/0! ", true],
  ["an error cell value", { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, true],
  ["an error type alone", { errorType: "Div0" }, true],
  ["a custom function error", { code: "#VALUE!", message: "bad" }, true],
  ["a file reader's error", { error: "#REF!" }, true],
  ["text like N/A", "N/A", false],
  ["a number", 0, false],
  ["null", null, false],
  ["an object of another kind", { type: "String", basicValue: "x" }, false],
])("isErrorValue: %s", (_, value, expected) => {
  expect(isErrorValue(value)).toBe(expected);
});
