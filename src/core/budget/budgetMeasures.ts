import { monthStart, type StoreCalendar } from "../calendar";
import type { Deal } from "../dealLog/deal";
import { isSheetError } from "../errors";
import { forecastCached } from "../forecast";
import { monthEndLine } from "./monthEndLine";

/** A total of the month: so far, and projected to month end (null when there is no projection yet). */
export interface MonthTotal {
  readonly mtd: number;
  readonly projected: number | null;
}

/** The deal log's totals of as_of's month that budget lines are measured against. */
export interface BudgetMeasures {
  readonly newUnits: MonthTotal;
  readonly usedUnits: MonthTotal;
  /** All units retailed: the denominator of the per-unit ratios. */
  readonly units: MonthTotal;
  readonly frontGross: MonthTotal;
  readonly backGross: MonthTotal;
}

/**
 * One measure projected with the learned month-end model (its median, as GSM.PROJECT_MONTH_END),
 * falling back to the straight line when the model has no answer (a log too short or empty).
 */
function projectedTotal(
  dates: readonly number[],
  values: readonly number[] | null,
  reference: readonly number[] | null,
  asOf: number,
  calendar: StoreCalendar
): MonthTotal {
  const forecast = forecastCached({ dealDates: dates, values, asOf, calendar, reference });
  if (!isSheetError(forecast)) {
    const p50 = forecast.quantile(0.5);
    return { mtd: forecast.mtd, projected: isSheetError(p50) ? null : p50 };
  }
  const day = Math.floor(asOf);
  let mtd = 0;
  const start = monthStart(day);
  dates.forEach((d, i) => {
    if (d >= start && d < day + 1) mtd += values ? (values[i] ?? 0) : 1;
  });
  const line = monthEndLine(mtd, asOf, calendar);
  return { mtd, projected: isSheetError(line) ? null : line };
}

/**
 * Measures as_of's month from the deal log: new and used units, all units, front and back gross,
 * each month-to-date and projected (deals after as_of are ignored, as the projection does).
 */
export function budgetMeasures(deals: readonly Deal[], asOf: number, calendar: StoreCalendar): BudgetMeasures {
  const dates = deals.map((d) => d.soldDate);
  const newDates = deals.filter((d) => d.newUsed === "New").map((d) => d.soldDate);
  const usedDates = deals.filter((d) => d.newUsed === "Used").map((d) => d.soldDate);
  return {
    newUnits: projectedTotal(newDates, null, dates, asOf, calendar),
    usedUnits: projectedTotal(usedDates, null, dates, asOf, calendar),
    units: projectedTotal(dates, null, null, asOf, calendar),
    frontGross: projectedTotal(
      dates,
      deals.map((d) => d.frontGross),
      null,
      asOf,
      calendar
    ),
    backGross: projectedTotal(
      dates,
      deals.map((d) => d.backGross),
      null,
      asOf,
      calendar
    ),
  };
}
