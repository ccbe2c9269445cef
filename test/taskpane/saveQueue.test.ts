/* Saving a typed target: the last value wins, saves never overlap, a failed save is retried and never lost. */
import { SaveQueue } from "../../src/taskpane/saveQueue";
import type { SaveStatus } from "../../src/taskpane/components/TargetField";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function queueWith(save: (v: number) => Promise<void>) {
  const statuses: SaveStatus["state"][] = [];
  const q = new SaveQueue(save, { delayMs: 400, retryMs: 3000, onStatus: (s) => statuses.push(s.state) });
  return { q, statuses };
}

it("saves only the last of quick keystrokes, once, after the quiet time", async () => {
  const saved: number[] = [];
  const { q, statuses } = queueWith((v) => (saved.push(v), Promise.resolve()));
  q.push(1);
  q.push(13);
  q.push(130);
  await jest.advanceTimersByTimeAsync(399);
  expect(saved).toEqual([]);
  await jest.advanceTimersByTimeAsync(1);
  expect(saved).toEqual([130]);
  expect(statuses).toEqual(["saving", "saved"]);
});

it("retries a failed save until it goes through, keeping the value", async () => {
  const saved: number[] = [];
  let failures = 2;
  const { q, statuses } = queueWith((v) =>
    failures-- > 0 ? Promise.reject(new Error("Excel is busy")) : (saved.push(v), Promise.resolve())
  );
  q.push(140);
  await jest.advanceTimersByTimeAsync(400);
  await jest.advanceTimersByTimeAsync(3000);
  await jest.advanceTimersByTimeAsync(3000);
  expect(saved).toEqual([140]);
  expect(statuses).toEqual(["saving", "error", "saving", "error", "saving", "saved"]);
});

it("a newer value typed during a failing save replaces the old one", async () => {
  const saved: number[] = [];
  let fail = true;
  const holder: { q?: SaveQueue<number> } = {};
  const { q } = queueWith((v) => {
    if (fail) {
      fail = false;
      holder.q?.push(150); // the GSM kept typing while Excel was busy
      return Promise.reject(new Error("busy"));
    }
    saved.push(v);
    return Promise.resolve();
  });
  holder.q = q;
  q.push(140);
  await jest.advanceTimersByTimeAsync(400 + 400);
  expect(saved).toEqual([150]);
});

it("flushes at once when the pane closes", async () => {
  const saved: number[] = [];
  const { q } = queueWith((v) => (saved.push(v), Promise.resolve()));
  q.push(120);
  await q.flush();
  expect(saved).toEqual([120]);
});
