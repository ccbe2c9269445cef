// What can be checked about manifest.xml without Microsoft's validation service: structure,
// resource ids, the shared-runtime wiring, https URLs and the icon files it points at.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  childNamed,
  childrenNamed,
  localName,
  parseXml,
  pathFrom,
  walk,
  xsiType,
  type XmlElement,
} from "./manifest/xmlTree";

/** Where the manifest's files live: `<rootDir>/assets/` holds what https://localhost:3000/assets/ serves. */
export interface ManifestCheckOptions {
  rootDir: string;
}

const DEV_ORIGIN = "https://localhost:3000";
const NAMESPACE = "GSM";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RESID_LENGTH = 32; // schema limits, from the manifest reference
const MAX_SHORT_STRING = 125;
const MAX_LONG_STRING = 250;

const REQUIRED_TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
] as const;
const NEEDS_DEFAULT_VALUE = ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl"] as const;

// Sequences as Microsoft's Excel shared-runtime samples write them; the schema rejects other orders.
const ORDER = {
  officeApp: [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ],
  host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  customFunctions: ["Script", "Page", "Metadata", "Namespace"],
  desktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  control: ["Label", "Supertip", "Icon", "Action"],
  resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
interface Resource {
  id: string;
  kind: ResourceKind;
  value: string;
}

// Which kind of resource an element's resid must name; elements not listed are not kind-checked.
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/**
 * Checks manifest.xml offline.
 * @param xmlText the manifest's text
 * @param options rootDir: the project folder, whose `assets/` must hold every icon the manifest names
 * @returns one plain sentence per problem; an empty list means the manifest passed
 * @example checkManifest(readFileSync("manifest.xml", "utf8"), { rootDir: "." }) // []
 */
export function checkManifest(xmlText: string, options: ManifestCheckOptions): string[] {
  const parsed = parseXml(xmlText);
  if (!parsed.ok) return [`The manifest is not well-formed XML: ${parsed.reason}.`];
  const root = parsed.root;
  if (root.name !== "OfficeApp") return [`The root element is <${root.name}>; a manifest's root is <OfficeApp>.`];

  const resources = collectResources(root);
  return [
    ...checkTopLevel(root),
    ...checkOrder(root),
    ...checkResources(root, resources),
    ...checkSharedRuntime(root),
    ...checkCustomFunctions(root, resources),
    ...checkUrls(root, options.rootDir),
  ];
}

function checkTopLevel(root: XmlElement): string[] {
  const problems: string[] = [];
  if (xsiType(root) !== "TaskPaneApp")
    problems.push(`<OfficeApp> has xsi:type "${xsiType(root) ?? ""}"; expected "TaskPaneApp".`);
  for (const name of REQUIRED_TOP_LEVEL) {
    if (!childNamed(root, name)) problems.push(`Missing required element <${name}> in <OfficeApp>.`);
  }
  for (const name of NEEDS_DEFAULT_VALUE) {
    const element = childNamed(root, name);
    if (element && !element.attributes.DefaultValue) problems.push(`<${name}> needs a non-empty DefaultValue.`);
  }
  const id = childNamed(root, "Id");
  if (id && !GUID.test(id.text))
    problems.push(`<Id> "${id.text}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);

  const hostList = childNamed(root, "Hosts");
  const hosts = hostList ? childrenNamed(hostList, "Host").map((host) => host.attributes.Name ?? "") : [];
  if (hostList && !hosts.includes("Workbook"))
    problems.push(`<Hosts> must list <Host Name="Workbook"/> (Pacecar runs in Excel).`);
  for (const host of hosts.filter((name) => name !== "Workbook")) {
    problems.push(`<Host Name="${host}"/> is listed, but Pacecar runs in Excel only.`);
  }
  if (
    childNamed(root, "DefaultSettings") &&
    !pathFrom(root, "DefaultSettings", "SourceLocation")?.attributes.DefaultValue
  ) {
    problems.push("<DefaultSettings> needs a <SourceLocation DefaultValue=...> (the task pane page).");
  }
  const permissions = childNamed(root, "Permissions");
  if (permissions && permissions.text !== "ReadWriteDocument") {
    problems.push(
      `<Permissions> is "${permissions.text}"; Pacecar writes its tables, so it needs "ReadWriteDocument".`
    );
  }
  const overrides = childNamed(root, "VersionOverrides");
  if (overrides && xsiType(overrides) !== "VersionOverridesV1_0") {
    problems.push(
      `<VersionOverrides> has xsi:type "${xsiType(overrides) ?? ""}"; a task pane add-in's runtimes live in "VersionOverridesV1_0".`
    );
  }
  return problems;
}

/** Problems where children of `parent` appear out of `sequence` (children not in it are ignored). */
function outOfOrder(parent: XmlElement | undefined, sequence: readonly string[]): string[] {
  if (!parent) return [];
  const problems: string[] = [];
  let latest = -1;
  for (const child of parent.children) {
    const at = sequence.indexOf(localName(child.name));
    if (at < 0) continue;
    if (at < latest)
      problems.push(
        `<${localName(child.name)}> must come before <${sequence[latest] ?? ""}> in <${localName(parent.name)}>.`
      );
    latest = Math.max(latest, at);
  }
  return problems;
}

function checkOrder(root: XmlElement): string[] {
  const overrides = childNamed(root, "VersionOverrides");
  const hostList = overrides && childNamed(overrides, "Hosts");
  const hosts = hostList ? childrenNamed(hostList, "Host") : [];
  const extensionPoints = walk(root)
    .map(({ element }) => element)
    .filter((element) => localName(element.name) === "ExtensionPoint");
  const controls = walk(root)
    .map(({ element }) => element)
    .filter((element) => localName(element.name) === "Control");
  return [
    ...outOfOrder(root, ORDER.officeApp),
    ...hosts.flatMap((host) => outOfOrder(host, ORDER.host)),
    ...hosts.flatMap((host) => outOfOrder(childNamed(host, "DesktopFormFactor"), ORDER.desktopFormFactor)),
    ...extensionPoints
      .filter((point) => xsiType(point) === "CustomFunctions")
      .flatMap((point) => outOfOrder(point, ORDER.customFunctions)),
    ...controls.flatMap((control) => outOfOrder(control, ORDER.control)),
    ...outOfOrder(overrides && childNamed(overrides, "Resources"), ORDER.resources),
  ];
}

function collectResources(root: XmlElement): Resource[] {
  const resources = pathFrom(root, "VersionOverrides", "Resources");
  if (!resources) return [];
  const kinds: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
  return kinds.flatMap((kind) =>
    childrenNamed(resources, kind).flatMap((group) =>
      group.children.map((entry) => ({
        id: entry.attributes.id ?? "",
        kind,
        value: entry.attributes.DefaultValue ?? "",
      }))
    )
  );
}

function checkResources(root: XmlElement, resources: readonly Resource[]): string[] {
  const problems: string[] = [];
  if (childNamed(root, "VersionOverrides") && !pathFrom(root, "VersionOverrides", "Resources")) {
    problems.push("<VersionOverrides> has no <Resources>.");
  }
  const counts = new Map<string, number>();
  for (const { id } of resources) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [id, count] of counts) {
    if (count > 1) problems.push(`Resource id "${id}" is defined ${count} times in <Resources>.`);
  }
  for (const resource of resources) {
    if (resource.id === "") problems.push(`A <${resource.kind}> entry in <Resources> has no id.`);
    if (resource.id.length > MAX_RESID_LENGTH)
      problems.push(`Resource id "${resource.id}" is longer than ${MAX_RESID_LENGTH} characters.`);
    if (resource.kind === "ShortStrings" && resource.value.length > MAX_SHORT_STRING) {
      problems.push(`Short string "${resource.id}" is longer than ${MAX_SHORT_STRING} characters.`);
    }
    if (resource.kind === "LongStrings" && resource.value.length > MAX_LONG_STRING) {
      problems.push(`Long string "${resource.id}" is longer than ${MAX_LONG_STRING} characters.`);
    }
  }
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  for (const { element } of walk(root)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const name = localName(element.name);
    const resource = byId.get(resid);
    if (!resource) {
      problems.push(`resid "${resid}" (on <${name}>) is not defined in <Resources>.`);
      continue;
    }
    const kind = RESID_KIND[name];
    if (kind && kind !== resource.kind && counts.get(resid) === 1)
      problems.push(`resid "${resid}" on <${name}> must name a ${kind} entry, but it is in ${resource.kind}.`);
  }
  return problems;
}

/** The resid of the SourceLocation under `element`, if any. */
function sourceResid(element: XmlElement | undefined): string | undefined {
  return element && childNamed(element, "SourceLocation")?.attributes.resid;
}

function customFunctionsPoint(root: XmlElement): XmlElement | undefined {
  return walk(root)
    .map(({ element }) => element)
    .find((element) => localName(element.name) === "ExtensionPoint" && xsiType(element) === "CustomFunctions");
}

function checkSharedRuntime(root: XmlElement): string[] {
  const problems: string[] = [];
  const setList = pathFrom(root, "Requirements", "Sets");
  const sets = setList ? childrenNamed(setList, "Set") : [];
  if (!sets.some((set) => set.attributes.Name === "SharedRuntime" && set.attributes.MinVersion === "1.1")) {
    problems.push(`<Requirements><Sets> must include <Set Name="SharedRuntime" MinVersion="1.1"/>.`);
  }
  const all = walk(root).map(({ element }) => element);
  const runtimes = all.filter((element) => localName(element.name) === "Runtime");
  if (runtimes.length !== 1) {
    problems.push(`Expected exactly one <Runtime> in <Runtimes> (the shared runtime), found ${runtimes.length}.`);
    return problems;
  }
  const runtime = runtimes[0] as XmlElement;
  if (runtime.attributes.lifetime !== "long") {
    problems.push(
      `<Runtime> has lifetime="${runtime.attributes.lifetime ?? ""}"; the shared runtime needs lifetime="long".`
    );
  }
  const shared = runtime.attributes.resid ?? "";
  const sameAsRuntime = (where: string, resid: string | undefined): void => {
    if (resid !== shared)
      problems.push(
        `${where} uses resid "${resid ?? ""}" but the shared <Runtime> uses "${shared}"; they must be the same.`
      );
  };
  const functions = customFunctionsPoint(root);
  if (functions)
    sameAsRuntime("The custom functions <Page><SourceLocation>", sourceResid(childNamed(functions, "Page")));
  const showTaskpane = all.filter(
    (element) => localName(element.name) === "Action" && xsiType(element) === "ShowTaskpane"
  );
  if (showTaskpane.length === 0)
    problems.push(`No ribbon button opens the task pane (<Action xsi:type="ShowTaskpane">).`);
  for (const action of showTaskpane) sameAsRuntime("A ShowTaskpane <Action>'s <SourceLocation>", sourceResid(action));
  for (const functionFile of all.filter((element) => localName(element.name) === "FunctionFile")) {
    sameAsRuntime("<FunctionFile>", functionFile.attributes.resid);
  }
  return problems;
}

function checkCustomFunctions(root: XmlElement, resources: readonly Resource[]): string[] {
  const point = customFunctionsPoint(root);
  if (!point) return [`No <ExtensionPoint xsi:type="CustomFunctions"> (the GSM functions) in <VersionOverrides>.`];
  const problems: string[] = [];
  for (const part of ["Script", "Page", "Metadata"]) {
    if (!sourceResid(childNamed(point, part)))
      problems.push(`The custom functions need <${part}><SourceLocation resid=.../></${part}>.`);
  }
  const namespaceResid = childNamed(point, "Namespace")?.attributes.resid;
  if (!namespaceResid) return [...problems, `The custom functions need <Namespace resid=.../>.`];
  const namespace = resources.find((resource) => resource.id === namespaceResid);
  if (namespace && namespace.value !== NAMESPACE) {
    problems.push(
      `The custom-functions namespace is "${namespace.value}"; Pacecar's functions are =${NAMESPACE}.NAME, so it must be "${NAMESPACE}".`
    );
  }
  return problems;
}

/** Every URL the manifest holds, with where it was found. */
function collectUrls(root: XmlElement): Array<{ url: string; where: string }> {
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);
  const found: Array<{ url: string; where: string }> = [];
  for (const { element, parent } of walk(root)) {
    const name = localName(element.name);
    const where = element.attributes.id ? `<${element.name} id="${element.attributes.id}">` : `<${element.name}>`;
    if (urlElements.has(name) && element.attributes.DefaultValue !== undefined)
      found.push({ url: element.attributes.DefaultValue, where });
    if (
      name === "Override" &&
      parent &&
      urlElements.has(localName(parent.name)) &&
      element.attributes.Value !== undefined
    ) {
      found.push({ url: element.attributes.Value, where: `an <Override> of <${parent.name}>` });
    }
    if (name === "AppDomain") found.push({ url: element.text, where });
  }
  return found;
}

/** Width and height of a PNG file, or undefined when it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.length < 24 || bytes.toString("latin1", 1, 4) !== "PNG") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkUrls(root: XmlElement, rootDir: string): string[] {
  const problems: string[] = [];
  const localFiles = new Map<string, string>(); // url → file under rootDir, for the size check
  for (const { url, where } of collectUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`"${url}" in ${where} is not an absolute URL.`);
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push(`"${url}" in ${where} must use https.`);
      continue;
    }
    if (parsed.origin !== DEV_ORIGIN || !parsed.pathname.startsWith("/assets/")) continue;
    const file = join(rootDir, ...decodeURIComponent(parsed.pathname).split("/").filter(Boolean));
    if (existsSync(file)) localFiles.set(url, file);
    else
      problems.push(
        `"${url}" in ${where} names assets/${parsed.pathname.slice("/assets/".length)}, which is not in the project's assets folder.`
      );
  }
  return [...problems, ...checkIconSizes(root, localFiles)];
}

/** Icons whose PNG is not the size the manifest declares for them. */
function checkIconSizes(root: XmlElement, localFiles: ReadonlyMap<string, string>): string[] {
  const resources = collectResources(root);
  const declared: Array<{ url: string; size: number; where: string }> = [];
  const iconUrl = childNamed(root, "IconUrl")?.attributes.DefaultValue;
  const highResolution = childNamed(root, "HighResolutionIconUrl")?.attributes.DefaultValue;
  if (iconUrl) declared.push({ url: iconUrl, size: 32, where: "<IconUrl>" });
  if (highResolution) declared.push({ url: highResolution, size: 64, where: "<HighResolutionIconUrl>" });
  for (const { element } of walk(root)) {
    const size = Number(element.attributes.size);
    const url = resources.find(
      (resource) => resource.id === element.attributes.resid && resource.kind === "Images"
    )?.value;
    if (localName(element.name) === "Image" && url && Number.isInteger(size)) {
      declared.push({ url, size, where: `<bt:Image size="${size}" resid="${element.attributes.resid ?? ""}">` });
    }
  }
  const problems = new Set<string>();
  for (const { url, size, where } of declared) {
    const file = localFiles.get(url);
    const actual = file === undefined ? undefined : pngSize(file);
    if (file !== undefined && !actual) problems.add(`${where} points at ${url}, which is not a PNG file.`);
    else if (actual && (actual.width !== size || actual.height !== size)) {
      problems.add(`${where} expects a ${size}x${size} icon, but ${url} is ${actual.width}x${actual.height}.`);
    }
  }
  return [...problems];
}
