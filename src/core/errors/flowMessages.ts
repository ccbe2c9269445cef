/** Messages of deal flow: event logs, stage times, trade handoffs. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const flowMessages = {} as const;
