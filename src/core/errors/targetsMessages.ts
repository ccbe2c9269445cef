/** Messages of targets per salesperson and channel, progress. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const targetsMessages = {} as const;
