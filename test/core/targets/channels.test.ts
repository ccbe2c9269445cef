/* Channels keep their id through renames, so targets stay put; a retired channel takes no new targets. */
import fc from "fast-check";
import {
  addChannel,
  channelIdFor,
  channelResolver,
  isChannelActive,
  renameChannel,
  retireChannel,
  withDealLogChannels,
  type Channel,
} from "../../../src/core/targets";

const internet: Channel = { id: "internet", name: "Internet", activeFrom: "", retiredFrom: "" };

it.each([
  ["Service Drive", [], "service-drive"],
  ["Internet", ["internet"], "internet-2"],
  ["Internet", ["internet", "internet-2"], "internet-3"],
  ["  Walk-in!! ", [], "walk-in"],
  ["***", [], "channel"],
])("channelIdFor(%j, %j) is %j", (name, taken, id) => {
  expect(channelIdFor(name, taken)).toBe(id);
});

it("never gives an id already taken", () => {
  fc.assert(
    fc.property(fc.string(), fc.array(fc.string()), (name, taken) => {
      expect(taken.map((t) => t.toLowerCase())).not.toContain(channelIdFor(name, taken).toLowerCase());
    })
  );
});

it("a renamed channel keeps its id, and deals logged under its old name still find it", () => {
  const renamed = renameChannel([internet], "internet", "Digital");
  expect(renamed).toEqual([{ ...internet, name: "Digital" }]);
  // The targets were written when it was still called Internet.
  const resolve = channelResolver(renamed, [{ channelId: "internet", channel: "Internet" }]);
  expect(resolve("internet")?.id).toBe("internet");
  expect(resolve("DIGITAL")?.id).toBe("internet");
  expect(resolve("Phone")).toBeNull();
});

it.each([
  ["", "", "2025-03", true],
  ["2025-04", "", "2025-03", false],
  ["2025-03", "", "2025-03", true],
  ["", "2025-03", "2025-03", false],
  ["", "2025-04", "2025-03", true],
])("a channel active from %j retired from %j takes targets in %s: %s", (activeFrom, retiredFrom, month, active) => {
  expect(isChannelActive({ id: "x", name: "X", activeFrom, retiredFrom }, month)).toBe(active);
});

it("retiring stops new months only; adding a name already there adds nothing", () => {
  const retired = retireChannel([internet], "internet", "2025-05");
  expect(isChannelActive(retired[0] as Channel, "2025-04")).toBe(true);
  expect(isChannelActive(retired[0] as Channel, "2025-05")).toBe(false);
  expect(addChannel([internet], " internet ", "2025-05")).toEqual([internet]);
  expect(addChannel([internet], "Phone", "2025-05")).toEqual([
    internet,
    { id: "phone", name: "Phone", activeFrom: "2025-05", retiredFrom: "" },
  ]);
});

it("adds the deal log's channels the table lacks, active from the month, once each", () => {
  const out = withDealLogChannels([internet], ["Internet", "Walk-in", "walk-in", "", "Phone"], "2025-03");
  expect(out).toEqual([
    internet,
    { id: "phone", name: "Phone", activeFrom: "2025-03", retiredFrom: "" },
    { id: "walk-in", name: "Walk-in", activeFrom: "2025-03", retiredFrom: "" },
  ]);
});
