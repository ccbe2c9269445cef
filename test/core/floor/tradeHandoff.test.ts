import { dateToSerial } from "../../../src/core/calendar";
import { tradeHandoffs } from "../../../src/core/floor";

const day = (m: number, d: number) => dateToSerial(2025, m, d);

describe("trades waiting for the used department, as of Saturday 12/6/2025", () => {
  const trades = [
    { id: "U1", dealDate: day(11, 28) + 0.6 },
    { id: "U2", dealDate: day(12, 1) },
    { id: "U3", dealDate: day(12, 1) },
    { id: "U4", dealDate: day(12, 6) + 0.4 },
    { id: "U5", dealDate: day(12, 3) },
    { id: "u6 ", dealDate: day(12, 2) },
    { id: "U7", dealDate: day(12, 7) },
    { id: "U8", dealDate: day(11, 30) },
    { id: "U1", dealDate: day(11, 29) },
  ];
  const stockIns = [
    { id: "U2", date: day(12, 2) },
    { id: "U3", date: day(12, 5) },
    { id: "U5", date: day(12, 1) },
    { id: "U6", date: day(12, 4) },
    { id: "U8", date: day(12, 8) },
  ];

  it("lists trades not stocked in and those stocked in late, longest idle first", () => {
    expect(tradeHandoffs(trades, stockIns, day(12, 6) + 0.7).map((t) => [t.id, t.daysIdle, t.status])).toEqual([
      ["U1", 8, "notStocked"], // deal 11/28 (its first listing), not stocked: 12/6 − 11/28 = 8 days
      ["U8", 6, "notStocked"], // the 12/8 stock-in hasn't happened by 12/6: 12/6 − 11/30 = 6
      ["U3", 4, "late"], // 12/1 → 12/5 is 4 days, past the 2 allowed
      ["U5", 0, "beforeDeal"], // stocked 12/1 for a 12/3 deal: check the dates
      ["U4", 0, "notStocked"], // taken today
    ]);
    // U2 (1 day) and u6 (2 days, matched without case or spaces) were stocked on time; U7's deal is tomorrow.
  });

  it("is empty when every trade is stocked on time", () => {
    expect(tradeHandoffs([{ id: "U2", dealDate: day(12, 1) }], stockIns, day(12, 6))).toEqual([]);
  });
});
