/*
 * Reading tables by name through Office.js (office-addin-mock): a name no table has falls back to
 * the workbook's named ranges, in the same two syncs however many names are read.
 */
import { OfficeMockObject } from "office-addin-mock";
import { readOfficeTables } from "../../src/excel/officeTables";

const TRUCK_TIERS = [
  ["Threshold", "Per truck"],
  [0.8, 200],
  [1, 400],
];
const VOLUME = [
  ["Units", "Per unit", "Lump sum"],
  [55, 50, 2500],
];

/** A workbook with one table (TruckTiers), a named range (VolumeTiers) and a name that is a constant (Rate). */
function mockContext() {
  const data = {
    workbook: {
      tables: {
        trucktiers: {
          isNullObject: false,
          name: "TruckTiers",
          range: { values: TRUCK_TIERS },
          getRange() {
            return (this as { range: unknown }).range;
          },
        },
        missing: { isNullObject: true, name: "" },
        getItemOrNullObject(this: Record<string, unknown>, name: string) {
          return this[name.toLowerCase()] ?? this.missing;
        },
      },
      names: {
        volumetiers: {
          isNullObject: false,
          name: "VolumeTiers",
          range: { isNullObject: false, values: VOLUME },
          getRangeOrNullObject() {
            return (this as { range: unknown }).range;
          },
        },
        rate: {
          isNullObject: false,
          name: "Rate",
          range: { isNullObject: true, values: [] },
          getRangeOrNullObject() {
            return (this as { range: unknown }).range;
          },
        },
        missing: { isNullObject: true, name: "" },
        getItemOrNullObject(this: Record<string, unknown>, name: string) {
          return this[name.toLowerCase()] ?? this.missing;
        },
      },
    },
  };
  const context = new OfficeMockObject(data) as unknown as Excel.RequestContext & { sync: () => Promise<void> };
  const syncs = jest.spyOn(context, "sync");
  return { context, syncs };
}

it("reads a table, a named range and nothing for unknown names or a constant, in two syncs", async () => {
  const { context, syncs } = mockContext();
  const read = await readOfficeTables(context, ["TruckTiers", "VolumeTiers", "Rate", "Nope"]);
  expect(read).toEqual({
    TruckTiers: { source: "TruckTiers", rows: TRUCK_TIERS },
    VolumeTiers: { source: "VolumeTiers", rows: VOLUME },
    Rate: null,
    Nope: null,
  });
  expect(syncs).toHaveBeenCalledTimes(2);
});

it("two syncs for one name or many", async () => {
  const { context, syncs } = mockContext();
  await readOfficeTables(context, ["VolumeTiers"]);
  expect(syncs).toHaveBeenCalledTimes(2);
});
