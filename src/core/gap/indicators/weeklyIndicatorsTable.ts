/**
 * The weekly indicators table Pacecar looks for (the demo workbook has one; a store can keep its own
 * under this name): one row per week, oldest first, the outcome last.
 */
export const WEEKLY_INDICATORS_TABLE = "WeeklyIndicators";
export const WEEKLY_INDICATORS_SHEET = "Indicators";
export const WEEKLY_INDICATORS_HEADERS = [
  "Week Start",
  "Leads",
  "Appointments",
  "Shows",
  "Test Drives",
  "Ad Spend",
  "Units Sold",
] as const;
