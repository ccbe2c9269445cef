import { budgetMessages } from "./budgetMessages";
import { flowMessages } from "./floorMessages";
import { gapMessages } from "./gapMessages";
import { oemMessages } from "./programsMessages";
import { targetsMessages } from "./targetsMessages";

/**
 * Every message a user can see, in one place, so wording stays consistent and testable.
 * Short, and each says what to fix. `{0}` is the argument's name (or another detail).
 * Each area keeps its own messages in <area>Messages.ts, spread in here: one catalogue, one key space.
 */
export const messages = {
  notANumber: "{0} must be a number",
  notADate: "{0} must be a date",
  negative: "{0} can't be negative",
  dateOutOfRange: "{0} is outside Excel's dates (1/1/1900 to 12/31/9999)",
  holidaysNotDates: "holidays must be dates",
  weekendInvalidCode: 'weekend must be 1-7, 11-17 or a 7-character mask like "0000001"',
  weekendInvalidMask: "weekend mask must be 7 characters of 0 and 1, Monday first",
  weekendAllClosed: "weekend can't close all seven days",
  noSellingDaysInMonth: "no selling days in this month",
  noSellingDayElapsed: "no selling day has elapsed yet",
  targetZero: "target is 0: pace needs a target above 0",
  resultTooLarge: "the result is too large for Excel (check for a huge or tiny number)",
  noDealsInRange: "no deals in range",
  asOfBeforeFirstDeal: "as_of is before the first deal",
  quantileOutOfRange: "quantile must be between 0 and 1 (e.g. 0.1 or 0.9)",
  valuesSizeMismatch: "values must be the same size as deal_dates",
  notEnoughHistory: "not enough history to learn from",
  noDealLogHeader: "no deal log header found (need a sold/deal date column)",
  dealLogColumnNotFound: 'no column "{0}" in the deal log header',
  dealLogFileType: 'a deal log file must be .csv or .xlsx (got "{0}")',
  sheetNotFound: 'no worksheet named "{0}"',
  ...oemMessages,
  ...flowMessages,
  ...budgetMessages,
  ...gapMessages,
  ...targetsMessages,
} as const;

export type MessageKey = keyof typeof messages;
