/** Messages of OEM programs: tier tables, scenarios, requirements. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const oemMessages = {} as const;
