/** Paths relative to the project root, functions.ts first, then the area files by name. */
export declare function functionSources(): string[];
