/** Messages of deal flow: event logs, stage times, trade handoffs. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const flowMessages = {
  flowNotATime: "{0} must be a date and time (e.g. 12/6/2025 14:05)",
  flowEndBeforeStart: "end is before start: check the two time stamps",
  flowAsOfBeforeStart: "as_of_time is before start: the stage hasn't begun",
  flowSizeMismatch: "deal_ids, stages and times must be the same size",
  flowStageNamesShape: "stage_names must be two columns: the name in your log | the stage it means",
  flowStageNameUnknown:
    'stage_names: "{0}" is not a stage (use e.g. Greeted, Test drive, Desk, Manager T.O., Waiting for F&I, In F&I, Delivered)',
  flowLimitsShape: "limits must be two columns: stage | minutes",
  flowLimitStageUnknown: 'limits: "{0}" is not a stage (use a stage name or Total)',
  flowLimitMinutes: 'limits: the minutes for "{0}" must be a number, 0 or more',
  flowTradeSizeMismatch: "trade_ids and deal_dates must be the same size",
  flowStockSizeMismatch: "stock_ids and stock_in_dates must be the same size",
} as const;
