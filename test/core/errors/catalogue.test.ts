/* One catalogue, one key space: an area's message must not silently replace another's (a spread keeps the last). */
import { budgetMessages } from "../../../src/core/errors/budgetMessages";
import { flowMessages } from "../../../src/core/errors/floorMessages";
import { gapMessages } from "../../../src/core/errors/gapMessages";
import { messages } from "../../../src/core/errors/messages";
import { oemMessages } from "../../../src/core/errors/programsMessages";
import { targetsMessages } from "../../../src/core/errors/targetsMessages";

const areas: Record<string, Record<string, string>> = {
  oemMessages,
  flowMessages,
  budgetMessages,
  gapMessages,
  targetsMessages,
};

it.each(Object.entries(areas))("%s adds keys no other part of the catalogue has", (name, area) => {
  const others = new Set<string>();
  const core = Object.keys(messages).filter((k) => !Object.values(areas).some((a) => k in a));
  core.forEach((k) => others.add(k));
  for (const [other, a] of Object.entries(areas)) if (other !== name) Object.keys(a).forEach((k) => others.add(k));
  expect(Object.keys(area).filter((k) => others.has(k))).toEqual([]);
});

it("every message is short text that says what to fix", () => {
  for (const text of Object.values(messages)) {
    expect(text.length).toBeGreaterThan(5);
    expect(text.length).toBeLessThanOrEqual(120);
  }
});
