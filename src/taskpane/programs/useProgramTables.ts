import { useCallback, useEffect, useState } from "react";
import {
  PROGRAMS_HEADERS,
  PROGRAMS_SHEET,
  PROGRAMS_TABLE,
  REQUIREMENTS_TABLE,
  programRows,
  readPrograms,
  type ProgramSetup,
} from "../../core/programs";
import type { CellTable, WorkbookPort } from "../../excel/workbookPort";
import { useSaveAsYouType } from "../useSaveAsYouType";
import type { SaveStatus } from "../components/TargetField";

/** What the programs view reads from the workbook. */
export interface ProgramTables {
  /** null while the first read runs. */
  readonly programs: readonly ProgramSetup[] | null;
  /** Tier tables read so far, by the name the programs use (null: no such table or named range). */
  readonly tierTables: Readonly<Record<string, CellTable | null>>;
  readonly requirements: CellTable | null;
  readonly loadError: string | null;
  readonly saveStatus: SaveStatus;
  /** Replaces the programs; saved to the workbook as the GSM types (the last value always lands). */
  readonly setPrograms: (programs: readonly ProgramSetup[]) => void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
// Tier table names are typed letter by letter: read the one typed once the typing pauses.
const NAME_PAUSE_MS = 300;

/**
 * The programs table, the tier tables it names and the requirements table, read through the port;
 * tier and requirement tables are read again when the user edits them in the sheet.
 */
export function useProgramTables(port: WorkbookPort): ProgramTables {
  const [programs, setProgramsState] = useState<readonly ProgramSetup[] | null>(null);
  const [tierTables, setTierTables] = useState<Record<string, CellTable | null>>({});
  const [requirements, setRequirements] = useState<CellTable | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const saver = useSaveAsYouType((list: readonly ProgramSetup[]) =>
    port.writeTable({
      name: PROGRAMS_TABLE,
      sheetName: PROGRAMS_SHEET,
      header: [...PROGRAMS_HEADERS],
      rows: programRows(list),
    })
  );

  useEffect(() => {
    let live = true;
    port.readTables([PROGRAMS_TABLE, REQUIREMENTS_TABLE]).then(
      (read) => {
        if (!live) return;
        const table = read[PROGRAMS_TABLE];
        setProgramsState(table ? readPrograms(table.rows) : []);
        setRequirements(read[REQUIREMENTS_TABLE] ?? null);
      },
      (error: unknown) => live && setLoadError(message(error))
    );
    return () => {
      live = false;
    };
  }, [port]);

  const names = [...new Set((programs ?? []).map((p) => p.tierTable.trim()).filter((n) => n !== ""))].sort();
  const namesKey = names.join("\u0000");

  const readTiers = useCallback(
    (wanted: readonly string[]) =>
      port.readTables(wanted).then(
        (read) => setTierTables((prev) => ({ ...prev, ...read })),
        (error: unknown) => setLoadError(message(error))
      ),
    [port]
  );

  useEffect(() => {
    const wanted = namesKey === "" ? [] : namesKey.split("\u0000");
    if (wanted.length === 0) return;
    const timer = setTimeout(() => void readTiers(wanted), NAME_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [namesKey, readTiers]);

  useEffect(() => {
    const watched = [...(namesKey === "" ? [] : namesKey.split("\u0000")), REQUIREMENTS_TABLE];
    let stop: (() => void) | null = null;
    let live = true;
    port
      .onTablesChanged(watched, (changed) => {
        if (changed.toLowerCase() === REQUIREMENTS_TABLE.toLowerCase()) {
          void port.readTables([REQUIREMENTS_TABLE]).then((read) => setRequirements(read[REQUIREMENTS_TABLE] ?? null));
        } else void readTiers(watched.filter((n) => n.toLowerCase() === changed.toLowerCase()));
      })
      .then(
        (off) => {
          if (live) stop = off;
          else off();
        },
        (error: unknown) => setLoadError(message(error))
      );
    return () => {
      live = false;
      stop?.();
    };
  }, [port, namesKey, readTiers]);

  return {
    programs,
    tierTables,
    requirements,
    loadError,
    saveStatus: saver.status,
    setPrograms: (list) => {
      setProgramsState(list);
      saver.push(list);
    },
  };
}
