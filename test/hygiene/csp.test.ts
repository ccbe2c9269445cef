/*
 * The pages' Content-Security-Policy as the build writes it: no inline script and no eval anywhere,
 * the preview on its own origin only, and the task pane adding nothing but what office.js does.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require("../../scripts/contentSecurityPolicy.cjs") as {
  previewCsp: (o?: { devServer?: string }) => string;
  taskpaneCsp: () => string;
  helpCsp: () => string;
};

/** directive → sources */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...sources]) => [name, sources])
  );
}

const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

it.each([
  ["the preview", csp.previewCsp()],
  ["the preview under the dev server", csp.previewCsp({ devServer: "localhost:3100" })],
  ["the task pane", csp.taskpaneCsp()],
  ["the help page", csp.helpCsp()],
])("%s allows no inline script, no eval, no plugins", (_, policy) => {
  const p = parse(policy);
  expect(policy).not.toContain("unsafe-eval");
  expect(Object.values(p).flat()).not.toContain("*");
  expect(p["script-src"] ?? p["default-src"]).not.toContain("'unsafe-inline'");
  expect(p["object-src"] ?? p["default-src"]).toEqual(["'none'"]);
});

it("keeps the preview on its own origin (the dev server's WebSocket aside)", () => {
  const p = parse(csp.previewCsp());
  const sources = Object.entries(p)
    .filter(([d]) => d.endsWith("-src"))
    .flatMap(([, s]) => s);
  expect([...new Set(sources)].sort()).toEqual(["'none'", "'self'", EMPTY_STYLE, "data:"].sort());
  expect(parse(csp.previewCsp({ devServer: "localhost:3100" }))["connect-src"]).toEqual([
    "'self'",
    "ws://localhost:3100",
  ]);
  // The only inline style allowed is an empty <style> element (Griffel fills it through CSSOM).
  expect(p["style-src"]).toEqual(["'self'", EMPTY_STYLE]);
});

it("lets the task pane reach only Microsoft's office.js hosts beyond its own origin", () => {
  const p = parse(csp.taskpaneCsp());
  const outside = Object.values(p)
    .flat()
    .filter((s) => s.startsWith("https://"));
  for (const host of outside) expect(host).toMatch(/^https:\/\/([a-z*]+\.)*(microsoft\.com|oaspapps\.com)$/);
  expect(p["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(p["style-src"]).toEqual(["'self'", EMPTY_STYLE]);
});
