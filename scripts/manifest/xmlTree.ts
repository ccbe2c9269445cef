// A plain element tree over xml2js output, so manifest checks read like the XML they check.
import { parseString } from "xml2js";

/** One XML element: qualified name as written (`bt:Url`), attributes, trimmed text, child elements in order. */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  text: string;
  children: readonly XmlElement[];
}

/** The parsed root element, or why the text is not well-formed XML. */
export type XmlParseResult = { ok: true; root: XmlElement } | { ok: false; reason: string };

interface RawElement {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: unknown[];
}

function isRawElement(value: unknown): value is RawElement {
  return typeof value === "object" && value !== null && typeof (value as { "#name"?: unknown })["#name"] === "string";
}

function toElement(raw: RawElement): XmlElement {
  return {
    name: raw["#name"],
    attributes: raw.$ ?? {},
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).filter(isRawElement).map(toElement),
  };
}

/**
 * Parses `xml` into an element tree.
 * @param xml the document text
 * @returns the root element, or the parser's first error line when the text is not well-formed
 * @example parseXml("<a><b/></a>") // { ok: true, root: { name: "a", children: [{ name: "b", ... }], ... } }
 */
export function parseXml(xml: string): XmlParseResult {
  let result: XmlParseResult = { ok: false, reason: "the document is empty" };
  let settled = false; // xml2js can call back a second time after an error
  parseString(xml, { explicitChildren: true, preserveChildrenOrder: true, strict: true }, (error, parsed) => {
    if (settled) return;
    settled = true;
    if (error) {
      result = { ok: false, reason: (error.message.split("\n")[0] ?? "").trim() || "unreadable XML" };
      return;
    }
    const root =
      typeof parsed === "object" && parsed !== null ? Object.values(parsed as Record<string, unknown>)[0] : undefined;
    if (isRawElement(root)) result = { ok: true, root: toElement(root) };
  });
  return result;
}

/** The name without its namespace prefix: `bt:Url` → `Url`. */
export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** Direct children of `element` whose local name is `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child.name) === name);
}

/** The first direct child of `element` whose local name is `name`. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => localName(child.name) === name);
}

/** Follows a path of local names from `element`, taking the first match at each step. */
export function pathFrom(element: XmlElement, ...names: string[]): XmlElement | undefined {
  let at: XmlElement | undefined = element;
  for (const name of names) at = at === undefined ? undefined : childNamed(at, name);
  return at;
}

/** `element` and all its descendants, depth first, each with its parent. */
export function walk(
  element: XmlElement,
  parent?: XmlElement
): Array<{ element: XmlElement; parent: XmlElement | undefined }> {
  return [{ element, parent }, ...element.children.flatMap((child) => walk(child, element))];
}

/** The `xsi:type` attribute (any prefix), which says what a manifest element is. */
export function xsiType(element: XmlElement): string | undefined {
  const key = Object.keys(element.attributes).find((name) => name.endsWith(":type"));
  return key === undefined ? undefined : element.attributes[key];
}
