/* The Content-Security-Policy of the pages the build writes, one place for webpack.config.js and the
 * tests. Meta-tag policies: the add-in is served as static files, so there are no headers to set
 * (frame-ancestors and reporting can't be set from a meta tag; Office frames the pane itself).
 *
 * - The preview runs on bundled demo data: scripts, styles, data and connections from its own
 *   origin only. Under `npm run preview` the dev server's hot reload adds a WebSocket back to it.
 * - The task pane in Excel adds what office.js itself does: Microsoft's CDN for office.js (the build
 *   copies office.js beside the pane, but a hosted build may point at the CDN, as AppSource asks),
 *   and office.js's own telemetry, which it sends by itself (a hidden frame it adds with an inline
 *   style="display:none", and posts). Blocked, office.js's frame would show as an empty box in the
 *   pane. Pacecar's own code makes no request at all.
 * - Styles without 'unsafe-inline': Fluent UI's CSS-in-JS (Griffel) adds EMPTY <style> elements and
 *   fills them through CSSOM insertRule, which a policy doesn't govern. An empty element is allowed
 *   by the hash of the empty string; any inline style with content stays blocked. The page's own
 *   CSS is a file (pane.css).
 * - No inline script and no eval anywhere: webpack's dev build uses plain source maps, not eval.
 */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_TELEMETRY = "https://*.pipe.aria.microsoft.com";
/** The frame office.js adds for its telemetry (seen loading office.js in Chromium). */
const OFFICE_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
/** sha256 of "": the empty <style> elements Griffel fills through CSSOM. */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** A policy as text from directive → sources. */
function policyText(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** The directives of the pane's pages: own origin only, no plugins, no <base> or form posts elsewhere. */
function paneDirectives() {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'", EMPTY_STYLE],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
}

/**
 * The browser preview's policy. `devServer` ("localhost:3100"): served by webpack serve, whose hot
 * reload talks over a WebSocket to it (the development build needs nothing else: no eval).
 */
function previewCsp({ devServer } = {}) {
  const d = paneDirectives();
  if (devServer) d["connect-src"] = ["'self'", `ws://${devServer}`];
  return policyText(d);
}

/** The task pane's policy inside Excel (desktop, Mac and the web). */
function taskpaneCsp() {
  const d = paneDirectives();
  d["script-src"] = ["'self'", OFFICE_CDN];
  d["connect-src"] = ["'self'", OFFICE_TELEMETRY];
  d["frame-src"] = [OFFICE_TELEMETRY_FRAME];
  // Style attributes only (office.js's own elements); style elements stay as strict as the preview's.
  d["style-src-attr"] = ["'unsafe-inline'"];
  return policyText(d);
}

/** The help page: static text and its own inline CSS, no script at all. */
function helpCsp() {
  return policyText({
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  });
}

module.exports = { helpCsp, previewCsp, taskpaneCsp, OFFICE_CDN, OFFICE_TELEMETRY, OFFICE_TELEMETRY_FRAME };
