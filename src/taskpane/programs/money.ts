/** Money as the GSM reads it: "$21,000". */
export function formatMoney(x: number): string {
  return `${x < 0 ? "−" : ""}$${Math.round(Math.abs(x)).toLocaleString("en-US")}`;
}
