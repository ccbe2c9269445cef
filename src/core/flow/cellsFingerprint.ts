/**
 * A cheap fingerprint of ranges of cells (type and text of every cell, and each range's shape), so a
 * volatile function recalculating over the same log every minute reads it once.
 */
export function cellsFingerprint(ranges: readonly unknown[]): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  const mix = (code: number) => {
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x85ebca6b);
    b ^= b >>> 13;
  };
  const cell = (value: unknown) => {
    const text = typeof value === "string" ? `s${value}` : typeof value === "number" ? `n${String(value)}` : typeof value === "boolean" ? `b${String(value)}` : value === null || value === undefined ? "_" : `o${Object.prototype.toString.call(value)}`;
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    mix(0x1f);
  };
  let count = 0;
  for (const range of ranges) {
    mix(0x1e);
    const rows = Array.isArray(range) ? range : [[range]];
    for (const row of rows) {
      mix(0x1d);
      for (const value of Array.isArray(row) ? row : [row]) {
        cell(value);
        count++;
      }
    }
  }
  return `${String(count)}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
