/** Messages of budget variance and leading indicators. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const budgetMessages = {
  budgetKindInvalid: 'kind must be "total" or "ratio"',
  budgetActualShape: "actual must be one number, or for a ratio two cells: numerator and denominator",
  budgetRatioDenominatorZero: "the ratio's denominator (second cell of actual) is 0",
  indicatorsNoColumns: "indicators must have at least one column of numbers",
  indicatorsOutcomeColumns: "outcome must be a single column",
  indicatorsLengthMismatch: "outcome has {0} rows but indicators have {1}: select the same rows",
  indicatorsNotANumber: "{0} in row {1} is not a number",
  indicatorsNeedPeriods: "need at least {0} periods (got {1}) for lags up to {2}",
  indicatorsMaxLag: "max_lag must be a whole number from 0 to {0}",
  indicatorsOutcomeConstant: "outcome never changes: there is nothing to explain",
  indicatorsNoneUsable: "every indicator is constant or collinear: nothing to learn from",
  indicatorsCurrentSize: "current must have one value per indicator ({0})",
  indicatorsCurrentMissing: "current needs {0}: it counts in the period forecast",
} as const;
