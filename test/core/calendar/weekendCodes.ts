/**
 * Microsoft's NETWORKDAYS.INTL weekend-number table (support.microsoft.com, "NETWORKDAYS.INTL
 * function"), each code with the equivalent 7-character mask, Monday..Sunday, 1 = closed.
 */
export const WEEKEND_CODES: readonly (readonly [code: number, mask: string, closed: string])[] = [
  [1, "0000011", "Saturday, Sunday"],
  [2, "1000001", "Sunday, Monday"],
  [3, "1100000", "Monday, Tuesday"],
  [4, "0110000", "Tuesday, Wednesday"],
  [5, "0011000", "Wednesday, Thursday"],
  [6, "0001100", "Thursday, Friday"],
  [7, "0000110", "Friday, Saturday"],
  [11, "0000001", "Sunday only"],
  [12, "1000000", "Monday only"],
  [13, "0100000", "Tuesday only"],
  [14, "0010000", "Wednesday only"],
  [15, "0001000", "Thursday only"],
  [16, "0000100", "Friday only"],
  [17, "0000010", "Saturday only"],
];
