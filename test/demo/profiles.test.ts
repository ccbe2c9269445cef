/* The stores the demo and the forecast benchmark can generate. */
import { DEFAULT_DEMO_PROFILE, DEMO_PROFILES } from "../../src/demo/profiles";

it("spans small to large stores and weak to strong month-end pushes", () => {
  expect(DEMO_PROFILES.length).toBeGreaterThanOrEqual(6);
  const units = DEMO_PROFILES.map((p) => p.unitsPerMonth);
  const pushes = DEMO_PROFILES.map((p) => p.pushStrength);
  expect(Math.min(...units)).toBe(60);
  expect(Math.max(...units)).toBe(300);
  expect(Math.min(...pushes)).toBeLessThanOrEqual(0.1);
  expect(Math.max(...pushes)).toBeGreaterThanOrEqual(1.2);
});

it.each(DEMO_PROFILES.map((p) => [p.id, p] as const))("%s is within the benchmark's ranges", (_, p) => {
  expect(p.unitsPerMonth).toBeGreaterThanOrEqual(60);
  expect(p.unitsPerMonth).toBeLessThanOrEqual(300);
  expect(p.pushStrength).toBeGreaterThanOrEqual(0.1);
  expect(p.pushStrength).toBeLessThanOrEqual(1.2);
  // A relative sd of 0.4+ makes some months barely push and others push twice as hard.
  expect(p.pushVariability).toBeGreaterThanOrEqual(0.4);
  expect(p.monthlyShock).toBeGreaterThanOrEqual(0.06);
  expect(p.monthlyShock).toBeLessThanOrEqual(0.14);
  expect(p.salespeopleCount).toBeGreaterThanOrEqual(6);
  expect(p.salespeopleCount).toBeLessThanOrEqual(15);
  expect(p.pushDays ?? 5).toBeGreaterThanOrEqual(3);
  expect(p.pushDays ?? 5).toBeLessThanOrEqual(6);
});

it("has unique ids, names and seeds, and holds two stores out of tuning", () => {
  expect(new Set(DEMO_PROFILES.map((p) => p.id)).size).toBe(DEMO_PROFILES.length);
  expect(new Set(DEMO_PROFILES.map((p) => p.storeName)).size).toBe(DEMO_PROFILES.length);
  expect(new Set(DEMO_PROFILES.map((p) => p.seed)).size).toBe(DEMO_PROFILES.length);
  expect(DEMO_PROFILES.filter((p) => p.heldOut)).toHaveLength(2);
});

it("defaults to Pacecar Motors: about 120 units, a moderate push, nine salespeople", () => {
  expect(DEMO_PROFILES).toContain(DEFAULT_DEMO_PROFILE);
  expect(DEFAULT_DEMO_PROFILE.storeName).toBe("Pacecar Motors");
  expect(DEFAULT_DEMO_PROFILE.unitsPerMonth).toBe(120);
  expect(DEFAULT_DEMO_PROFILE.salespeopleCount).toBe(9);
  expect(DEFAULT_DEMO_PROFILE.heldOut).toBe(false);
  expect(DEFAULT_DEMO_PROFILE.pushStrength).toBeGreaterThan(0.3);
  expect(DEFAULT_DEMO_PROFILE.pushStrength).toBeLessThan(0.8);
});
