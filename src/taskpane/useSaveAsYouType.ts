import { useEffect, useRef, useState } from "react";
import type { SaveStatus } from "./components/TargetField";
import { SaveQueue } from "./saveQueue";

/**
 * A SaveQueue for a component's lifetime, with its status as state; closing the pane flushes it.
 * `save` is taken from the first render: the pane's port and month don't change while it is open.
 */
export function useSaveAsYouType<T>(save: (value: T) => Promise<void>): {
  status: SaveStatus;
  push: (value: T) => void;
} {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const queue = useRef<SaveQueue<T> | null>(null);
  queue.current ??= new SaveQueue(save, { onStatus: setStatus });
  useEffect(() => {
    const q = queue.current;
    return () => void q?.flush();
  }, []);
  return { status, push: (value: T) => queue.current?.push(value) };
}
