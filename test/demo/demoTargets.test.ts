/* The budget a GSM would set for the demo store: a stretch on the seasonal expectation, split so it adds up. */
import fc from "fast-check";
import { dateToSerial } from "../../src/core/calendar";
import { demoTargets } from "../../src/demo/demoTargets";
import { generateDealership } from "../../src/demo/generateDealership";
import { DEMO_PROFILES } from "../../src/demo/profiles";

const MARCH_10_2025 = dateToSerial(2025, 3, 10);
const pacecar = generateDealership({ endDate: MARCH_10_2025 });

// Worked by hand: round(120 units × the month's seasonality × 1.05).
it.each([
  ["March 2025 (asked mid-month)", dateToSerial(2025, 3, 10), 139], // 120 × 1.10 × 1.05 = 138.6
  ["January 2025", dateToSerial(2025, 1, 1), 101], // 120 × 0.80 × 1.05 = 100.8
  ["February 2025", dateToSerial(2025, 2, 28), 107], // 120 × 0.85 × 1.05 = 107.1
  ["December 2024", dateToSerial(2024, 12, 15), 145], // 120 × 1.15 × 1.05 = 144.9
])("sets Pacecar Motors' store target for %s", (_, month, store) => {
  expect(demoTargets(pacecar, month).store).toBe(store);
});

it("splits every month's target so salespeople and channels each add up to the store", () => {
  fc.assert(
    fc.property(fc.constantFrom(...DEMO_PROFILES), fc.integer({ min: 0, max: 26 }), (profile, back) => {
      const dealership = generateDealership({ profile, endDate: MARCH_10_2025, months: 26 });
      const t = demoTargets(dealership, dateToSerial(2025, 3 - back, 1));
      expect(t.salespeople.reduce((s, p) => s + p.target, 0)).toBe(t.store);
      expect(t.channels.reduce((s, c) => s + c.target, 0)).toBe(t.store);
      expect(t.channels.map((c) => c.name)).toEqual(dealership.channels);
    }),
    { numRuns: 20 }
  );
});

it("gives the best salesperson a bigger target than the weakest, and none to someone gone", () => {
  const leaver = pacecar.roster.find((r) => r.left !== null)!;
  const veterans = pacecar.roster.filter((r) => r.hired === null && r.left === null);
  const best = veterans.reduce((a, b) => (b.skill > a.skill ? b : a));
  const weakest = veterans.reduce((a, b) => (b.skill < a.skill ? b : a));
  const march = demoTargets(pacecar, MARCH_10_2025);
  const targetOf = (name: string) => march.salespeople.find((p) => p.name === name)?.target;
  expect(targetOf(best.name)!).toBeGreaterThan(2 * targetOf(weakest.name)!);
  expect(targetOf(leaver.name)).toBeUndefined();
  // Before the leaver left they had a target and the new hire had none.
  const hire = pacecar.roster.find((r) => r.hired !== null)!;
  const before = demoTargets(pacecar, leaver.left! - 40);
  expect(before.salespeople.map((p) => p.name)).toContain(leaver.name);
  expect(before.salespeople.map((p) => p.name)).not.toContain(hire.name);
});

it("follows the channel mix: internet carries the most", () => {
  const march = demoTargets(pacecar, MARCH_10_2025);
  const internet = march.channels.find((c) => c.name === "Internet")!.target;
  expect(Math.max(...march.channels.map((c) => c.target))).toBe(internet);
});
