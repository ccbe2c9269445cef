/*
 * The manifest asks for no more than Pacecar needs. ReadWriteDocument is the one permission level
 * that lets an add-in use Excel's own JavaScript API (Excel.run) to write tables and the pace sheet
 * and to subscribe to table change events; every lower level (Restricted, ReadDocument,
 * ReadAllDocument, WriteDocument) only allows the common API's selection reads/writes, which can't
 * create a table. Everything else: one host, one origin, no sign-in, no other domain trusted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const all = (re: RegExp): string[] => [...manifest.matchAll(re)].map((m) => m[1] ?? "");
const origin = (url: string): string => new URL(url).origin;

it("asks for ReadWriteDocument, the lowest level that allows Excel.run writes and table events", () => {
  expect(all(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(["ReadWriteDocument"]);
});

it("runs in Excel only", () => {
  expect(all(/<Host Name="([^"]*)"\s*\/>/g)).toEqual(["Workbook"]);
  expect(all(/<Host xsi:type="([^"]*)"/g)).toEqual(["Workbook"]);
});

it("trusts no domain but its own, and every URL it names is on that one origin", () => {
  const source = all(/<SourceLocation DefaultValue="([^"]*)"/g);
  expect(source).toHaveLength(1);
  const own = origin(source[0] ?? "");
  for (const domain of all(/<AppDomain>([^<]*)<\/AppDomain>/g)) expect(origin(domain)).toBe(own);
  const urls = all(/DefaultValue="(https?:\/\/[^"]*)"/g);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(origin(url)).toBe(own);
});

it("asks for no sign-in, Graph scopes, extra requirement sets or other extension points", () => {
  expect(manifest).not.toMatch(/<WebApplicationInfo|<Scopes>|<ExtendedPermissions|<EquivalentAddins/);
  expect(all(/<Set Name="([^"]*)"/g)).toEqual(["SharedRuntime"]);
  expect(all(/<ExtensionPoint xsi:type="([^"]*)"/g).sort()).toEqual(["CustomFunctions", "PrimaryCommandSurface"]);
});
