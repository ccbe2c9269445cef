import { useCallback, useEffect, useRef, useState } from "react";
import { CHANNELS_TABLE_NAME, SALESPEOPLE_TABLE_NAME, upsertTargets, type Channel, type Salesperson, type TargetRow } from "../../core/targets";
import { TARGETS_TABLE, type WorkbookPort, type WorkbookSnapshot } from "../../excel/workbookPort";
import type { SaveStatus } from "../components/TargetField";
import { BatchSaveQueue } from "./batchSaveQueue";
import { targetKey } from "../../core/targets";
import { knownTargets, rememberTargets } from "./targetsCache";

/** One edit waiting to be saved: a target, the whole channel list or the whole salespeople list. */
type Edit =
  | { readonly kind: "target"; readonly row: TargetRow }
  | { readonly kind: "channels"; readonly channels: readonly Channel[] }
  | { readonly kind: "salespeople"; readonly salespeople: readonly Salesperson[] };

/** The targets side of the workbook as the pane shows it: what the workbook holds with the GSM's unsaved edits on top. */
export interface TeamTargets {
  readonly rows: readonly TargetRow[];
  readonly channels: readonly Channel[];
  /** Renamed (with their other spellings) and retired salespeople. */
  readonly salespeople: readonly Salesperson[];
  readonly locked: boolean;
  readonly status: SaveStatus;
  /** Applies target changes (and a new channel or salespeople list) at once on screen, and saves them as you type. */
  readonly edit: (changes: readonly TargetRow[], channels?: readonly Channel[], salespeople?: readonly Salesperson[]) => void;
  readonly setLock: (locked: boolean, password: string) => Promise<void>;
}

/**
 * Holds the targets while the pane is open: edits show at once and are saved in debounced
 * batches (one workbook write per burst); edits made directly in the sheet are read back
 * (table change events) without dropping what the GSM typed and hasn't been saved yet.
 */
export function useTeamTargets(port: WorkbookPort, snapshot: WorkbookSnapshot): TeamTargets {
  // Opened again after edits: start from what the pane knows, not the load's copy.
  const start = knownTargets(port) ?? { rows: snapshot.targetRows ?? [], channels: snapshot.channels ?? [], locked: snapshot.targetsLocked ?? false, salespeople: snapshot.salespeople ?? [] };
  const [rows, setRows] = useState<readonly TargetRow[]>(start.rows);
  const [channels, setChannels] = useState<readonly Channel[]>(start.channels);
  const [salespeople, setSalespeople] = useState<readonly Salesperson[]>(start.salespeople ?? []);
  const [locked, setLocked] = useState(start.locked);
  useEffect(() => rememberTargets(port, { rows, channels, locked, salespeople }), [port, rows, channels, locked, salespeople]);
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const queue = useRef<BatchSaveQueue<Edit> | null>(null);
  queue.current ??= new BatchSaveQueue<Edit>(
    (edits) => {
      const changes = edits.flatMap((e) => (e.kind === "target" ? [e.row] : []));
      const list = edits.flatMap((e) => (e.kind === "channels" ? [e.channels] : []))[0];
      const people = edits.flatMap((e) => (e.kind === "salespeople" ? [e.salespeople] : []))[0];
      return people ? port.writeTargetRows(changes, list, people) : port.writeTargetRows(changes, list);
    },
    { keyOf: (e) => (e.kind === "target" ? targetKey(e.row) : e.kind), onStatus: setStatus },
  );

  useEffect(() => {
    const q = queue.current;
    let stop: (() => void) | null = null;
    let live = true;
    const reload = () =>
      port.readTargets().then(
        (read) => {
          if (!live) return;
          const pending = q?.unsaved() ?? [];
          setRows(upsertTargets(read.rows, pending.flatMap((e) => (e.kind === "target" ? [e.row] : []))));
          setChannels(pending.flatMap((e) => (e.kind === "channels" ? [e.channels] : []))[0] ?? read.channels);
          setSalespeople(pending.flatMap((e) => (e.kind === "salespeople" ? [e.salespeople] : []))[0] ?? read.salespeople ?? []);
          setLocked(read.locked);
        },
        // A failed re-read leaves what is on screen; the next change tries again.
        () => undefined,
      );
    void port.onTablesChanged([TARGETS_TABLE, CHANNELS_TABLE_NAME, SALESPEOPLE_TABLE_NAME], () => void reload()).then((remove) => {
      if (live) stop = remove;
      else remove();
    });
    return () => {
      live = false;
      stop?.();
      void q?.flush();
    };
  }, [port]);

  const edit = useCallback((changes: readonly TargetRow[], next?: readonly Channel[], people?: readonly Salesperson[]) => {
    setRows((r) => upsertTargets(r, changes));
    if (people) {
      setSalespeople(people);
      queue.current?.push({ kind: "salespeople", salespeople: people });
    }
    if (next) {
      setChannels(next);
      queue.current?.push({ kind: "channels", channels: next });
    }
    for (const row of changes) queue.current?.push({ kind: "target", row });
  }, []);

  const setLock = useCallback(
    async (next: boolean, password: string) => {
      // Pending edits go in before the sheet is locked.
      await queue.current?.flush();
      await port.setTargetsLocked(next, password);
      setLocked(next);
    },
    [port],
  );

  return { rows, channels, salespeople, locked, status, edit, setLock };
}
