/* Salespeople keep their targets and their deals through a rename (the old name becomes an alias); retiring hides them from a month on. */
import fc from "fast-check";
import { isSheetError } from "../../../src/core/errors";
import {
  isSalespersonActive,
  readSalespeopleTable,
  renameSalesperson,
  retireSalesperson,
  salespersonCells,
  salespersonResolver,
  SALESPERSON_COLUMNS,
  withSalespersonNames,
  type Salesperson,
  type TargetRow,
} from "../../../src/core/targets";

const row = (
  month: string,
  salesperson: string,
  channelId: string,
  deals: number | null,
  revenue: number | null = null
): TargetRow => ({ month, salesperson, channelId, channel: channelId, deals, revenue });
const ana: Salesperson = { name: "Ana Diaz", aliases: ["DIAZ, ANA"], retiredFrom: "" };

it.each([
  // logged spelling → the name it stands for
  ["Ana Diaz", "Ana Diaz"],
  ["  ana   diaz ", "Ana Diaz"],
  ["DIAZ, ANA", "Ana Diaz"],
  ["diaz, ana", "Ana Diaz"],
  ["Bo Lee", "Bo Lee"], // not kept: the spelling itself
  [" Bo  Lee ", "Bo Lee"],
])("salespersonResolver maps %j to %j", (logged, name) => {
  expect(salespersonResolver([ana])(logged)).toBe(name);
});

it("a current name wins over another's alias", () => {
  const bo: Salesperson = { name: "Bo Lee", aliases: ["Ana Diaz"], retiredFrom: "" };
  expect(salespersonResolver([bo, ana])("Ana Diaz")).toBe("Ana Diaz");
});

it.each([
  // retiredFrom, month, on the grid?
  ["", "2025-03", true],
  ["2025-04", "2025-03", true],
  ["2025-04", "2025-04", false],
  ["2025-04", "2025-05", false],
])("retired from %j: active in %s is %s", (retiredFrom, month, active) => {
  expect(isSalespersonActive({ ...ana, retiredFrom }, month)).toBe(active);
});

it("renaming moves every month's targets, deals and revenue, and keeps the old name as an alias", () => {
  const rows = [
    row("2025-02", "Ana Diaz", "internet", 10, 25000),
    row("2025-03", "Ana Diaz", "", 12),
    row("2025-03", "Bo Lee", "internet", 5),
  ];
  const r = renameSalesperson([ana], rows, "Ana Diaz", "Ana Diaz-Reyes");
  if (isSheetError(r)) throw new Error(r.message);
  // Two old rows cleared (deals and revenue null = removed), two written under the new name with the same numbers.
  expect(r.changes).toEqual([
    row("2025-02", "Ana Diaz", "internet", null, null),
    row("2025-03", "Ana Diaz", "", null, null),
    row("2025-02", "Ana Diaz-Reyes", "internet", 10, 25000),
    row("2025-03", "Ana Diaz-Reyes", "", 12),
  ]);
  expect(r.people).toEqual([{ name: "Ana Diaz-Reyes", aliases: ["DIAZ, ANA", "Ana Diaz"], retiredFrom: "" }]);
  // Deals logged under either old spelling now count for the new name.
  expect(
    withSalespersonNames(
      [{ salesperson: "Ana Diaz" }, { salesperson: "DIAZ, ANA" }, { salesperson: "Bo Lee" }],
      r.people
    ).map((d) => d.salesperson)
  ).toEqual(["Ana Diaz-Reyes", "Ana Diaz-Reyes", "Bo Lee"]);
});

it("a salesperson found only in the deal log gets an entry when renamed", () => {
  const r = renameSalesperson([], [], "JSMITH", "John Smith");
  if (isSheetError(r)) throw new Error(r.message);
  expect(r.people).toEqual([{ name: "John Smith", aliases: ["JSMITH"], retiredFrom: "" }]);
  expect(r.changes).toEqual([]);
});

it("renaming onto a name with a target in the same month and channel is refused (no number is overwritten)", () => {
  const rows = [row("2025-03", "Ana Diaz", "internet", 10), row("2025-03", "Bo Lee", "internet", 5)];
  const r = renameSalesperson([], rows, "Ana Diaz", "Bo Lee");
  expect(isSheetError(r) && r.key).toBe("targetsRenameClash");
});

it("renaming onto a name without clashing targets merges the two: both spellings count for the one name", () => {
  const bo: Salesperson = { name: "Bo Lee", aliases: ["LEE B"], retiredFrom: "" };
  const r = renameSalesperson(
    [ana, bo],
    [row("2025-03", "Ana Diaz", "internet", 10), row("2025-03", "Bo Lee", "walk-in", 5)],
    "Ana Diaz",
    "Bo Lee"
  );
  if (isSheetError(r)) throw new Error(r.message);
  expect(r.people).toEqual([{ name: "Bo Lee", aliases: ["DIAZ, ANA", "Ana Diaz", "LEE B"], retiredFrom: "" }]);
});

it("a change of case only rewrites the targets under the new spelling", () => {
  const r = renameSalesperson([], [row("2025-03", "ana diaz", "", 12)], "ana diaz", "Ana Diaz");
  if (isSheetError(r)) throw new Error(r.message);
  expect(r.changes).toEqual([row("2025-03", "Ana Diaz", "", 12)]);
  expect(r.people).toEqual([{ name: "Ana Diaz", aliases: [], retiredFrom: "" }]);
});

it("an empty new name is refused", () => {
  const r = renameSalesperson([ana], [], "Ana Diaz", "   ");
  expect(isSheetError(r) && r.key).toBe("targetsRenameEmpty");
});

it("retiring and bringing back", () => {
  const retired = retireSalesperson([ana], "diaz, ana", "2025-04");
  expect(retired).toEqual([{ ...ana, retiredFrom: "2025-04" }]);
  expect(retireSalesperson(retired, "Ana Diaz", "")).toEqual([ana]);
  expect(retireSalesperson([], "Bo Lee", "2025-04")).toEqual([{ name: "Bo Lee", aliases: [], retiredFrom: "2025-04" }]);
});

it.each([
  // cells as typed → read
  [
    ["Ana Diaz", "DIAZ, ANA; A. Diaz", "2025-04"],
    { name: "Ana Diaz", aliases: ["DIAZ, ANA", "A. Diaz"], retiredFrom: "2025-04" },
  ],
  [[" Bo  Lee ", "", ""], { name: "Bo Lee", aliases: [], retiredFrom: "" }],
  // a month typed as a date: 45748 is 1 April 2025
  [["Cy Ng", "cy ng;;", 45748], { name: "Cy Ng", aliases: [], retiredFrom: "2025-04" }],
  [["Di Po", "", "someday"], { name: "Di Po", aliases: [], retiredFrom: "" }],
])("reads the row %j", (cells, person) => {
  expect(readSalespeopleTable([[...SALESPERSON_COLUMNS], cells])).toEqual([person]);
});

it("skips rows without a name and repeated names; finds columns by name", () => {
  expect(
    readSalespeopleTable([
      ["Retired From", "Name"],
      ["2025-01", ""],
      ["", "Ana"],
      ["2025-02", "ANA"],
    ])
  ).toEqual([{ name: "Ana", aliases: [], retiredFrom: "" }]);
  expect(readSalespeopleTable(null)).toEqual([]);
});

it("writing and reading back gives the same salespeople", () => {
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'-]{0,12}[A-Za-z]$/);
  fc.assert(
    fc.property(
      fc.uniqueArray(name, { selector: (n) => n.trim().replace(/\s+/g, " ").toLowerCase(), maxLength: 5 }),
      (names) => {
        const people = names.map((n, i) => ({
          name: n.replace(/\s+/g, " "),
          aliases: [],
          retiredFrom: i % 2 ? "2025-0" + String(i) : "",
        }));
        expect(readSalespeopleTable([[...SALESPERSON_COLUMNS], ...people.map(salespersonCells)])).toEqual(people);
      }
    )
  );
});
