import { useCallback, useEffect, useSyncExternalStore } from "react";
import {
  CHANNELS_TABLE_NAME,
  SALESPEOPLE_TABLE_NAME,
  type Channel,
  type Salesperson,
  type TargetRow,
} from "../../core/targets";
import { TARGETS_TABLE, type WorkbookPort, type WorkbookSnapshot } from "../../excel/workbookPort";
import { targetsFromSnapshot, targetsModelFor, type TargetsModel, type TargetsView } from "./targetsModel";

/** The targets side of the workbook as the pane shows it: what the workbook holds with the GSM's unsaved edits on top. */
export interface TeamTargets extends TargetsView {
  /** Applies target changes (and a new channel or salespeople list) at once on screen, and saves them as you type. */
  readonly edit: (
    changes: readonly TargetRow[],
    channels?: readonly Channel[],
    salespeople?: readonly Salesperson[]
  ) => void;
  readonly setLock: (locked: boolean, password: string) => Promise<void>;
}

/** The pane's targets model for a port, its view as React state. */
export function useTargetsModel(port: WorkbookPort, snapshot: WorkbookSnapshot): TargetsModel {
  const model = targetsModelFor(port, () => targetsFromSnapshot(snapshot));
  useSyncExternalStore(
    useCallback((listener: () => void) => model.subscribe(listener), [model]),
    () => model.view()
  );
  return model;
}

/**
 * Holds the targets while the pane is open: edits show at once and are saved in debounced
 * batches (one workbook write per burst); edits made directly in the sheet are read back
 * (table change events) without dropping what the GSM typed and hasn't been saved yet.
 */
export function useTeamTargets(port: WorkbookPort, snapshot: WorkbookSnapshot): TeamTargets {
  const model = useTargetsModel(port, snapshot);
  const view = model.view();

  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    const reload = () =>
      port.readTargets().then(
        (read) => {
          if (live) model.sheetChanged(read);
        },
        // A failed re-read leaves what is on screen; the next change tries again.
        () => undefined
      );
    void port
      .onTablesChanged([TARGETS_TABLE, CHANNELS_TABLE_NAME, SALESPEOPLE_TABLE_NAME], () => void reload())
      .then((remove) => {
        if (live) stop = remove;
        else remove();
      });
    return () => {
      live = false;
      stop?.();
    };
  }, [port, model]);

  const edit = useCallback(
    (changes: readonly TargetRow[], next?: readonly Channel[], people?: readonly Salesperson[]) =>
      model.edit(changes, next, people),
    [model]
  );

  const setLock = useCallback(
    async (next: boolean, password: string) => {
      // Pending edits go in before the sheet is locked.
      await model.flush();
      await port.setTargetsLocked(next, password);
      model.setLocked(next);
    },
    [port, model]
  );

  return { ...view, edit, setLock };
}
