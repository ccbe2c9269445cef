/** Paths relative to the project root, functions.ts first, then the area files in catalogue order. */
export declare function functionSources(): string[];
