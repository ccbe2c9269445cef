import {
  Button,
  Caption1,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  cellTarget,
  channelTarget,
  copyPreviousMonth,
  fillChannel,
  previousMonth,
  quarterTargets,
  nameKey,
  salespersonTarget,
  targetKey,
  storeTarget,
  teamTotal,
  type Channel,
  type TargetConflict,
  type TargetMeasure,
  type TargetRow,
} from "../../core/targets";
import { formatMonth, formatUnits } from "../format";
import { sheetNote } from "./sheetNote";
import { TargetCell } from "./TargetCell";
import { parseTargetText } from "./teamModel";

const useStyles = makeStyles({
  tools: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    padding: "2px 4px",
    textAlign: "right",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    verticalAlign: "bottom",
  },
  name: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: "left",
    padding: "2px 6px",
    maxWidth: "96px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightRegular,
  },
  td: { padding: "1px 2px", textAlign: "right" },
  total: { padding: "2px 6px", textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  fill: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface TargetsGridProps {
  readonly month: string;
  readonly rows: readonly TargetRow[];
  readonly salespeople: readonly string[];
  /** The grid's columns: channels active this month. */
  readonly channels: readonly Channel[];
  /** Every channel to keep in PacecarChannels once a target is typed (deal log channels the table lacks included). */
  readonly channelsToKeep: readonly Channel[] | undefined;
  readonly locked: boolean;
  readonly onEdit: (changes: readonly TargetRow[], channels?: readonly Channel[]) => void;
  readonly onAddSalesperson: (name: string) => void;
  /** Deals of the quarter so far per salesperson (nameKey) and in total (""), shown beside the quarter's sums. */
  readonly quarterActual?: ReadonlyMap<string, number>;
  /** Targets changed in the sheet over what the GSM typed, by targetKey (see sheetNote). */
  readonly notes?: ReadonlyMap<string, TargetConflict>;
}

const short = (month: string) => formatMonth(month).split(" ")[0] ?? month;

/** "Fill the column": one number for every salesperson on a channel. */
function FillColumn({
  channel,
  disabled,
  onFill,
}: {
  channel: Channel;
  disabled: boolean;
  onFill: (value: number | null) => void;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const value = parseTargetText(text);
  return (
    <Popover open={open} onOpenChange={(_, d) => setOpen(d.open)} trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="transparent"
          disabled={disabled}
          aria-label={`Fill the ${channel.name} column`}
          data-testid={`fill-${channel.id}`}
        >
          Fill
        </Button>
      </PopoverTrigger>
      <PopoverSurface>
        <form
          className={styles.fill}
          onSubmit={(e) => {
            e.preventDefault();
            if (value === "invalid") return;
            onFill(value);
            setOpen(false);
          }}
        >
          <Input
            aria-label={`Target for everyone on ${channel.name}`}
            value={text}
            onChange={(_, d) => setText(d.value)}
            inputMode="decimal"
            data-testid={`fill-${channel.id}-value`}
          />
          <Button
            type="submit"
            appearance="primary"
            disabled={value === "invalid"}
            data-testid={`fill-${channel.id}-apply`}
          >
            Fill {channel.name}
          </Button>
        </form>
      </PopoverSurface>
    </Popover>
  );
}

/**
 * The month's targets: salespeople down, channels across, compact boxes that save as you type,
 * each row's and column's total beside it. Deals or revenue; a quarter's sums read-only.
 */
export function TargetsGrid(props: TargetsGridProps) {
  const { month, rows, salespeople, channels, locked, onEdit } = props;
  const styles = useStyles();
  const [measure, setMeasure] = useState<TargetMeasure>("deals");
  const [quarter, setQuarter] = useState(false);
  const [newName, setNewName] = useState("");
  const [copied, setCopied] = useState<string | null>(null);
  const shown = quarter ? quarterTargets(rows, month) : rows;
  const shownMonth = quarter
    ? (shown[0]?.month ?? `${month.slice(0, 4)}-Q${String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1)}`)
    : month;
  const readOnly = locked || quarter;
  const unit = measure === "deals" ? "deals" : "revenue";
  const keep = props.channelsToKeep;

  const edit = (salesperson: string, channel: Channel | null, value: number | null) => {
    const before = rows.find(
      (r) =>
        r.month === month &&
        r.salesperson.toLowerCase() === salesperson.toLowerCase() &&
        r.channelId === (channel?.id ?? "")
    );
    const row: TargetRow = {
      month,
      salesperson,
      channelId: channel?.id ?? "",
      channel: channel?.name ?? "",
      deals: measure === "deals" ? value : (before?.deals ?? null),
      revenue: measure === "revenue" ? value : (before?.revenue ?? null),
    };
    onEdit([row], channel ? keep : undefined);
  };
  const copyable = copyPreviousMonth(rows, month);
  const store = storeTarget(shown, shownMonth, measure);
  const team = measure === "deals" ? teamTotal(shown, shownMonth) : null;

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }} data-testid="targets-grid">
      <div className={styles.tools}>
        <Switch
          label="Revenue"
          checked={measure === "revenue"}
          onChange={(_, d) => setMeasure(d.checked ? "revenue" : "deals")}
          data-testid="measure-revenue"
        />
        <Switch
          label="Quarter"
          checked={quarter}
          onChange={(_, d) => setQuarter(d.checked)}
          data-testid="quarter-view"
        />
        <Button
          size="small"
          disabled={readOnly || copyable.length === 0}
          data-testid="copy-last-month"
          onClick={() => {
            onEdit(copyable, keep);
            setCopied(`Copied ${String(copyable.length)} targets from ${formatMonth(previousMonth(month))}.`);
          }}
        >
          Copy {short(previousMonth(month))}
        </Button>
      </div>
      {copied && <Caption1 data-testid="copied">{copied}</Caption1>}
      {quarter && (
        <Caption1>
          Three months summed ({shownMonth}), with the deals sold so far this quarter; switch Quarter off to edit a
          month.
        </Caption1>
      )}
      <div className={styles.scroll} role="region" aria-label={`Targets for ${formatMonth(month)}`} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={`${styles.th} ${styles.name}`}>
                Salesperson
              </th>
              {channels.map((c) => (
                <th scope="col" key={c.id} className={styles.th}>
                  <div>{c.name}</div>
                  <FillColumn
                    channel={c}
                    disabled={readOnly}
                    onFill={(value) => {
                      onEdit(fillChannel(month, c, salespeople, value, rows, measure), keep);
                    }}
                  />
                </th>
              ))}
              <th scope="col" className={styles.th}>
                Total
              </th>
              {quarter && props.quarterActual && (
                <th scope="col" className={styles.th}>
                  Sold
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {salespeople.map((p) => (
              <tr key={p} data-testid={`grid-row-${p}`}>
                <th scope="row" className={styles.name} title={p}>
                  {p}
                </th>
                {channels.map((c) => (
                  <td key={c.id} className={styles.td}>
                    <TargetCell
                      key={`${shownMonth}-${measure}`}
                      value={cellTarget(shown, shownMonth, p, c.id, measure)}
                      label={`${p}, ${c.name}, ${unit} target`}
                      readOnly={readOnly}
                      testId={`target-${p}-${c.id}`}
                      width={measure === "revenue" ? 72 : 46}
                      note={
                        quarter
                          ? undefined
                          : sheetNote(props.notes?.get(targetKey({ month, salesperson: p, channelId: c.id })), measure)
                      }
                      onChange={(v) => edit(p, c, v)}
                    />
                  </td>
                ))}
                <td className={styles.total} data-testid={`total-${p}`}>
                  {formatUnits(salespersonTarget(shown, shownMonth, p, measure))}
                </td>
                {quarter && props.quarterActual && (
                  <td className={styles.total} data-testid={`quarter-sold-${p}`}>
                    {formatUnits(props.quarterActual.get(nameKey(p)) ?? 0)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={styles.name}>
                Team
              </th>
              {channels.map((c) => (
                <td key={c.id} className={styles.total} data-testid={`channel-total-${c.id}`}>
                  {formatUnits(channelTarget(shown, shownMonth, c.id, measure))}
                </td>
              ))}
              <td className={styles.total} data-testid="team-total">
                {formatUnits(team ?? store)}
              </td>
              {quarter && props.quarterActual && (
                <td className={styles.total} data-testid="quarter-sold">
                  {formatUnits(props.quarterActual.get("") ?? 0)}
                </td>
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className={styles.tools}>
        <Text>Store target</Text>
        <TargetCell
          key={`store-${shownMonth}-${measure}`}
          value={
            (shown.find((r) => r.month === shownMonth && r.salesperson === "" && r.channelId === "") ?? null)?.[
              measure
            ] ?? null
          }
          label={`Store ${unit} target for ${formatMonth(month)}`}
          readOnly={readOnly}
          testId="store-target"
          width={72}
          note={
            quarter
              ? undefined
              : sheetNote(props.notes?.get(targetKey({ month, salesperson: "", channelId: "" })), measure)
          }
          onChange={(v) => edit("", null, v)}
        />
        {team !== null && store !== team && (
          <Caption1 data-testid="team-adds-up">team adds up to {formatUnits(team)}</Caption1>
        )}
      </div>
      <form
        className={styles.tools}
        onSubmit={(e) => {
          e.preventDefault();
          if (newName.trim() === "") return;
          props.onAddSalesperson(newName.trim());
          setNewName("");
        }}
      >
        <Input
          size="small"
          aria-label="New salesperson's name"
          placeholder="New salesperson"
          value={newName}
          onChange={(_, d) => setNewName(d.value)}
          disabled={readOnly}
          data-testid="new-salesperson"
        />
        <Button size="small" type="submit" disabled={readOnly || newName.trim() === ""} data-testid="add-salesperson">
          Add
        </Button>
      </form>
    </div>
  );
}
