/* The pace sheet: live formulas per salesperson and channel, names written as values. */
import {
  detectMapping,
  paceSheetCells,
  parseMapping,
  PACE_SHEET_COLUMNS,
  structuredRef,
  type PaceSheetCell,
} from "../../../src/core/targets";

const source = {
  table: "Deals",
  soldDate: "Sold Date",
  salesperson: "Sales Person",
  channel: "Lead Source",
  holidays: "Holidays[Date]",
};
const text = (c: PaceSheetCell | undefined) => (c === undefined ? undefined : "formula" in c ? c.formula : c.value);

it.each([
  ["Sold Date", "Deals[Sold Date]"],
  ["Salesperson2", "Deals[Salesperson2]"],
  // Other special characters: the whole name in brackets (Excel's rule), reserved ones escaped with '.
  ["Stock #", "Deals[[Stock '#]]"],
  ["Rep [1]", "Deals[[Rep '[1']]]"],
  ["O'Brien's", "Deals[[O''Brien''s]]"],
  ["Front Gross $", "Deals[[Front Gross $]]"],
  ["Sold Date (Funded)", "Deals[[Sold Date (Funded)]]"],
  ["Vendeur é", "Deals[Vendeur é]"],
])("refers to column %j as %j", (column, ref) => expect(structuredRef("Deals", column)).toBe(ref));

describe("paceSheetCells", () => {
  const cells = paceSheetCells(source, [
    { salesperson: "Ana Diaz", channel: "Internet", channelId: "internet" },
    { salesperson: '=HYPERLINK("http://x")', channel: "+1", channelId: "plus-1" },
  ]);

  it("puts as-of and month on top and the column headers on row 4", () => {
    expect(cells.slice(0, 2).map((r) => r.map(text))).toEqual([
      ["As of", "=TODAY()", "type a date here to look back"],
      ["Month", '=TEXT(B1,"yyyy-mm")', ""],
    ]);
    expect(cells[3]?.map(text)).toEqual([...PACE_SHEET_COLUMNS]);
  });

  it("writes each line's formulas against its own row", () => {
    expect(cells[4]?.map(text)).toEqual([
      "Ana Diaz",
      "Internet",
      "internet",
      "=SUMIFS(PacecarTargets[Deals],PacecarTargets[Month],$B$2,PacecarTargets[Salesperson],$A5,PacecarTargets[Channel ID],$C5)",
      '=COUNTIFS(Deals[Sales Person],$A5,Deals[Lead Source],$B5,Deals[Sold Date],">="&(EOMONTH($B$1,-1)+1),Deals[Sold Date],"<="&$B$1)',
      "=GSM.EXPECTED_TO_DATE(D5,$B$1,11,Holidays[Date])",
      '=IFERROR(GSM.PACE(E5,D5,$B$1,11,Holidays[Date]),"")',
      '=IFERROR(GSM.TREND(E5,$B$1,11,Holidays[Date]),"")',
      '=IFERROR(GSM.PROJECT_MONTH_END(FILTER(Deals[Sold Date],(Deals[Sales Person]=$A5)*(Deals[Lead Source]=$B5)),$B$1,,0.5,11,Holidays[Date]),"")',
      '=IFERROR(GSM.PROB_REACH(FILTER(Deals[Sold Date],(Deals[Sales Person]=$A5)*(Deals[Lead Source]=$B5)),D5,$B$1,,11,Holidays[Date]),"")',
    ]);
  });

  it("writes names taken from data as values, never as formulas", () => {
    const line = cells[5] ?? [];
    expect(line[0]).toEqual({ value: '=HYPERLINK("http://x")' });
    expect(line[1]).toEqual({ value: "+1" });
  });

  it("ends with a totals line summing targets and deals over the lines", () => {
    const total = cells[6]?.map(text) ?? [];
    expect(total.slice(0, 5)).toEqual(["Total", "", "", "=SUM(D5:D6)", "=SUM(E5:E6)"]);
    expect(total[8]).toBe('=IFERROR(GSM.PROJECT_MONTH_END(Deals[Sold Date],$B$1,,0.5,11,Holidays[Date]),"")');
  });

  it("leaves the holidays out when the workbook has none", () => {
    expect(
      text(paceSheetCells({ ...source, holidays: null }, [{ salesperson: "A", channel: "B", channelId: "b" }])[4]?.[5])
    ).toBe("=GSM.EXPECTED_TO_DATE(D5,$B$1,11)");
  });
});

describe("deal log mapping", () => {
  it("detects the columns as header texts", () => {
    expect(detectMapping("Table7", ["Stock #", "Contract Date", "Salesman", "Source", "Notes"])).toEqual({
      table: "Table7",
      columns: { soldDate: "Contract Date", salesperson: "Salesman", channel: "Source", stockNumber: "Stock #" },
    });
    expect(detectMapping("Budget", ["Month", "Units"])).toBeNull();
  });

  it.each([
    [
      JSON.stringify({ table: "T", columns: { soldDate: "Closed", salesperson: "Rep", bogus: "x" } }),
      { table: "T", columns: { soldDate: "Closed", salesperson: "Rep" } },
    ],
    [
      { table: "T", columns: { soldDate: "Closed" } },
      { table: "T", columns: { soldDate: "Closed" } },
    ],
    [JSON.stringify({ table: "T", columns: { salesperson: "Rep" } }), null],
    ["not json", null],
    [null, null],
    [42, null],
  ])("reads the stored mapping %j as %j", (stored, mapping) => expect(parseMapping(stored)).toEqual(mapping));
});

it("counts a renamed salesperson's deals under any of their spellings (names in quotes, quotes doubled)", () => {
  const [line] = paceSheetCells(source, [
    {
      salesperson: "Ana Diaz-Reyes",
      channel: "Internet",
      channelId: "internet",
      aliases: ["Ana Diaz", 'A "Dee" Diaz'],
    },
  ]).slice(4);
  const names = '{"Ana Diaz-Reyes","Ana Diaz","A ""Dee"" Diaz"}';
  expect(text(line?.[4])).toBe(
    `=SUM(COUNTIFS(Deals[Sales Person],${names},Deals[Lead Source],$B5,Deals[Sold Date],">="&(EOMONTH($B$1,-1)+1),Deals[Sold Date],"<="&$B$1))`
  );
  expect(text(line?.[8])).toBe(
    `=IFERROR(GSM.PROJECT_MONTH_END(FILTER(Deals[Sold Date],ISNUMBER(MATCH(Deals[Sales Person],${names},0))*(Deals[Lead Source]=$B5)),$B$1,,0.5,11,Holidays[Date]),"")`
  );
});
