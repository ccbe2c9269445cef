/* The demo store: a deal log shaped like a real dealer's, and the truth behind it, coherent with each other. */
import fc from "fast-check";
import { addMonths, dateToSerial, dayOfWeek, isoDate, monthEnd, serialToDate } from "../../src/core/calendar";
import { DAY_NOISE_SHAPE, generateDealership } from "../../src/demo/generateDealership";
import { seasonality } from "../../src/demo/demandRhythm";
import { DEFAULT_DEMO_PROFILE, DEMO_PROFILES } from "../../src/demo/profiles";
import type { DemoDealership, DemoProfile } from "../../src/demo/types";
import { completeMonths, dealsByDay, lastDaysShareRatio, monthTotal, openDays } from "./logStats";

// Monday 10 March 2025: a mid-month "today".
const MARCH_10_2025 = dateToSerial(2025, 3, 10);
const profile = (id: string): DemoProfile => {
  const found = DEMO_PROFILES.find((p) => p.id === id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
};
const byId = new Map<string, DemoDealership>();
/** Each profile's 26-month store as of March 10, 2025, generated once for the file. */
function store(id: string): DemoDealership {
  let d = byId.get(id);
  if (!d) byId.set(id, (d = generateDealership({ profile: profile(id), endDate: MARCH_10_2025 })));
  return d;
}

describe("the span", () => {
  it("starts on the 1st, 26 months before endDate's month, and runs the truth to that month's end", () => {
    const d = generateDealership({ endDate: MARCH_10_2025 });
    expect(isoDate(d.startDate)).toBe("2023-01-01");
    expect(d.endDate).toBe(MARCH_10_2025);
    const days = [...d.expectedByDay.keys()];
    // 2023-01-01 … 2025-03-31: 365 + 366 + 31 + 28 + 31 days.
    expect(days).toHaveLength(821);
    expect(days[0]).toBe(d.startDate);
    expect(days[days.length - 1]).toBe(dateToSerial(2025, 3, 31));
    expect(days.every((day, i) => i === 0 || day === days[i - 1]! + 1)).toBe(true);
    expect(d.months).toHaveLength(27);
  });

  it("lists the closed holidays of the span, sorted", () => {
    const d = generateDealership({ endDate: MARCH_10_2025 });
    // New Year's Day, Thanksgiving (Nov 23 2023, Nov 28 2024), Christmas for 2023–2024, New Year's Day 2025.
    expect(d.holidays.map(isoDate)).toEqual([
      "2023-01-01",
      "2023-11-23",
      "2023-12-25",
      "2024-01-01",
      "2024-11-28",
      "2024-12-25",
      "2025-01-01",
    ]);
    expect([...d.calendar.holidays].sort((a, b) => a - b)).toEqual(d.holidays);
  });

  it("honours the months option", () => {
    const d = generateDealership({ endDate: MARCH_10_2025, months: 3 });
    expect(isoDate(d.startDate)).toBe("2024-12-01");
    expect(d.months).toHaveLength(4);
  });
});

describe("determinism", () => {
  it("gives the same store for the same options", () => {
    expect(generateDealership({ endDate: MARCH_10_2025 })).toEqual(generateDealership({ endDate: MARCH_10_2025 }));
  });

  it("gives a different store for a different seed", () => {
    const a = generateDealership({ endDate: MARCH_10_2025 });
    const b = generateDealership({
      endDate: MARCH_10_2025,
      profile: { ...DEFAULT_DEMO_PROFILE, seed: DEFAULT_DEMO_PROFILE.seed + 1 },
    });
    expect(b.deals).not.toEqual(a.deals);
    expect(b.salespeople).not.toEqual(a.salespeople);
  });

  it("agrees with itself day to day: a later endDate in the same month only adds deals", () => {
    const tenth = generateDealership({ endDate: MARCH_10_2025 });
    const twentieth = generateDealership({ endDate: dateToSerial(2025, 3, 20) });
    expect(twentieth.deals.slice(0, tenth.deals.length)).toEqual(tenth.deals);
    expect(twentieth.deals.length).toBeGreaterThan(tenth.deals.length);
    expect(twentieth.expectedByDay).toEqual(tenth.expectedByDay);
  });
});

describe("invariants of any store", () => {
  it("holds for every profile, end date and span", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEMO_PROFILES),
        fc.integer({ min: dateToSerial(2019, 1, 1), max: dateToSerial(2030, 12, 31) }),
        fc.integer({ min: 0, max: 14 }),
        (p, endDate, months) => {
          const d = generateDealership({ profile: p, endDate, months });
          // Problems are collected and checked once: an expect per deal would make the run slow.
          const problems: string[] = [];
          const stock = new Set<string>();
          const onStaff = new Map(d.roster.map((r) => [r.name, r]));
          let previous = d.startDate;
          for (const deal of d.deals) {
            const at = `${isoDate(deal.soldDate)} ${deal.stockNumber}`;
            if (deal.soldDate < previous || deal.soldDate > endDate)
              problems.push(`${at}: out of order or past endDate`);
            previous = deal.soldDate;
            if (dayOfWeek(deal.soldDate) === 0 || d.calendar.holidays.has(deal.soldDate))
              problems.push(`${at}: sold on a closed day`);
            if (
              !(deal.newUsed === "New" ? /^N\d{5}$/ : /^U\d{5}$/).test(deal.stockNumber) ||
              stock.has(deal.stockNumber)
            )
              problems.push(`${at}: bad or repeated stock number`);
            stock.add(deal.stockNumber);
            if (!d.channels.includes(deal.channel)) problems.push(`${at}: unknown channel ${deal.channel}`);
            const person = onStaff.get(deal.salesperson);
            if (!person || deal.soldDate < (person.hired ?? -Infinity) || deal.soldDate > (person.left ?? Infinity))
              problems.push(`${at}: ${deal.salesperson} not on staff`);
            if (!Number.isInteger(deal.frontGross) || !Number.isInteger(deal.backGross) || deal.backGross < 0)
              problems.push(`${at}: gross not whole dollars`);
          }
          for (const [day, expected] of d.expectedByDay) {
            const closed = dayOfWeek(day) === 0 || d.calendar.holidays.has(day);
            if (closed ? expected !== 0 : !(expected > 0))
              problems.push(`${isoDate(day)}: expected ${String(expected)}`);
          }
          expect(problems).toEqual([]);
          expect(d.expectedByDay.size).toBe(monthEnd(endDate) - d.startDate + 1);
        }
      ),
      { numRuns: 25 }
    );
  });
});

describe("the rhythm a GSM knows", () => {
  it("sells nothing on Sundays and closed holidays, and expects nothing there", () => {
    const d = store("megastore-moderate-push");
    const byDay = dealsByDay(d);
    const closed = [...d.expectedByDay.keys()].filter((day) => dayOfWeek(day) === 0 || d.calendar.holidays.has(day));
    // 821 days from Sunday 2023-01-01: 117 weeks and 2 days, so 118 Sundays; plus the 6 holidays not on a Sunday.
    expect(closed).toHaveLength(118 + 6);
    for (const day of closed) {
      expect(byDay.get(day) ?? 0).toBe(0);
      expect(d.expectedByDay.get(day)).toBe(0);
    }
  });

  it("sells more on an average Saturday than on an average Tuesday, and Friday in between", () => {
    for (const p of DEMO_PROFILES) {
      const d = store(p.id);
      const byDay = dealsByDay(d);
      const meanOn = (weekday: number): number => {
        const days = [...d.expectedByDay.keys()].filter(
          (day) => day <= d.endDate && dayOfWeek(day) === weekday && !d.calendar.holidays.has(day)
        );
        return days.reduce((s, day) => s + (byDay.get(day) ?? 0), 0) / days.length;
      };
      expect(meanOn(6)).toBeGreaterThan(meanOn(5));
      expect(meanOn(5)).toBeGreaterThan(meanOn(2));
    }
  });

  it("about doubles the days of Memorial Day and Labor Day weekends", () => {
    const d = store("megastore-moderate-push");
    // Memorial Day 2024: Mon May 27; Saturday 25 is its weekend (May's push days are 27–31), Saturday 18 an ordinary one.
    const ratio = (eventDay: number, usualDay: number): number =>
      d.expectedByDay.get(eventDay)! / d.expectedByDay.get(usualDay)!;
    expect(ratio(dateToSerial(2024, 5, 25), dateToSerial(2024, 5, 18))).toBeGreaterThan(1.6);
    // Labor Day 2024: Mon Sep 2 is September's first selling day (lull 0.85 × the weekend's 2) against the ordinary Monday after.
    expect(ratio(dateToSerial(2024, 9, 2), dateToSerial(2024, 9, 9))).toBeGreaterThan(1.6);
  });

  it("pushes at month end: the last five selling days carry far more than their share for a strong-push store, about their share for a weak one", () => {
    // Five years of history each; May (Memorial Day) and December (year-end clearance) are left out so only the push shows.
    const ratio = (id: string): number =>
      lastDaysShareRatio(generateDealership({ profile: profile(id), endDate: MARCH_10_2025, months: 60 }), 5, [5, 12]);
    expect(ratio("large-strong-push")).toBeGreaterThan(1.5);
    expect(ratio("small-steady")).toBeGreaterThan(0.95);
    expect(ratio("small-steady")).toBeLessThan(1.2);
  });

  it("varies the push month to month around the profile's strength", () => {
    for (const p of DEMO_PROFILES) {
      const pushes = store(p.id).months.map((m) => m.push / p.pushStrength);
      const mean = pushes.reduce((a, b) => a + b, 0) / pushes.length;
      const sd = Math.sqrt(pushes.reduce((a, b) => a + (b - mean) ** 2, 0) / (pushes.length - 1));
      expect(sd / mean).toBeGreaterThan(0.25);
      expect(Math.min(...pushes)).toBeLessThan(0.7 * Math.max(...pushes));
    }
  });
});

describe("the truth is coherent", () => {
  it("realised monthly totals track the sum of expectedByDay within Poisson-plus-day-noise error", () => {
    const zs: number[] = [];
    for (const p of DEMO_PROFILES) {
      const d = store(p.id);
      const byDay = dealsByDay(d);
      for (const month of completeMonths(d)) {
        let variance = 0;
        // A day's count is Poisson of its expectation times gamma noise: variance λ + λ² / shape.
        for (const day of openDays(d, month)) {
          const lambda = d.expectedByDay.get(day)!;
          variance += lambda + (lambda * lambda) / DAY_NOISE_SHAPE;
        }
        zs.push((monthTotal(byDay, month) - month.expectedTotal) / Math.sqrt(variance));
      }
    }
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const meanSquare = zs.reduce((a, b) => a + b * b, 0) / zs.length;
    expect(zs.length).toBe(8 * 26);
    expect(Math.abs(mean)).toBeLessThan(0.3);
    expect(meanSquare).toBeGreaterThan(0.6);
    expect(meanSquare).toBeLessThan(1.5);
    expect(Math.max(...zs.map(Math.abs))).toBeLessThan(4.5);
  });

  it("each month's truth sums its days, with push days its last selling days", () => {
    const d = store("pacecar-motors");
    for (const month of d.months) {
      const days = openDays(d, month);
      const sum = days.reduce((s, day) => s + d.expectedByDay.get(day)!, 0);
      expect(month.expectedTotal).toBeCloseTo(sum, 9);
      expect(month.pushDays).toEqual(days.slice(-5));
    }
  });

  it("keeps the month's mean volume at unitsPerMonth × seasonality: the rhythm moves deals, it does not double them", () => {
    const ratios: number[] = [];
    for (const p of DEMO_PROFILES) {
      for (const m of store(p.id).months) {
        // Dividing out the month's own shock and push leaves the rhythm's normalisation.
        ratios.push(m.expectedTotal / (p.unitsPerMonth * seasonality(m.monthStart)));
        expect(m.seasonality).toBe(seasonality(m.monthStart));
      }
    }
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.95);
    expect(mean).toBeLessThan(1.05);
    // No month runs away: the shock and an unusually hard push move it by tens of percent at most.
    expect(Math.max(...ratios)).toBeLessThan(1.6);
    expect(Math.min(...ratios)).toBeGreaterThan(0.6);
  });

  it("gives January and February fewer deals than March and December", () => {
    const d = store("megastore-moderate-push");
    const byDay = dealsByDay(d);
    const perMonth = (calendarMonth: number): number => {
      const months = completeMonths(d).filter((m) => serialToDate(m.monthStart).month === calendarMonth);
      return months.reduce((s, m) => s + monthTotal(byDay, m), 0) / months.length;
    };
    expect(perMonth(1)).toBeLessThan(perMonth(3));
    expect(perMonth(2)).toBeLessThan(perMonth(12));
  });
});

describe("the deals", () => {
  const d = store("pacecar-motors");
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

  it("sells about 55% new, with used front gross above new and some deals under water", () => {
    const fresh = d.deals.filter((x) => x.newUsed === "New");
    const used = d.deals.filter((x) => x.newUsed === "Used");
    expect(fresh.length / d.deals.length).toBeGreaterThan(0.5);
    expect(fresh.length / d.deals.length).toBeLessThan(0.6);
    expect(mean(fresh.map((x) => x.frontGross))).toBeGreaterThan(1000);
    expect(mean(fresh.map((x) => x.frontGross))).toBeLessThan(1400);
    expect(mean(used.map((x) => x.frontGross))).toBeGreaterThan(1800);
    expect(mean(used.map((x) => x.frontGross))).toBeLessThan(2200);
    const negative = d.deals.filter((x) => x.frontGross < 0).length / d.deals.length;
    expect(negative).toBeGreaterThan(0.05);
    expect(negative).toBeLessThan(0.3);
  });

  it("earns about $1,800 F&I per deal with many deals at $0", () => {
    expect(mean(d.deals.map((x) => x.backGross))).toBeGreaterThan(1600);
    expect(mean(d.deals.map((x) => x.backGross))).toBeLessThan(2000);
    const zero = d.deals.filter((x) => x.backGross === 0).length / d.deals.length;
    expect(zero).toBeGreaterThan(0.2);
    expect(zero).toBeLessThan(0.35);
  });

  it("uses all six lead sources, internet the largest", () => {
    const counts = new Map<string, number>();
    for (const x of d.deals) counts.set(x.channel, (counts.get(x.channel) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(["Internet", "Phone", "Referral", "Repeat", "Service Drive", "Walk-in"]);
    expect(Math.max(...counts.values())).toBe(counts.get("Internet"));
    expect(d.channelMix.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
  });

  it("has its best salesperson sell about three times its weakest", () => {
    for (const p of DEMO_PROFILES) {
      const dealer = store(p.id);
      const veterans = dealer.roster.filter((r) => r.hired === null);
      expect(veterans).toHaveLength(p.salespeopleCount);
      const skills = veterans.map((r) => r.skill);
      expect(Math.max(...skills) / Math.min(...skills)).toBeGreaterThan(2);
      expect(Math.max(...skills) / Math.min(...skills)).toBeLessThan(4.5);
      expect(new Set(dealer.salespeople).size).toBe(dealer.salespeople.length);
    }
    const counts = new Map<string, number>();
    for (const x of d.deals) counts.set(x.salesperson, (counts.get(x.salesperson) ?? 0) + 1);
    const full = d.roster.filter((r) => r.hired === null && r.left === null).map((r) => counts.get(r.name) ?? 0);
    expect(Math.max(...full) / Math.min(...full)).toBeGreaterThan(1.8);
  });

  it("replaces a salesperson during the span on a nine-person floor", () => {
    const left = d.roster.filter((r) => r.left !== null);
    const hired = d.roster.filter((r) => r.hired !== null);
    expect(left).toHaveLength(1);
    expect(hired).toHaveLength(1);
    expect(hired[0]!.hired!).toBeGreaterThan(left[0]!.left!);
    expect(d.roster).toHaveLength(10);
  });
});

describe("misuse", () => {
  it.each([
    ["a non-finite endDate", { endDate: Number.NaN }],
    ["a fractional months", { endDate: MARCH_10_2025, months: 2.5 }],
    ["negative months", { endDate: MARCH_10_2025, months: -1 }],
    ["a profile with no units", { endDate: MARCH_10_2025, profile: { ...DEFAULT_DEMO_PROFILE, unitsPerMonth: 0 } }],
    [
      "a profile with a negative push",
      { endDate: MARCH_10_2025, profile: { ...DEFAULT_DEMO_PROFILE, pushStrength: -0.1 } },
    ],
  ])("throws a RangeError for %s", (_, options) => {
    expect(() => generateDealership(options)).toThrow(RangeError);
  });

  it("starts the default span on the 1st of a month", () => {
    const d = generateDealership({ endDate: dateToSerial(2024, 7, 31) });
    expect(d.startDate).toBe(addMonths(dateToSerial(2024, 7, 31), -26));
    expect(serialToDate(d.startDate).day).toBe(1);
  });
});
