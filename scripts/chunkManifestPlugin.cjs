/* Writes chunks.json beside the build: for each entry point and each named lazy chunk group
 * (import() with a webpackChunkName), the JavaScript files it needs, shared chunks included. The
 * bundle-size check reads it to know what a page loads at start without parsing webpack's runtime. */
class ChunkManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ChunkManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            groups[name] = {
              entry: group.isInitial(),
              files: [...new Set(group.chunks.flatMap((c) => [...c.files]))].filter((f) => f.endsWith(".js")).sort(),
            };
          }
          const text = JSON.stringify({ groups }, null, 2);
          compilation.emitAsset("chunks.json", new compiler.webpack.sources.RawSource(text));
        }
      );
    });
  }
}

module.exports = { ChunkManifestPlugin };
