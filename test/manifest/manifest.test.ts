import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkManifest } from "../../scripts/manifestCheck";

const rootDir = join(__dirname, "..", "..");
const manifest = readFileSync(join(rootDir, "manifest.xml"), "utf8");
const check = (xml: string): string[] => checkManifest(xml, { rootDir });

/** The manifest with `from` replaced by `to`; throws if `from` is not there, so a stale row can't pass vacuously. */
function mutate(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

it("passes the project's manifest", () => {
  expect(check(manifest)).toEqual([]);
});

// Each expected list was worked out by hand from the one change the row makes.
it.each<[string, string | RegExp, string, string[]]>([
  [
    "an http URL",
    `"https://localhost:3000/functions.json"`,
    `"http://localhost:3000/functions.json"`,
    [`"http://localhost:3000/functions.json" in <bt:Url id="Functions.Metadata.Url"> must use https.`],
  ],
  [
    "a relative URL",
    `<SupportUrl DefaultValue="https://localhost:3000/help.html"/>`,
    `<SupportUrl DefaultValue="help.html"/>`,
    [`"help.html" in <SupportUrl> is not an absolute URL.`],
  ],
  [
    "a resid with no definition",
    /\s*<bt:String id="Group.Label" DefaultValue="Pacecar"\/>/,
    "",
    [`resid "Group.Label" (on <Label>) is not defined in <Resources>.`],
  ],
  [
    "a resource id defined twice",
    `</bt:LongStrings>`,
    `<bt:String id="Functions.Namespace" DefaultValue="GSM"/></bt:LongStrings>`,
    [`Resource id "Functions.Namespace" is defined 2 times in <Resources>.`],
  ],
  [
    "an Id that is not a GUID",
    /<Id>[^<]*<\/Id>/,
    "<Id>pacecar-addin</Id>",
    [`<Id> "pacecar-addin" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`],
  ],
  [
    "a ShowTaskpane action outside the shared runtime",
    /(<TaskpaneId>Pacecar.Taskpane<\/TaskpaneId>\s*<SourceLocation resid=)"Taskpane.Url"/,
    `$1"GetStarted.LearnMoreUrl"`,
    [
      `A ShowTaskpane <Action>'s <SourceLocation> uses resid "GetStarted.LearnMoreUrl" but the shared <Runtime> uses "Taskpane.Url"; they must be the same.`,
    ],
  ],
  [
    "a custom-functions page outside the shared runtime",
    /(<Page>\s*<SourceLocation resid=)"Taskpane.Url"/,
    `$1"Functions.Script.Url"`,
    [
      `The custom functions <Page><SourceLocation> uses resid "Functions.Script.Url" but the shared <Runtime> uses "Taskpane.Url"; they must be the same.`,
    ],
  ],
  [
    "a short-lived runtime",
    `lifetime="long"`,
    `lifetime="short"`,
    [`<Runtime> has lifetime="short"; the shared runtime needs lifetime="long".`],
  ],
  [
    "no SharedRuntime requirement",
    /\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/,
    "",
    [`<Requirements><Sets> must include <Set Name="SharedRuntime" MinVersion="1.1"/>.`],
  ],
  [
    "the wrong function namespace",
    `<bt:String id="Functions.Namespace" DefaultValue="GSM"/>`,
    `<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>`,
    [`The custom-functions namespace is "CONTOSO"; Pacecar's functions are =GSM.NAME, so it must be "GSM".`],
  ],
  [
    "an icon file that does not exist",
    `assets/icon-80.png`,
    `assets/icon-81.png`,
    [
      `"https://localhost:3000/assets/icon-81.png" in <bt:Image id="Icon.80x80"> names assets/icon-81.png, which is not in the project's assets folder.`,
    ],
  ],
  [
    "an icon of the wrong size",
    `<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>`,
    `<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>`,
    [`<IconUrl> expects a 32x32 icon, but https://localhost:3000/assets/icon-16.png is 16x16.`],
  ],
  [
    "read-only permissions",
    "<Permissions>ReadWriteDocument</Permissions>",
    "<Permissions>ReadDocument</Permissions>",
    [`<Permissions> is "ReadDocument"; Pacecar writes its tables, so it needs "ReadWriteDocument".`],
  ],
  [
    "a missing required element",
    /\s*<DefaultLocale>en-US<\/DefaultLocale>/,
    "",
    ["Missing required element <DefaultLocale> in <OfficeApp>."],
  ],
  [
    "elements out of schema order",
    /(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<Permissions>ReadWriteDocument<\/Permissions>)/,
    "$2$1",
    ["<DefaultSettings> must come before <Permissions> in <OfficeApp>."],
  ],
  [
    "a host other than Excel",
    `<Host Name="Workbook"/>`,
    `<Host Name="Document"/>`,
    [
      `<Hosts> must list <Host Name="Workbook"/> (Pacecar runs in Excel).`,
      `<Host Name="Document"/> is listed, but Pacecar runs in Excel only.`,
    ],
  ],
  [
    "a resid naming the wrong kind of resource",
    `<Label resid="Group.Label"/>`,
    `<Label resid="Taskpane.Url"/>`,
    [`resid "Taskpane.Url" on <Label> must name a ShortStrings entry, but it is in Urls.`],
  ],
])("reports %s", (_case, from, to, expected) => {
  expect(check(mutate(from, to))).toEqual(expected);
});

it.each([
  ["an unclosed element", mutate("</VersionOverrides>", "")],
  ["a stray ampersand", mutate("Home &gt; Show Pacecar", "Home & Show Pacecar")],
  ["an empty file", ""],
])("reports malformed XML: %s", (_case, xml) => {
  expect(check(xml)).toEqual([expect.stringMatching(/^The manifest is not well-formed XML: \S/)]);
});

const definedIds = [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((match) => match[1] ?? "");

it.each(definedIds)("names resource %s when its definition is removed, and nothing else", (id) => {
  const withoutDefinition = mutate(new RegExp(`\\s*<bt:\\w+ id="${id.replace(/\./g, "\\.")}"[^>]*/>`), "");
  const problems = check(withoutDefinition);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems)
    expect(problem).toMatch(
      new RegExp(`^resid "${id.replace(/\./g, "\\.")}" \\(on <[\\w:]+>\\) is not defined in <Resources>\\.$`)
    );
});

it("reports any resid pointed at an undefined resource", () => {
  const residCount = [...manifest.matchAll(/ resid="/g)].length;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: residCount - 1 }),
      fc.stringMatching(/^Missing\.[A-Z][a-z]{1,8}$/),
      (which, unknownId) => {
        let seen = -1;
        const xml = manifest.replace(/ resid="[^"]*"/g, (attribute) =>
          ++seen === which ? ` resid="${unknownId}"` : attribute
        );
        expect(check(xml)).toEqual(
          expect.arrayContaining([
            expect.stringMatching(
              new RegExp(`^resid "${unknownId.replace(".", "\\.")}" \\(on <[\\w:]+>\\) is not defined`)
            ),
          ])
        );
      }
    ),
    { numRuns: 40 }
  );
});

it("never throws, and finds a problem in any text that is not a manifest", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.string().map((text) => `<OfficeApp>${text}</OfficeApp>`)
      ),
      (text) => {
        expect(check(text).length).toBeGreaterThan(0);
      }
    ),
    { numRuns: 200 }
  );
});
