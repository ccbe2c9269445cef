import { monthKey, storeCalendar } from "../core/calendar";
import { isSheetError } from "../core/errors";
import { forecastMonthEnd } from "../core/forecast";
import { monthToDate } from "../core/pace";
import type { DemoWorkbook } from "../demo/demoWorkbook";

/** One line of the demo workbook's Summary sheet: a GSM formula and the value Pacecar computes for it. */
export interface SummaryLine {
  readonly label: string;
  /** A plain value (the as-of date) instead of a formula. */
  readonly value?: number;
  readonly formula?: string;
  /** What the formula evaluates to, cached in the file so it reads well before Excel recalculates. */
  readonly result?: number;
  readonly numFmt?: string;
  readonly note?: string;
}

/** Summary rows start on row 3 (title and note above); formulas refer to each other by these cells. */
const FIRST_ROW = 3;

export function summaryFormulas(demo: DemoWorkbook, asOf: number): SummaryLine[] {
  const calendar = storeCalendar(11, [demo.holidays]);
  if (isSheetError(calendar)) throw new Error(calendar.message);
  const month = monthKey(asOf);
  const target = demo.targets.find((t) => t.scope === "Store" && t.month === month)?.target ?? null;
  const dates = demo.dealership.deals.map((d) => d.soldDate);
  const mtd = monthToDate(dates, asOf, calendar, target);
  const cal = "11,Holidays[Date]";
  const at = (i: number) => `B${String(FIRST_ROW + i)}`;
  const [asOfCell, targetCell, mtdCell] = [at(0), at(1), at(2)];
  const lines: SummaryLine[] = [
    { label: "As of", value: asOf, numFmt: "m/d/yyyy", note: "type =TODAY() here to follow the calendar" },
    {
      label: "Store target",
      formula: `SUMIFS(PacecarTargets[Deals],PacecarTargets[Month],TEXT(${asOfCell},"yyyy-mm"),PacecarTargets[Salesperson],"",PacecarTargets[Channel ID],"")`,
      result: target ?? 0,
    },
    {
      label: "Deals so far",
      formula: `COUNTIFS(Deals[Sold Date],">="&(EOMONTH(${asOfCell},-1)+1),Deals[Sold Date],"<="&${asOfCell})`,
      result: mtd.mtd,
    },
    {
      label: "Selling days in the month",
      formula: `GSM.SELLING_DAYS(${asOfCell},${cal})`,
      result: mtd.sellingDaysTotal,
    },
    {
      label: "Selling days gone",
      formula: `GSM.SELLING_DAYS(${asOfCell},${cal},${asOfCell})`,
      result: mtd.sellingDaysElapsed,
    },
    {
      label: "Expected to date",
      formula: `GSM.EXPECTED_TO_DATE(${targetCell},${asOfCell},${cal})`,
      result: mtd.expectedToDate ?? 0,
      numFmt: "0.0",
    },
    {
      label: "Pace",
      formula: `GSM.PACE(${mtdCell},${targetCell},${asOfCell},${cal})`,
      result: mtd.pace ?? 0,
      numFmt: "0%",
      note: "100% = on pace for the target",
    },
    {
      label: "Trend (straight line)",
      formula: `GSM.TREND(${mtdCell},${asOfCell},${cal})`,
      result: mtd.trend ?? 0,
      numFmt: "0.0",
    },
  ];
  const forecast = forecastMonthEnd({ dealDates: dates, asOf, calendar });
  if (isSheetError(forecast)) return lines;
  const gross = demo.dealership.deals.map((d) => d.frontGross + d.backGross);
  const grossForecast = forecastMonthEnd({ dealDates: dates, values: gross, asOf, calendar });
  const project = (extra: string) => `GSM.PROJECT_MONTH_END(Deals[Sold Date],${asOfCell}${extra})`;
  const firstSeller = demo.dealership.salespeople[0] ?? "";
  const seller = forecastMonthEnd({
    dealDates: demo.dealership.deals.filter((d) => d.salesperson === firstSeller).map((d) => d.soldDate),
    asOf,
    calendar,
    reference: null,
  });
  lines.push(
    {
      label: "Projected month end (median)",
      formula: project(`,,0.5,${cal}`),
      result: forecast.p50,
      note: "learned from this deal log's own history",
    },
    { label: "Low end of the likely range (p10)", formula: project(`,,0.1,${cal}`), result: forecast.p10 },
    { label: "High end of the likely range (p90)", formula: project(`,,0.9,${cal}`), result: forecast.p90 },
    {
      label: "Chance of making the store target",
      formula: `GSM.PROB_REACH(Deals[Sold Date],${targetCell},${asOfCell},,${cal})`,
      result: target === null ? 0 : forecast.probAtLeast(target),
      numFmt: "0%",
    },
    {
      label: "Projected gross (front + back)",
      formula: `GSM.PROJECT_MONTH_END(Deals[Sold Date],${asOfCell},Deals[Front Gross]+Deals[Back Gross],0.5,${cal})`,
      result: isSheetError(grossForecast) ? 0 : grossForecast.p50,
      numFmt: "$#,##0",
    },
    {
      label: `Projected deals for ${firstSeller}`,
      formula: `GSM.PROJECT_MONTH_END(FILTER(Deals[Sold Date],Deals[Sales Person]="${firstSeller}"),${asOfCell},,0.5,${cal})`,
      result: isSheetError(seller) ? 0 : seller.p50,
      note: "composes with FILTER: any salesperson, channel or new/used",
    }
  );
  return lines;
}
