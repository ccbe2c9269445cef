import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { COLUMN_ROLES, type ColumnRole } from "../../core/dealLog";
import {
  addChannel,
  detectMapping,
  renameChannel,
  retireChannel,
  type Channel,
  type DealLogMapping,
} from "../../core/targets";
import type { TableHeader, WorkbookPort } from "../../excel/workbookPort";
import { formatMonth } from "../format";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Column roles in the GSM's words. */
const ROLE_WORDS: Record<ColumnRole, string> = {
  soldDate: "Sold date",
  salesperson: "Salesperson",
  channel: "Lead source / channel",
  newUsed: "New / used",
  stockNumber: "Stock number",
  frontGross: "Front gross",
  backGross: "Back gross",
};

type Note = { intent: "success" | "error"; text: string } | null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** "Lock targets": protect the targets sheet (optional password); the grid is read-only while locked. */
export function LockSection({
  locked,
  onLock,
}: {
  locked: boolean;
  onLock: (locked: boolean, password: string) => Promise<void>;
}) {
  const styles = useStyles();
  const [password, setPassword] = useState("");
  const [note, setNote] = useState<Note>(null);
  return (
    <form className={styles.section} aria-labelledby="lock-title" onSubmit={(e) => e.preventDefault()}>
      <Text id="lock-title" weight="semibold">
        Who edits targets
      </Text>
      <Field
        label="Password (optional)"
        hint={locked ? "The password used to lock, if any" : "Whoever knows it can unlock"}
      >
        <Input
          type="password"
          autoComplete="off"
          value={password}
          onChange={(_, d) => setPassword(d.value)}
          data-testid="lock-password"
        />
      </Field>
      <Switch
        label={locked ? "Targets locked" : "Lock targets"}
        checked={locked}
        data-testid="lock-targets"
        onChange={(_, d) => {
          setNote(null);
          onLock(d.checked, password).then(
            () =>
              setNote({
                intent: "success",
                text: d.checked ? "Targets sheet protected: the grid is read-only." : "Targets unlocked.",
              }),
            (e: unknown) => setNote({ intent: "error", text: message(e) })
          );
        }}
      />
      {note && (
        <MessageBar intent={note.intent} data-testid="lock-note">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

/**
 * Choose the deal log — a table, or a plain range (an address, a sheet's used range, a named
 * range) — and confirm or correct its columns; kept in the workbook's settings.
 */
export function MappingSection({
  port,
  current,
  source,
}: {
  port: WorkbookPort;
  current: DealLogMapping | null;
  source: TableHeader | null;
}) {
  const styles = useStyles();
  const [tables, setTables] = useState<readonly TableHeader[] | null>(null);
  const isRange = current?.kind === "range";
  const [kind, setKind] = useState<"table" | "range">(isRange ? "range" : "table");
  const [table, setTable] = useState(isRange ? (source?.name ?? "") : (current?.table ?? source?.name ?? ""));
  const [reference, setReference] = useState(isRange ? (current?.table ?? "") : "");
  const [rangeHeader, setRangeHeader] = useState<readonly unknown[]>(isRange ? (source?.header ?? []) : []);
  const [columns, setColumns] = useState<Partial<Record<ColumnRole, string>>>(
    current?.columns ?? (source ? (detectMapping(source.name, source.header)?.columns ?? {}) : {})
  );
  const [note, setNote] = useState<Note>(null);
  useEffect(() => {
    let live = true;
    port.listTables().then(
      (t) => live && setTables(t),
      (e: unknown) => live && setNote({ intent: "error", text: message(e) })
    );
    return () => {
      live = false;
    };
  }, [port]);
  const tableHeader = (name: string) => tables?.find((t) => t.name === name)?.header ?? source?.header ?? [];
  const header = (kind === "range" ? rangeHeader : tableHeader(table)).filter(
    (h): h is string => typeof h === "string" && h.trim() !== ""
  );
  const readHeaders = () => {
    setNote(null);
    port.readRangeHeader(reference).then(
      (found) => {
        setRangeHeader(found?.header ?? []);
        setColumns(found ? (detectMapping(found.name, found.header)?.columns ?? {}) : {});
        if (!found)
          setNote({
            intent: "error",
            text: `Nothing found at ${reference}: type a sheet's name, an address like 'DMS Export'!A1:M5000, or a named range.`,
          });
      },
      (e: unknown) => setNote({ intent: "error", text: message(e) })
    );
  };
  return (
    <section className={styles.section} aria-labelledby="mapping-title">
      <Text id="mapping-title" weight="semibold">
        Deal log
      </Text>
      <Caption1>
        {current
          ? `Mapped to ${current.table}: opening reads it directly.`
          : "Found by its headers. Confirm the columns so the next open needs nothing."}
      </Caption1>
      <RadioGroup
        layout="horizontal"
        value={kind}
        aria-label="The deal log is"
        data-testid="mapping-kind"
        onChange={(_, d) => {
          setKind(d.value === "range" ? "range" : "table");
          setColumns(
            d.value === "range"
              ? (detectMapping(reference, rangeHeader)?.columns ?? {})
              : (detectMapping(table, tableHeader(table))?.columns ?? {})
          );
        }}
      >
        <Radio value="table" label="A table" data-testid="mapping-kind-table" />
        <Radio value="range" label="A range" data-testid="mapping-kind-range" />
      </RadioGroup>
      {kind === "range" ? (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (reference.trim() !== "") readHeaders();
          }}
        >
          <Field
            label="Sheet, range or named range"
            hint="e.g. 'DMS Export'!A1:M5000, or a sheet's name for all it holds"
          >
            <Input value={reference} onChange={(_, d) => setReference(d.value)} data-testid="mapping-range" />
          </Field>
          <Button type="submit" disabled={reference.trim() === ""} data-testid="mapping-read-range">
            Read its headers
          </Button>
        </form>
      ) : (
        <Field label="Table holding the deal log">
          <Select
            value={table}
            data-testid="mapping-table"
            onChange={(_, d) => {
              setTable(d.value);
              const h = tables?.find((t) => t.name === d.value)?.header ?? [];
              setColumns(detectMapping(d.value, h)?.columns ?? {});
            }}
          >
            {(tables ?? (source ? [source] : [])).map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {COLUMN_ROLES.map((role) => (
        <Field key={role} label={ROLE_WORDS[role]} size="small">
          <Select
            size="small"
            value={columns[role] ?? ""}
            data-testid={`mapping-${role}`}
            onChange={(_, d) => setColumns((c) => ({ ...c, [role]: d.value === "" ? undefined : d.value }))}
          >
            <option value="">{role === "soldDate" ? "(choose)" : "(none)"}</option>
            {header.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Button
        appearance="primary"
        disabled={(kind === "range" ? reference.trim() === "" : !table) || !columns.soldDate}
        data-testid="save-mapping"
        onClick={() => {
          const clean = Object.fromEntries(
            Object.entries(columns).filter(([, v]) => typeof v === "string" && v !== "")
          ) as Partial<Record<ColumnRole, string>>;
          const where = kind === "range" ? reference.trim() : table;
          port
            .saveDealLogMapping(
              kind === "range" ? { table: where, kind: "range", columns: clean } : { table, columns: clean }
            )
            .then(
              () =>
                setNote({
                  intent: "success",
                  text: `Saved in the workbook: the deal log is ${where}. Reopen the pane to read it with these columns.`,
                }),
              (e: unknown) => setNote({ intent: "error", text: message(e) })
            );
        }}
      >
        Save deal log mapping
      </Button>
      {note && (
        <MessageBar intent={note.intent} data-testid="mapping-note">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** Channels: rename (targets stay on the channel's id), retire from this month, add one. */
export function ChannelsSection({
  channels,
  month,
  readOnly,
  onChange,
}: {
  channels: readonly Channel[];
  month: string;
  readOnly: boolean;
  onChange: (channels: Channel[]) => void;
}) {
  const styles = useStyles();
  const [name, setName] = useState("");
  return (
    <section className={styles.section} aria-labelledby="channels-title">
      <Text id="channels-title" weight="semibold">
        Channels
      </Text>
      <Caption1>
        Renaming keeps every target on the channel; retiring stops targets from {formatMonth(month)} on.
      </Caption1>
      {channels.map((c) => (
        <div key={c.id} className={styles.row}>
          <Input
            size="small"
            aria-label={`Name of channel ${c.id}`}
            defaultValue={c.name}
            readOnly={readOnly}
            data-testid={`channel-name-${c.id}`}
            onBlur={(e) => {
              const next = e.currentTarget.value.trim();
              if (next !== "" && next !== c.name) onChange(renameChannel(channels, c.id, next));
            }}
          />
          {c.retiredFrom !== "" && c.retiredFrom <= month ? (
            <Button size="small" disabled={readOnly} onClick={() => onChange(retireChannel(channels, c.id, ""))}>
              Bring back
            </Button>
          ) : (
            <Button
              size="small"
              disabled={readOnly}
              data-testid={`retire-${c.id}`}
              onClick={() => onChange(retireChannel(channels, c.id, month))}
            >
              Retire
            </Button>
          )}
        </div>
      ))}
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === "") return;
          onChange(addChannel(channels, name, month));
          setName("");
        }}
      >
        <Input
          size="small"
          aria-label="New channel's name"
          placeholder="New channel"
          value={name}
          onChange={(_, d) => setName(d.value)}
          readOnly={readOnly}
          data-testid="new-channel"
        />
        <Button size="small" type="submit" disabled={readOnly || name.trim() === ""} data-testid="add-channel">
          Add channel
        </Button>
      </form>
    </section>
  );
}

/**
 * Salespeople: rename (their targets move to the new name in every month and the old name
 * becomes an alias, so deals logged under it still count), retire from this month, bring back.
 */
export function SalespeopleSection({
  people,
  month,
  readOnly,
  onRename,
  onRetire,
}: {
  people: readonly { readonly name: string; readonly retired: boolean }[];
  month: string;
  readOnly: boolean;
  /** Returns a problem in words, or null when renamed. */
  onRename: (from: string, to: string) => string | null;
  onRetire: (name: string, retire: boolean) => void;
}) {
  const styles = useStyles();
  const [note, setNote] = useState<Note>(null);
  const rename = (input: HTMLInputElement, from: string) => {
    const next = input.value.trim();
    if (next === from) return;
    const problem = next === "" ? "Type the new name." : onRename(from, next);
    setNote(
      problem
        ? { intent: "error", text: problem }
        : { intent: "success", text: `${from} is now ${next}: targets moved, deals logged as ${from} still count.` }
    );
    // A refused rename shows the name as it is.
    if (problem) input.value = from;
  };
  return (
    <section className={styles.section} aria-labelledby="salespeople-title">
      <Text id="salespeople-title" weight="semibold">
        Salespeople
      </Text>
      <Caption1>
        Renaming moves every month's targets; the old name stays an alias, so deals logged under it still count.
        Retiring hides someone from {formatMonth(month)} on.
      </Caption1>
      {people.map((p) => (
        <div key={p.name} className={styles.row} data-testid={`salesperson-row-${p.name}`}>
          <Input
            size="small"
            aria-label={`Name of salesperson ${p.name}`}
            defaultValue={p.name}
            readOnly={readOnly || p.retired}
            data-testid={`salesperson-name-${p.name}`}
            onBlur={(e) => rename(e.currentTarget, p.name)}
            onKeyDown={(e) => {
              if (e.key === "Enter") rename(e.currentTarget, p.name);
            }}
          />
          {p.retired ? (
            <Button
              size="small"
              disabled={readOnly}
              data-testid={`unretire-salesperson-${p.name}`}
              aria-label={`Bring back ${p.name}`}
              onClick={() => onRetire(p.name, false)}
            >
              Bring back
            </Button>
          ) : (
            <Button
              size="small"
              disabled={readOnly}
              data-testid={`retire-salesperson-${p.name}`}
              aria-label={`Retire ${p.name} from ${formatMonth(month)}`}
              onClick={() => onRetire(p.name, true)}
            >
              Retire
            </Button>
          )}
        </div>
      ))}
      {note && (
        <MessageBar intent={note.intent} data-testid="salespeople-note">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** "Build pace sheet": live formulas that keep working without the pane. */
export function PaceSheetSection({ onBuild }: { onBuild: () => Promise<number> }) {
  const styles = useStyles();
  const [note, setNote] = useState<Note>(null);
  return (
    <section className={styles.section} aria-labelledby="pace-sheet-title">
      <Text id="pace-sheet-title" weight="semibold">
        Pace sheet
      </Text>
      <Caption1>
        Writes a sheet of live formulas (COUNTIFS, GSM.PACE, GSM.TREND, GSM.PROJECT_MONTH_END) per salesperson and
        channel, to print or keep without the pane.
      </Caption1>
      <Button
        data-testid="build-pace-sheet"
        onClick={() => {
          setNote(null);
          onBuild().then(
            (n) => setNote({ intent: "success", text: `Pace sheet written: ${String(n)} lines.` }),
            (e: unknown) => setNote({ intent: "error", text: message(e) })
          );
        }}
      >
        Build pace sheet
      </Button>
      {note && (
        <MessageBar intent={note.intent} data-testid="pace-sheet-note">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
