/* Builds the add-in: taskpane.html (task pane + custom functions, one shared runtime),
 * preview.html (the same task pane without the functions, for a plain browser), functions.json
 * generated from JSDoc, and office.js copied beside them (it can't be bundled). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionSources } = require("./scripts/functionSources.cjs");
const { helpCsp, previewCsp, taskpaneCsp } = require("./scripts/contentSecurityPolicy.cjs");
const { ChunkManifestPlugin } = require("./scripts/chunkManifestPlugin.cjs");

const DEV_PORT = 3000; // https, what manifest.xml points at
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT || 3100); // http, the browser preview

const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "custom-functions-runtime.js",
  "es6-promise.js",
  "excel-*.js",
  "en-us/**",
  "telemetry/**",
  "ariatelemetry/**",
];

/** Desktop Excel only trusts a certificate the Office dev-certs tool installed; elsewhere a self-signed one is enough. */
async function httpsServer() {
  if (process.platform !== "win32" && process.platform !== "darwin") return "https";
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const preview = Boolean(env.preview);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: functionSources().map((f) => `./${f}`),
      // The render benchmark's baseline: a Fluent provider and one Text (its own page, shares nothing).
      "empty-fluent": "./src/bench/emptyFluent.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", chunkFilename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    // office.js host files are Microsoft's, loaded on demand; size hints are for our own bundles.
    performance: { assetFilter: (file) => !file.startsWith("office-js/") && !file.endsWith(".map") },
    plugins: [
      new ChunkManifestPlugin(),
      new CustomFunctionsMetadataPlugin({ input: functionSources().map((f) => `./${f}`), output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        officeJs: true,
        csp: taskpaneCsp(),
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        csp: helpCsp(),
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Outside Office, office.js reaches for Microsoft's telemetry; the preview must work offline.
        officeJs: false,
        // Hot reload's WebSocket back to the dev server, only when served by it.
        csp: previewCsp({ devServer: preview && dev ? `localhost:${PREVIEW_PORT}` : undefined }),
      }),
      new HtmlWebpackPlugin({
        filename: "empty-fluent.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["empty-fluent"],
        officeJs: false,
        csp: previewCsp(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...OFFICE_JS_FILES.map((from) => ({
            from,
            context: "node_modules/@microsoft/office-js/dist",
            to: "office-js/",
            info: { minimized: true },
          })),
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/pane.css", to: "pane.css" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: preview
      ? {
          port: PREVIEW_PORT,
          host: "localhost",
          static: false,
          historyApiFallback: { index: "/preview.html" },
          open: process.env.CI ? false : ["/preview.html"],
          client: { overlay: { warnings: false } },
        }
      : {
          port: DEV_PORT,
          server: argv.env?.WEBPACK_SERVE || env.WEBPACK_SERVE ? await httpsServer() : "https",
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        },
  };
};
