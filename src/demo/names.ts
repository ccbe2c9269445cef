import type { Random } from "./random";

/** First names of a US sales floor. */
export const FIRST_NAMES: readonly string[] = [
  "Marcus",
  "Jessica",
  "Carlos",
  "Ashley",
  "Tyrone",
  "Megan",
  "Brian",
  "Maria",
  "Kevin",
  "Danielle",
  "Jose",
  "Brittany",
  "Derek",
  "Lauren",
  "Andre",
  "Nicole",
  "Travis",
  "Priya",
  "Ryan",
  "Tiffany",
  "Luis",
  "Amanda",
  "Jason",
  "Keisha",
  "Cody",
  "Rachel",
  "Anthony",
  "Vanessa",
  "Dustin",
  "Mei",
  "Jamal",
  "Stephanie",
  "Eric",
  "Gabriela",
  "Shawn",
  "Heather",
  "Omar",
  "Kayla",
  "Victor",
  "Erin",
];

/** Last names of a US sales floor. */
export const LAST_NAMES: readonly string[] = [
  "Johnson",
  "Ramirez",
  "Nguyen",
  "Patel",
  "Williams",
  "Okafor",
  "Sullivan",
  "Garcia",
  "Thompson",
  "Kim",
  "Brooks",
  "Hernandez",
  "Walsh",
  "Robinson",
  "Castillo",
  "Murphy",
  "Jackson",
  "Lopez",
  "Bennett",
  "Chen",
  "Foster",
  "Rivera",
  "Coleman",
  "Diaz",
  "Hayes",
  "Morales",
  "Price",
  "Washington",
  "Reyes",
  "Parker",
  "Hughes",
  "Flores",
  "Russell",
  "Ortiz",
  "Griffin",
  "Torres",
  "Bryant",
  "Vasquez",
  "Simmons",
  "Howard",
];

/**
 * `count` distinct full names ("Maria Garcia"); no first or last name repeats, so initials and
 * surnames alone still tell people apart on a leaderboard.
 */
export function pickNames(count: number, random: Random): string[] {
  const max = Math.min(FIRST_NAMES.length, LAST_NAMES.length);
  if (!Number.isInteger(count) || count < 0 || count > max)
    throw new RangeError(`can name 0–${String(max)} people (asked ${String(count)})`);
  const firsts = random.shuffled(FIRST_NAMES);
  const lasts = random.shuffled(LAST_NAMES);
  return firsts.slice(0, count).map((first, i) => `${first} ${lasts[i] ?? ""}`);
}
