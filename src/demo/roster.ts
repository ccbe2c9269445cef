import { pickNames } from "./names";
import type { Random } from "./random";
import type { DemoProfile, DemoSalesperson } from "./types";

/** Best salesperson sells about this many times the worst. */
export const SKILL_SPREAD = 3;

/** A new hire sells at 40% of their skill on day one and reaches it after this many days. */
export const RAMP_UP_DAYS = 90;
const RAMP_START = 0.4;

/**
 * The store's salespeople over [startDate, spanEnd]: `profile.salespeopleCount` on the floor, skills
 * spread about SKILL_SPREAD× from worst to best; on spans of four months or more one person (two on
 * floors of 12+) leaves and a new hire takes the seat a few weeks later.
 */
export function buildRoster(
  profile: DemoProfile,
  startDate: number,
  spanEnd: number,
  random: Random
): DemoSalesperson[] {
  const count = Math.max(1, Math.round(profile.salespeopleCount));
  const span = spanEnd - startDate + 1;
  const turnovers = span < 120 ? 0 : count >= 12 ? 2 : count >= 7 ? 1 : 0;
  const names = pickNames(count + turnovers, random);
  const skills = random.shuffled(
    Array.from({ length: count }, (_, i) => (count === 1 ? 1 : Math.pow(SKILL_SPREAD, i / (count - 1))))
  );
  const staff: { name: string; skill: number; hired: number | null; left: number | null }[] = skills.map((base, i) => ({
    name: names[i] ?? "",
    skill: round3(base * random.lognormalMeanOne(0.08)),
    hired: null,
    left: null,
  }));
  const topSkill = Math.max(...staff.map((p) => p.skill));
  for (let k = 0; k < turnovers; k++) {
    // The star stays; someone else moves on, spread through the span so both eras show in the log.
    const candidates = staff.filter((p) => p.left === null && p.hired === null && p.skill < topSkill);
    const leaver = candidates[random.int(candidates.length)];
    if (!leaver) break;
    leaver.left = startDate + Math.round((span * (k + 1)) / (turnovers + 1)) + random.int(41) - 20;
    staff.push({
      name: names[count + k] ?? "",
      skill: round3(Math.sqrt(SKILL_SPREAD) * random.lognormalMeanOne(0.15)),
      hired: leaver.left + 7 + random.int(22),
      left: null,
    });
  }
  return staff;
}

/** The person's share weight on a day: 0 off staff, ramping up after a hire, `skill` after. */
export function salesWeight(person: DemoSalesperson, day: number): number {
  if (person.hired !== null && day < person.hired) return 0;
  if (person.left !== null && day > person.left) return 0;
  if (person.hired !== null && day - person.hired < RAMP_UP_DAYS) {
    return person.skill * (RAMP_START + ((1 - RAMP_START) * (day - person.hired)) / RAMP_UP_DAYS);
  }
  return person.skill;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
