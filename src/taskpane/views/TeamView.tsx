import {
  Badge,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { monthKey } from "../../core/calendar";
import { isSheetError } from "../../core/errors";
import { paceByDay } from "../../core/forecast";
import {
  detectMapping,
  leaderboard,
  nameKey,
  paceSheetCells,
  quarterDeals,
  renameSalesperson,
  retireSalesperson,
  teamDates,
  teamForecastJobs,
  teamProgress,
  whoIsBehind,
  withDealLogChannels,
  withSalespersonNames,
  type Channel,
} from "../../core/targets";
import { formatMonth } from "../format";
import { LeaderboardPanel } from "../team/LeaderboardPanel";
import { PaceCandles } from "../team/PaceCandles";
import { ProgressPanel } from "../team/ProgressPanel";
import { ChannelsSection, LockSection, MappingSection, PaceSheetSection, SalespeopleSection } from "../team/SetupPanel";
import { TargetsGrid } from "../team/TargetsGrid";
import {
  activeSalespeople,
  gridChannels,
  gridSalespeople,
  monthAsOf,
  pickerMonths,
  setupSalespeople,
  teamBase,
  type TeamBase,
} from "../team/teamModel";
import { useTeamForecasts } from "../team/useTeamForecasts";
import { useTeamTargets, type TeamTargets } from "../team/useTeamTargets";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  status: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The Team view's sections, in tab order; ?team=<id> opens one. */
const SECTIONS = [
  { id: "progress", label: "Progress" },
  { id: "targets", label: "Targets" },
  { id: "leaders", label: "Leaders" },
  { id: "candles", label: "Candles" },
  { id: "setup", label: "Setup" },
] as const;

type Section = (typeof SECTIONS)[number]["id"];

function initialSection(): Section {
  const asked = typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("team");
  return SECTIONS.find((s) => s.id === asked)?.id ?? "progress";
}

/** The quiet saved/saving line: nothing until the first edit, an error only while a retry is pending. */
function SaveLine({ team }: { team: TeamTargets }) {
  const styles = useStyles();
  const s = team.status;
  if (team.locked)
    return (
      <Badge appearance="tint" color="warning" data-testid="locked-badge">
        Locked
      </Badge>
    );
  if (s.state === "idle") return null;
  return (
    <Caption1
      className={s.state === "error" ? styles.error : styles.status}
      data-testid="save-status"
      aria-live="polite"
    >
      {s.state === "saving" ? "Saving…" : s.state === "saved" ? "Saved" : `Not saved yet (${s.message}); retrying`}
    </Caption1>
  );
}

/** The "Team" view: the month's targets per salesperson and channel, progress, leaderboard and pace candles. */
export function TeamView({ port, snapshot, asOf }: ViewProps) {
  const base = useMemo(() => teamBase(snapshot, asOf), [snapshot, asOf]);
  const team = useTeamTargets(port, snapshot);
  if ("problem" in base) {
    return (
      <div style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }} data-testid="view-team">
        <MessageBar intent="warning" data-testid="team-problem">
          <MessageBarBody>{base.problem}</MessageBarBody>
        </MessageBar>
        <MappingSection port={port} current={snapshot.dealLogMapping ?? null} source={null} />
      </div>
    );
  }
  return <TeamScreen {...{ port, snapshot, asOf, base, team }} />;
}

function TeamScreen({
  port,
  snapshot,
  asOf,
  base: logBase,
  team,
}: Pick<ViewProps, "port" | "snapshot" | "asOf"> & { base: TeamBase; team: TeamTargets }) {
  const styles = useStyles();
  const [month, setMonth] = useState(() => monthKey(asOf));
  const [section, setSection] = useState<Section>(initialSection);
  const [added, setAdded] = useState<string[]>([]);
  const [candlesFor, setCandlesFor] = useState<string | null>(null);
  const { rows, channels: tableChannels, salespeople: kept } = team;
  // Deals count under the salesperson's current name, whichever spelling the log used.
  const base = useMemo(() => ({ ...logBase, deals: withSalespersonNames(logBase.deals, kept) }), [logBase, kept]);

  const allChannels = useMemo(
    () => withDealLogChannels(tableChannels, base.dealChannels, month, rows),
    [tableChannels, base, month, rows]
  );
  const channels = useMemo(() => gridChannels(tableChannels, base, rows, month), [tableChannels, base, rows, month]);
  const floor = useMemo(() => gridSalespeople(base, rows, month, added), [base, rows, month, added]);
  const people = useMemo(() => activeSalespeople(floor, kept, month), [floor, kept, month]);
  const channelsToKeep = allChannels.length !== tableChannels.length ? allChannels : undefined;

  const started = month <= monthKey(asOf);
  const seenAt = monthAsOf(month, asOf);
  // Projections don't depend on the numbers typed: they are keyed by content, not identity — the
  // channels, their former names and who has a target this month — so a keystroke doesn't refit them.
  const seenMonth = monthKey(seenAt);
  const forecastKey = JSON.stringify([
    allChannels,
    [
      ...new Set(
        rows
          .filter((r) => r.channelId !== "" || r.month === seenMonth)
          .map((r) =>
            JSON.stringify(
              r.month === seenMonth
                ? [r.month, r.salesperson, r.channelId, r.channel]
                : ["", "", r.channelId, r.channel]
            )
          )
      ),
    ],
  ]);
  const jobs = useMemo(() => {
    const [list, lines] = JSON.parse(forecastKey) as [Channel[], string[]];
    const keyRows = lines.map((l) => {
      const [m = "", salesperson = "", channelId = "", channel = ""] = JSON.parse(l) as string[];
      return { month: m, salesperson, channelId, channel, deals: null, revenue: null };
    });
    return started ? teamForecastJobs(base.deals, list, keyRows, seenAt) : null;
  }, [base, forecastKey, seenAt, started]);
  const { forecasts, done: projected } = useTeamForecasts(jobs, seenAt, base.calendar);
  const progress = useMemo(
    () =>
      teamProgress(
        { deals: base.deals, rows, channels, salespeople: people, asOf: seenAt, calendar: base.calendar },
        forecasts
      ),
    [base, rows, channels, people, seenAt, forecasts]
  );
  const dates = useMemo(() => teamDates(base.deals, allChannels, rows), [base, allChannels, rows]);
  const datesOf = useCallback((name: string) => dates.get(`${nameKey(name)}|`) ?? [], [dates]);
  const lines = progress.salespeople.map((s) => s.line);
  const quarterSold = useMemo(() => quarterDeals(base.deals, month, seenAt), [base, month, seenAt]);
  const places = useMemo(() => leaderboard(lines), [lines]);
  const behind = useMemo(
    () => whoIsBehind(lines, datesOf, seenAt, base.calendar),
    [lines, datesOf, seenAt, base.calendar]
  );

  const candlePerson = candlesFor ?? behind[0]?.line.salesperson ?? people[0] ?? "";
  const candleLine = lines.find((l) => nameKey(l.salesperson) === nameKey(candlePerson));
  const candleDays =
    candleLine?.target != null ? paceByDay(datesOf(candlePerson), candleLine.target, seenAt, base.calendar) : null;

  const buildPaceSheet = async (): Promise<number> => {
    const header = snapshot.dealLog?.rows[0] ?? [];
    const mapping = snapshot.dealLogMapping ?? detectMapping(base.dealLogSource, header);
    if (mapping?.kind === "range")
      throw new Error(
        "The pace sheet's formulas name the deal log's columns by table: make the range a table (Insert > Table), map that, and build again."
      );
    const { soldDate, salesperson, channel } = mapping?.columns ?? {};
    if (!soldDate || !salesperson || !channel)
      throw new Error("The deal log needs sold date, salesperson and lead source columns: set them under Deal log.");
    const aliasesOf = (p: string) => kept.find((k) => nameKey(k.name) === nameKey(p))?.aliases ?? [];
    const sheetLines = people.flatMap((p) =>
      channels.map((c) => ({ salesperson: p, channel: c.name, channelId: c.id, aliases: aliasesOf(p) }))
    );
    const source = {
      table: mapping?.table ?? base.dealLogSource,
      soldDate,
      salesperson,
      channel,
      holidays: snapshot.holidays.length > 0 ? "Holidays[Date]" : null,
    };
    await port.writePaceSheet(paceSheetCells(source, sheetLines));
    return sheetLines.length;
  };

  return (
    <div className={styles.page} data-testid="view-team">
      <div className={styles.header}>
        <Field label="Month" size="small">
          <Select size="small" value={month} onChange={(_, d) => setMonth(d.value)} data-testid="team-month">
            {pickerMonths(asOf).map((m) => (
              <option key={m} value={m}>
                {formatMonth(m)}
              </option>
            ))}
          </Select>
        </Field>
        <SaveLine team={team} />
      </div>
      <TabList
        size="small"
        selectedValue={section}
        onTabSelect={(_, d) => setSection(d.value as Section)}
        aria-label="Team sections"
      >
        {SECTIONS.map((s) => (
          <Tab key={s.id} value={s.id} data-testid={`team-tab-${s.id}`}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      {section === "progress" &&
        (started ? (
          <ProgressPanel progress={progress} projected={projected} />
        ) : (
          <Caption1>{formatMonth(month)} hasn't started: set its targets under Targets.</Caption1>
        ))}
      {section === "targets" && (
        <>
          {team.locked && (
            <MessageBar intent="info" data-testid="locked-note">
              <MessageBarBody>Targets are locked: unlock them under Setup to change them.</MessageBarBody>
            </MessageBar>
          )}
          <TargetsGrid
            month={month}
            rows={rows}
            salespeople={people}
            channels={channels}
            channelsToKeep={channelsToKeep}
            locked={team.locked}
            onEdit={team.edit}
            onAddSalesperson={(name) => setAdded((a) => [...a, name])}
            quarterActual={quarterSold}
            notes={team.notes}
          />
        </>
      )}
      {section === "leaders" &&
        (started ? (
          <LeaderboardPanel places={places} behind={behind} />
        ) : (
          <Caption1>{formatMonth(month)} hasn't started.</Caption1>
        ))}
      {section === "candles" && (
        <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
          <Field label="Salesperson" size="small">
            <Select
              size="small"
              value={candlePerson}
              onChange={(_, d) => setCandlesFor(d.value)}
              data-testid="candles-person"
            >
              {people.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </Field>
          {!started ? (
            <Caption1>{formatMonth(month)} hasn't started.</Caption1>
          ) : candleDays === null ? (
            <Caption1 data-testid="candles-no-target">
              {candlePerson} has no target this month: set one under Targets to see the candles.
            </Caption1>
          ) : isSheetError(candleDays) ? (
            <Caption1>{candleDays.message}</Caption1>
          ) : (
            <PaceCandles days={candleDays} name={candlePerson} />
          )}
          <Text size={200}>
            Daily: cumulative deals against the target's even pace over selling days (dashed). Green on or ahead, red
            behind; grey days are closed.
          </Text>
        </div>
      )}
      {section === "setup" && (
        <>
          <LockSection locked={team.locked} onLock={team.setLock} />
          <SalespeopleSection
            people={setupSalespeople(floor, kept, month)}
            month={month}
            readOnly={team.locked}
            onRename={(from, to) => {
              const r = renameSalesperson(kept, rows, from, to);
              if (isSheetError(r)) return r.message.charAt(0).toUpperCase() + r.message.slice(1) + ".";
              setAdded((a) => a.map((n) => (nameKey(n) === nameKey(from) ? to : n)));
              team.edit(r.changes, undefined, r.people);
              return null;
            }}
            onRetire={(name, retire) => team.edit([], undefined, retireSalesperson(kept, name, retire ? month : ""))}
          />
          <ChannelsSection
            channels={allChannels}
            month={month}
            readOnly={team.locked}
            onChange={(next) => team.edit([], next)}
          />
          <PaceSheetSection onBuild={buildPaceSheet} />
          <MappingSection
            port={port}
            current={snapshot.dealLogMapping ?? null}
            source={snapshot.dealLog ? { name: snapshot.dealLog.source, header: snapshot.dealLog.rows[0] ?? [] } : null}
          />
        </>
      )}
    </div>
  );
}
