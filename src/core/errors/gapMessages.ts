/** Messages of closing the gap: aged units, deals to revisit, pipeline. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const gapMessages = {
  gapSizeMismatch: "{0} must be the same size as {1}",
  gapNotAColumn: "{0} must be one column (or one row)",
  gapNoUnits: "no units in stock_ids",
  gapNoAgedUnits: "no unit has been in stock {0} days or more",
  gapUnknownStatuses: "unknown status {0}: use Pending, Be-back, Lost or Sold",
  gapCreatedNotDate: 'created must be dates (row {0} is "{1}")',
  gapSoldDateNotDate: 'sold_dates must be dates or blank (row {0} is "{1}")',
  gapSoldDatesNeeded: "sold_dates is needed: the date each opportunity sold, to learn how often they close",
  gapNoOpportunityHistory: "need opportunities from a month before as_of's month to learn from",
  gapNoOpenOpportunities: "no open opportunities as of as_of",
  gapColumnMissing: 'no "{0}" column in the table\'s header',
} as const;
