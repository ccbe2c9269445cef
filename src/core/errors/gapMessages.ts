/** Messages of closing the gap: aged units, deals to revisit, pipeline. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const gapMessages = {} as const;
