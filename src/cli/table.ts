/** A column of a terminal table: its header and which side its cells line up on. */
export interface TableColumn {
  readonly header: string;
  /** Numbers line up on the right (the default), names on the left. */
  readonly align?: "left" | "right";
}

/**
 * An aligned plain-text table: the header, a rule, then the rows, each column as wide as its
 * widest cell and two spaces between columns. Trailing spaces are trimmed so the output diffs cleanly.
 * @example formatTable([{ header: "Name", align: "left" }, { header: "MTD" }], [["Ana", "12"]])
 * // ["Name  MTD", "----  ---", "Ana    12"]
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? "";
        const width = widths[i] ?? 0;
        return c.align === "left" ? cell.padEnd(width) : cell.padStart(width);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}
