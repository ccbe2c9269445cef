/*
 * The Team view's components rendered to HTML (server-side, as React would hydrate them): the bar's
 * colour and pace tick, the leaderboard's order, the candles, and a locked grid that can't be typed in.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { PaceDay } from "../../../src/core/forecast";
import type { Channel, ProgressLine, TargetRow } from "../../../src/core/targets";
import { LeaderboardPanel } from "../../../src/taskpane/team/LeaderboardPanel";
import { PaceBar } from "../../../src/taskpane/team/PaceBar";
import { PaceCandles } from "../../../src/taskpane/team/PaceCandles";
import { ProgressPanel } from "../../../src/taskpane/team/ProgressPanel";
import { MemoryWorkbook } from "../../../src/excel/memoryWorkbook";
import { MappingSection, SalespeopleSection } from "../../../src/taskpane/team/SetupPanel";
import { TargetsGrid } from "../../../src/taskpane/team/TargetsGrid";

const html = (node: ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

const line = (salesperson: string, mtd: number, target: number | null, expected: number | null): ProgressLine => ({
  salesperson,
  channelId: "",
  label: salesperson,
  target,
  mtd,
  expected,
  pace: expected ? mtd / expected : null,
  status: target === null ? "noTarget" : expected !== null && mtd < expected ? "behind" : "ahead",
  shortOfPace: expected === null ? 0 : Math.max(0, expected - mtd),
  trend: null,
  projected: null,
  projectedMethod: null,
  probReach: null,
});

it.each([
  // 6 of 20 with 5 expected: ahead, fill 6/20 = 30%, tick at 5/20 = 25%.
  ["Ana", line("Ana", 6, 20, 5), "ahead", "width:30%", "left:25%"],
  // 2 of 20 with 5 expected: behind, fill 10%.
  ["Bo", line("Bo", 2, 20, 5), "behind", "width:10%", "left:25%"],
])("draws %s's bar with the pace tick", (_, l, status, fill, tick) => {
  const out = html(<PaceBar line={l} testId="bar" />);
  expect(out).toContain(`data-status="${status}"`);
  expect(out).toContain(fill);
  expect(out).toContain(tick);
  expect(out).toContain(
    `aria-label="${l.label}: ${String(l.mtd)} of 20 deals, 5.0 expected by today: ${status === "ahead" ? "on or ahead of pace" : "behind pace"}"`
  );
});

it("lists the leaderboard in rank order and who's behind with the deals short", () => {
  const ana = line("Ana", 6, 20, 5);
  const bo = line("Bo", 2, 20, 5);
  const out = html(
    <LeaderboardPanel
      places={[
        { rank: 1, line: ana },
        { rank: 2, line: bo },
      ]}
      behind={[{ line: bo, dealsShort: 3, behindSince: 45720 }]}
    />
  );
  expect([...out.matchAll(/data-testid="leaderboard-row" data-name="([^"]+)"/g)].map((m) => m[1])).toEqual([
    "Ana",
    "Bo",
  ]);
  // 45720 = 2025-03-04.
  expect(out).toMatch(/data-name="Bo">.*3 deals short of pace.*behind since Mar 4/);
});

it("draws a candle per day, coloured by whether the day was on pace", () => {
  const days: PaceDay[] = [
    { date: 45717, iso: "2025-03-01", sellingDay: true, cumulativeTarget: 1, cumulativeActual: 2, ahead: true },
    { date: 45718, iso: "2025-03-02", sellingDay: false, cumulativeTarget: 1, cumulativeActual: 2, ahead: true },
    { date: 45719, iso: "2025-03-03", sellingDay: true, cumulativeTarget: 2, cumulativeActual: 2, ahead: true },
    { date: 45720, iso: "2025-03-04", sellingDay: true, cumulativeTarget: 3, cumulativeActual: 2, ahead: false },
  ];
  const out = html(<PaceCandles days={days} name="Ana" />);
  expect([...out.matchAll(/data-testid="candle" data-ahead="(true|false)"/g)].map((m) => m[1])).toEqual([
    "true",
    "true",
    "true",
    "false",
  ]);
  expect(out).toContain(
    "Ana: 2 deals through 2025-03-04 against 3.0 expected; 2 selling days on or ahead of pace, 1 behind."
  );
});

it("shows a locked grid read-only, with row and column totals", () => {
  const channels: Channel[] = [
    { id: "web", name: "Internet", activeFrom: "", retiredFrom: "" },
    { id: "walk", name: "Walk-in", activeFrom: "", retiredFrom: "" },
  ];
  const rows: TargetRow[] = [
    { month: "2025-03", salesperson: "Ana", channelId: "web", channel: "Internet", deals: 5, revenue: null },
    { month: "2025-03", salesperson: "Ana", channelId: "walk", channel: "Walk-in", deals: 3, revenue: null },
    { month: "2025-03", salesperson: "Bo", channelId: "web", channel: "Internet", deals: 4, revenue: null },
  ];
  const out = html(
    <TargetsGrid
      month="2025-03"
      rows={rows}
      salespeople={["Ana", "Bo"]}
      channels={channels}
      channelsToKeep={undefined}
      locked
      onEdit={() => undefined}
      onAddSalesperson={() => undefined}
    />
  );
  const boxes = [...out.matchAll(/<input[^>]*data-testid="target-[^"]+"[^>]*>/g)].map((m) => m[0]);
  expect(boxes).toHaveLength(4);
  for (const box of boxes) expect(box).toContain("readonly");
  expect(out).toContain('aria-label="Ana, Internet, deals target"');
  // Ana 5 + 3 = 8; Internet 5 + 4 = 9; the team 12.
  expect(out).toMatch(/data-testid="total-Ana"[^>]*>8</);
  expect(out).toMatch(/data-testid="channel-total-web"[^>]*>9</);
  expect(out).toMatch(/data-testid="team-total"[^>]*>12</);
});

it("says beside a box that the sheet's number won over what was typed, and only beside that box", () => {
  const channels: Channel[] = [{ id: "web", name: "Internet", activeFrom: "", retiredFrom: "" }];
  const rows: TargetRow[] = [
    { month: "2025-03", salesperson: "Ana", channelId: "web", channel: "Internet", deals: 14, revenue: null },
  ];
  const notes = new Map([
    ["2025-03|ana|web", { typed: { ...rows[0], deals: 9 } as TargetRow, sheet: rows[0] ?? null }],
  ]);
  const out = html(
    <TargetsGrid
      month="2025-03"
      rows={rows}
      salespeople={["Ana", "Bo"]}
      channels={channels}
      channelsToKeep={undefined}
      locked={false}
      onEdit={() => undefined}
      onAddSalesperson={() => undefined}
      notes={notes}
    />
  );
  expect(out).toMatch(/data-testid="target-Ana-web-note"[^>]*>changed in the sheet to 14</);
  expect(out).not.toContain("target-Bo-web-note");
  expect(out).toMatch(
    /<input[^>]*value="14"[^>]*data-testid="target-Ana-web"|<input[^>]*data-testid="target-Ana-web"[^>]*value="14"/
  );
});

it("lists who has no target this month above the progress bars", () => {
  const ana = line("Ana", 6, 20, 5);
  const dee = line("Dee", 2, null, null);
  const progress = {
    month: "2025-03",
    sellingDaysElapsed: 8,
    sellingDaysTotal: 26,
    store: { ...line("Store", 8, 20, 5), salesperson: "" },
    salespeople: [
      { line: ana, cells: [] },
      { line: dee, cells: [] },
    ],
    channels: [],
    missingTargets: ["Dee"],
  };
  const out = html(<ProgressPanel progress={progress} />);
  expect(out).toMatch(/data-testid="missing-targets".*No target this month: Dee/);
  expect(out).toMatch(/data-testid="progress-person-Ana" data-status="ahead"/);
  expect(out).toMatch(/data-testid="progress-person-Dee" data-status="noTarget"/);
});

it("shows a range mapping as a range, with the reference to read and the columns kept", () => {
  const port = new MemoryWorkbook(null);
  const current = {
    table: "'DMS Export'!A1:M5000",
    kind: "range" as const,
    columns: { soldDate: "Sold Date", salesperson: "Sales Person" },
  };
  const out = html(
    <MappingSection
      port={port}
      current={current}
      source={{ name: current.table, header: ["Sold Date", "Sales Person", "Lead Source"] }}
    />
  );
  expect(out).toMatch(/<input[^>]*value="range"[^>]*checked=""|<input[^>]*checked=""[^>]*value="range"/);
  expect(out).toMatch(/data-testid="mapping-range"[^>]*value="&#x27;DMS Export&#x27;!A1:M5000"/);
  expect(out).not.toContain('data-testid="mapping-table"');
  // The detected header fills the column choices; the kept choice is selected.
  expect(out).toMatch(/<option value="Sales Person" selected="">/);
});

it("lists salespeople with a labelled name box and Retire or Bring back", () => {
  const out = html(
    <SalespeopleSection
      people={[
        { name: "Ana Diaz", retired: false },
        { name: "Bo Lee", retired: true },
      ]}
      month="2025-03"
      readOnly={false}
      onRename={() => null}
      onRetire={() => undefined}
    />
  );
  expect(out).toContain('aria-label="Name of salesperson Ana Diaz"');
  expect(out).toContain('data-testid="retire-salesperson-Ana Diaz"');
  expect(out).toContain('data-testid="unretire-salesperson-Bo Lee"');
  expect(out).not.toContain('data-testid="retire-salesperson-Bo Lee"');
});
