import { demoWorkbook } from "../demo/demoWorkbook";
import { MemoryWorkbook, type MemoryWorkbookState } from "../excel/memoryWorkbook";

/** Where the preview keeps what the GSM typed, per demo date, so a reload shows it again. */
export function previewStorageKey(asOf: number): string {
  return `pacecar.preview.${String(asOf)}`;
}

/** The preview's workbook: the demo dealership in memory, through the same port Excel uses. */
export function demoPort(
  asOf: number,
  storage: Pick<Storage, "getItem" | "setItem"> | null = null
): { port: MemoryWorkbook; storeName: string } {
  const demo = demoWorkbook(asOf);
  const port = new MemoryWorkbook(
    { source: "Deals", rows: demo.dealRows },
    demo.targetRows,
    demo.holidays,
    demo.tables.map((t) => ({ source: t.name, rows: t.rows })),
    demo.channels
  );
  if (storage) {
    const key = previewStorageKey(asOf);
    const kept = keptState(storage.getItem(key));
    if (kept) port.restore(kept);
    // Every change the pane makes is kept: the workbook lives in memory, the browser's storage outlasts a reload.
    port.onStateChanged(() => void port.state().then((state) => storage.setItem(key, JSON.stringify(state))));
  }
  return { port, storeName: demo.storeName };
}

/** What the browser kept, or null when it is missing or not a state this version wrote (then the demo starts fresh). */
function keptState(text: string | null): MemoryWorkbookState | null {
  if (!text) return null;
  try {
    const state = JSON.parse(text) as Partial<MemoryWorkbookState> | null;
    return state && typeof state === "object" && typeof state.locked === "boolean" && typeof state.password === "string"
      ? (state as MemoryWorkbookState)
      : null;
  } catch {
    // Unreadable: the demo starts from its own targets.
    return null;
  }
}
