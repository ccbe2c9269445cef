const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/**
 * A cheap fingerprint of ranges of cells (type and content of every cell, and each range's shape), so a
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
    // Numbers (most of a log: times) by their bits, text by its characters: no string built per cell.
    if (typeof value === "number") {
      scratch[0] = value;
      mix(0x01);
      mix(words[0] as number);
      mix(words[1] as number);
    } else if (typeof value === "string") {
      mix(0x02);
      for (let i = 0; i < value.length; i++) mix(value.charCodeAt(i));
    } else if (typeof value === "boolean") {
      mix(value ? 0x03 : 0x04);
    } else if (value === null || value === undefined) {
      mix(0x05);
    } else {
      const text = Object.prototype.toString.call(value);
      mix(0x06);
      for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    }
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
