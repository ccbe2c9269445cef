/** Messages of targets per salesperson and channel, progress. Part of the one catalogue in messages.ts; same rules: short, each says what to fix. */
export const targetsMessages = {
  targetsRenameClash: "{0} already has targets in {1}: clear them first, or pick another name",
  targetsRenameEmpty: "type the new name",
  targetsRangeEmpty: "type a sheet name, a range like 'DMS Export'!A1:M5000 or a named range",
} as const;
