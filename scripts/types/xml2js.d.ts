// xml2js ships no types; this declares only the call the manifest check makes.
declare module "xml2js" {
  export interface ParserOptions {
    explicitChildren?: boolean;
    preserveChildrenOrder?: boolean;
    strict?: boolean;
  }
  /** Parses XML; without `async: true` the callback runs before parseString returns. */
  export function parseString(
    xml: string,
    options: ParserOptions,
    callback: (error: Error | null, result: unknown) => void
  ): void;
}
