import { nextStage, normalizeStageName, stageResolver, STAGES } from "../../../src/core/floor";

describe("stage names map to the seven steps", () => {
  const resolve = stageResolver();
  it.each([
    ["Up", "greeted"],
    ["GREETED", "greeted"],
    ["Fresh up", "greeted"],
    ["Test Drive", "testDrive"],
    ["TD", "testDrive"],
    ["Write-up", "desk"],
    ["desking", "desk"],
    ["Manager T.O.", "managerTo"],
    ["T.O.", "managerTo"],
    ["Mgr TO", "managerTo"],
    ["Waiting for F&I", "waitingFi"],
    ["F&I queue", "waitingFi"],
    ["Sold", "waitingFi"],
    ["In F&I", "inFi"],
    ["F & I", "inFi"],
    ["Business office", "inFi"],
    ["Delivered", "delivered"],
    ["DLV", "delivered"],
    ["Walked", "left"],
    ["Be-back", "left"],
  ])("%s → %s", (name, stage) => {
    expect(resolve(name)).toBe(stage);
  });

  it.each([["Appraisal"], [""], ["   "], ["Wash bay"]])("%j is no step", (name) => {
    expect(resolve(name)).toBeNull();
  });

  it("lets a store's own names add to and override the built-in ones", () => {
    const custom = stageResolver([
      { name: "Appraisal", stage: "desk" },
      { name: "Sold", stage: "delivered" },
    ]);
    expect([custom("appraisal"), custom("SOLD"), custom("Up")]).toEqual(["desk", "delivered", "greeted"]);
  });

  it("keeps every built-in alias unambiguous: each normalized name belongs to one step", async () => {
    const { DEFAULT_STAGE_ALIASES } = await import("../../../src/core/floor");
    const owner = new Map<string, string>();
    for (const [stage, names] of Object.entries(DEFAULT_STAGE_ALIASES)) {
      for (const n of names) {
        const key = normalizeStageName(n);
        expect(`${n} → ${owner.get(key) ?? stage}`).toBe(`${n} → ${stage}`);
        owner.set(key, stage);
      }
    }
  });

  it("orders the steps and names the next one", () => {
    expect(STAGES.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(nextStage("waitingFi")?.label).toBe("In F&I");
    expect(nextStage("delivered")).toBeNull();
  });
});
