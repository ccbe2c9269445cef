/** Messages of budget variance and leading indicators. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const budgetMessages = {} as const;
