import {
  Button,
  Caption1,
  Divider,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { storeCalendar } from "../../core/calendar";
import { readDealLog, type Deal } from "../../core/dealLog";
import { isSheetError } from "../../core/errors";
import { newProgram } from "../../core/programs";
import { ProgramCard } from "../programs/ProgramCard";
import { ProgramEditor } from "../programs/ProgramEditor";
import { programStatus, requirementStatus } from "../programs/programsModel";
import { RequirementGapsList } from "../programs/RequirementGapsList";
import { useProgramTables } from "../programs/useProgramTables";
import type { ViewProps } from "./viewProps";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "160px" },
  fill: { width: "100%", minWidth: 0 },
});

/** The "OEM programs" view: every program's tier, money, what the next units are worth, the odds, and requirement gaps. */
export function ProgramsView({ port, snapshot, asOf, storeName }: ViewProps) {
  const styles = useStyles();
  const tables = useProgramTables(port);
  const [selected, setSelected] = useState(0);
  const deals = useMemo((): readonly Deal[] => {
    if (!snapshot.dealLog) return [];
    const log = readDealLog(snapshot.dealLog.rows);
    return isSheetError(log) ? [] : log.deals;
  }, [snapshot]);
  const calendar = useMemo(() => storeCalendar(null, [snapshot.holidays]), [snapshot]);
  const programs = tables.programs;
  const index = programs ? Math.min(selected, Math.max(0, programs.length - 1)) : 0;
  const setup = programs?.[index];
  // An unnamed tier table has nothing to read: the status says to name one.
  const tierTable = setup
    ? setup.tierTable.trim() === ""
      ? null
      : tables.tierTables[setup.tierTable.trim()]
    : undefined;
  const status = useMemo(
    () =>
      setup && tierTable !== undefined && !isSheetError(calendar)
        ? programStatus(setup, tierTable, deals, asOf, calendar)
        : null,
    [setup, tierTable, deals, asOf, calendar]
  );
  const requirements = useMemo(() => requirementStatus(tables.requirements, asOf), [tables.requirements, asOf]);

  if (tables.loadError) {
    return (
      <MessageBar intent="error" data-testid="programs-error">
        <MessageBarBody>Couldn't read the programs: {tables.loadError}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!programs) return <Spinner label="Reading the programs…" style={{ padding: 24 }} />;

  const update = (next: typeof setup) => {
    if (!next) return;
    tables.setPrograms(programs.map((p, i) => (i === index ? next : p)));
  };
  const saveText =
    tables.saveStatus.state === "saving"
      ? "Saving…"
      : tables.saveStatus.state === "saved"
        ? "Saved in the workbook"
        : tables.saveStatus.state === "error"
          ? `Not saved yet: ${tables.saveStatus.message}`
          : "";

  return (
    <div className={styles.page} data-testid="view-programs">
      <Subtitle1>{storeName} · OEM programs</Subtitle1>
      <div className={styles.row}>
        {programs.length > 0 && (
          <Field label="Program" className={styles.grow}>
            <Dropdown
              className={styles.fill}
              data-testid="program-picker"
              value={setup?.name ?? ""}
              selectedOptions={[String(index)]}
              onOptionSelect={(_, d) => setSelected(Number(d.optionValue ?? 0))}
            >
              {programs.map((p, i) => (
                <Option key={i} value={String(i)}>
                  {p.name === "" ? `Program ${String(i + 1)}` : p.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Button
          data-testid="add-program"
          onClick={() => {
            tables.setPrograms([...programs, newProgram(`Program ${String(programs.length + 1)}`)]);
            setSelected(programs.length);
          }}
        >
          Add program
        </Button>
      </div>
      {programs.length === 0 && (
        <Caption1 data-testid="no-programs">
          No programs yet. Add one and name its tier table: threshold | money per unit | lump sum.
        </Caption1>
      )}
      {setup && status === null && <Spinner size="tiny" label="Reading the tier table…" />}
      {status?.kind === "problem" && (
        <MessageBar intent="warning" data-testid="program-problem">
          <MessageBarBody>{status.problem}</MessageBarBody>
        </MessageBar>
      )}
      {status?.kind === "ready" && <ProgramCard key={index} status={status} />}
      {setup && (
        <>
          <Divider />
          <ProgramEditor key={index} setup={setup} onChange={update} />
          <Caption1 data-testid="programs-save-status" aria-live="polite">
            {saveText}
          </Caption1>
        </>
      )}
      <Divider />
      <RequirementGapsList status={requirements} />
    </div>
  );
}
