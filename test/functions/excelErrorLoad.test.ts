/*
 * In Excel, office.js defines CustomFunctions.associate first and CustomFunctions.Error/ErrorCode only once
 * the host script arrives, after functions.js may have run. The module must load without them, or the
 * associate calls after it never run and no function registers.
 */
import { sheetError } from "../../src/core/errors";

type Global = { CustomFunctions?: unknown };
type ExcelErrorModule = typeof import("../../src/functions/excelError");

/** The module as a page loads it: evaluated afresh against whatever CustomFunctions is now. */
function loadFresh(): ExcelErrorModule {
  let mod: ExcelErrorModule | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<ExcelErrorModule>("../../src/functions/excelError");
  });
  if (!mod) throw new Error("module did not load");
  return mod;
}

describe("excelError loads before Excel's host script", () => {
  const saved = (globalThis as Global).CustomFunctions;
  afterEach(() => {
    (globalThis as Global).CustomFunctions = saved;
  });

  it("imports with only CustomFunctions.associate defined, and maps errors once the host script is there", () => {
    (globalThis as Global).CustomFunctions = { associate: () => undefined };
    const mod = loadFresh();
    (globalThis as Global).CustomFunctions = saved; // the host script has arrived
    // message from the catalogue: negative = "{0} can't be negative"
    const mapped = mod.toExcelError(sheetError("num", "negative", "target")) as unknown as {
      code: string;
      message: string;
    };
    expect(mapped.code).toBe("#NUM!");
    expect(mapped.message).toBe("target can't be negative");
  });

  it.each([
    ["value", "#VALUE!"],
    ["num", "#NUM!"],
    ["na", "#N/A"],
    ["div0", "#DIV/0!"],
  ] as const)("kind %s → %s", (kind, code) => {
    const { toExcelError } = loadFresh();
    expect((toExcelError(sheetError(kind, "negative", "x")) as unknown as { code: string }).code).toBe(code);
  });
});
