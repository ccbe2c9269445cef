/* A save must survive the GSM typing in a cell or Excel being busy: retried, never dropped. */
import { runExcel } from "../../src/excel/excelRetry";

function excelFailing(codes: string[]) {
  const calls: unknown[] = [];
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: (options: unknown, batch: (context: unknown) => Promise<unknown>) => {
      calls.push(options);
      const code = codes.shift();
      if (code) return Promise.reject(Object.assign(new Error(code), { code }));
      return batch({});
    },
  };
  return calls;
}

const noWait = { wait: () => Promise.resolve() };

it.each([
  ["cell-edit mode", ["InvalidOperationInCellEditMode"], 2],
  ["busy twice", ["ActivityLimitReached", "ActivityLimitReached"], 3],
  ["no trouble", [], 1],
])("retries through %s", async (_, codes, expectedCalls) => {
  const calls = excelFailing([...codes]);
  await expect(runExcel(() => Promise.resolve("done"), noWait)).resolves.toBe("done");
  expect(calls).toHaveLength(expectedCalls);
  // Waits for the user to leave cell-edit mode rather than failing at once.
  expect(calls[0]).toEqual({ delayForCellEdit: true });
});

it("gives up after the last attempt with Excel's own error", async () => {
  excelFailing(["InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode", "InvalidOperationInCellEditMode"]);
  await expect(runExcel(() => Promise.resolve(1), { ...noWait, attempts: 3 })).rejects.toMatchObject({
    code: "InvalidOperationInCellEditMode",
  });
});

it("does not retry an error that retrying can't fix", async () => {
  const calls = excelFailing(["ItemNotFound"]);
  await expect(runExcel(() => Promise.resolve(1), noWait)).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(calls).toHaveLength(1);
});
