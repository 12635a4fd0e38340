'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// Write which modules each chunk holds, and their sizes, for the bench (scripts/bench/benchBundle.ts): it lists the
// entry bundle's largest modules so a regression in what the first paint carries names its cause. Written to
// temp/, which never ships. Sizes are webpack's, before minification; a module of which the bundle uses only some
// exports (an icon package's file of hundreds of icons) is counted in proportion, as tree-shaking keeps only those.
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    // Griffel's ahead-of-time transform (Fluent UI's recommended build setup): the project's makeStyles calls become
    // precomputed class names and CSS at build time, so the page does not compute styles before it paints. Fluent's
    // own packages ship transformed already; this applies it to the project's compiled files in lib/.
    config.module.rules.push({
      test: /\.js$/,
      include: [require('path').join(__dirname, 'lib')],
      use: { loader: '@griffel/webpack-loader' }
    });
    config.plugins = config.plugins || [];
    config.plugins.push({
      apply(compiler) {
        compiler.hooks.done.tap('TryggeBarnBundleStats', (stats) => {
          const fs = require('fs');
          const path = require('path');
          const compilation = stats.compilation;
          const { chunkGraph, requestShortener } = compilation;
          const { moduleGraph } = compilation;
          const shakenSize = (module, runtime) => {
            const exportsInfo = moduleGraph.getExportsInfo(module);
            const provided = exportsInfo.getProvidedExports();
            const used = exportsInfo.getUsedExports(runtime);
            const share = Array.isArray(provided) && provided.length > 0 && used instanceof Set ? used.size / provided.length : 1;
            return Math.round(module.size() * share);
          };
          const describe = (module, runtime) =>
            // A concatenated module is many source modules hoisted into one scope; list its parts.
            (module.modules ? [...module.modules] : [module]).map((inner) => ({
              name: inner.readableIdentifier(requestShortener),
              size: shakenSize(inner, runtime)
            }));
          const chunks = [...compilation.chunks].map((chunk) => ({
            name: chunk.name || String(chunk.id),
            files: [...chunk.files],
            entry: chunk.hasRuntime(),
            modules: chunkGraph.getChunkModules(chunk).flatMap((module) => describe(module, chunk.runtime))
          }));
          const dir = path.join(__dirname, 'temp', 'stats');
          fs.mkdirSync(dir, { recursive: true });
          fs.writeFileSync(path.join(dir, 'bundle-modules.json'), JSON.stringify({ chunks }, undefined, 1));
        });
      }
    });
    return config;
  }
});

build.initialize(require('gulp'));
