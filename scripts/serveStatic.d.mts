import type { Server } from "node:http";

/** Serves `root` on 127.0.0.1 (`port`, or a free one); unknown paths get preview.html. */
export function serveStatic(root: string, port?: number): Promise<Server>;
