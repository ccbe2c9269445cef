/* Saving as you type: one save per burst, the last value per box, failures retried with a growing wait, nothing lost. */
import { BatchSaveQueue } from "../../../src/taskpane/team/batchSaveQueue";
import type { SaveStatus } from "../../../src/taskpane/components/TargetField";

interface Box {
  key: string;
  value: number;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function queue(save: (values: readonly Box[]) => Promise<void>) {
  const statuses: SaveStatus["state"][] = [];
  const q = new BatchSaveQueue<Box>(save, {
    keyOf: (b) => b.key,
    delayMs: 500,
    retryMs: 1000,
    maxRetryMs: 4000,
    onStatus: (s) => statuses.push(s.state),
  });
  return { q, statuses };
}

it("saves a burst once, after the quiet time, with the last value of each box", async () => {
  const saves: Box[][] = [];
  const { q, statuses } = queue((v) => Promise.resolve(void saves.push([...v])));
  q.push({ key: "a", value: 1 });
  await jest.advanceTimersByTimeAsync(300);
  q.push({ key: "a", value: 12 });
  q.push({ key: "b", value: 7 });
  await jest.advanceTimersByTimeAsync(499);
  expect(saves).toEqual([]);
  await jest.advanceTimersByTimeAsync(1);
  expect(saves).toEqual([
    [
      { key: "a", value: 12 },
      { key: "b", value: 7 },
    ],
  ]);
  expect(statuses).toEqual(["saving", "saved"]);
});

it("retries a failed batch after 1 s, 2 s, 4 s, 4 s…, merged under newer values, until it goes through", async () => {
  const tries: { at: number; values: Box[] }[] = [];
  let failures = 4;
  const start = Date.now();
  const { q, statuses } = queue((v) => {
    tries.push({ at: Date.now() - start, values: [...v] });
    return failures-- > 0
      ? Promise.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }))
      : Promise.resolve();
  });
  q.push({ key: "a", value: 1 });
  q.push({ key: "b", value: 2 });
  await jest.advanceTimersByTimeAsync(500); // first try fails at 500
  q.push({ key: "a", value: 5 }); // typed while failing: restarts the quiet time
  await jest.advanceTimersByTimeAsync(20_000);
  // Tries at 500, then 1000 (the new keystroke's quiet time), then waits of 2 s, 4 s, capped 4 s.
  expect(tries.map((t) => t.at)).toEqual([500, 1000, 3000, 7000, 11000]);
  expect(tries.at(-1)?.values).toEqual([
    { key: "a", value: 5 },
    { key: "b", value: 2 },
  ]);
  expect(statuses.at(-1)).toBe("saved");
  expect(q.unsaved()).toEqual([]);
});

it("flushes what is pending at once (the pane closing)", async () => {
  const saves: Box[][] = [];
  const { q } = queue((v) => Promise.resolve(void saves.push([...v])));
  q.push({ key: "a", value: 3 });
  expect(q.unsaved()).toEqual([{ key: "a", value: 3 }]);
  await q.flush();
  expect(saves).toEqual([[{ key: "a", value: 3 }]]);
});

it("saves nothing more once disposed (the pane going away), pending values left unsaved", async () => {
  const saves: Box[][] = [];
  const { q } = queue((v) => Promise.resolve(void saves.push([...v])));
  q.push({ key: "a", value: 3 });
  q.dispose();
  await jest.advanceTimersByTimeAsync(5000);
  await q.flush();
  expect(saves).toEqual([]);
  expect(q.unsaved()).toEqual([{ key: "a", value: 3 }]);
});
