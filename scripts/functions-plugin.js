/* eslint-disable no-undef */
/**
 * functions.json, and the list of functions that src/functions/index.ts registers with Excel.
 *
 * The metadata comes from custom-functions-metadata, the generator behind Microsoft's
 * custom-functions-metadata-plugin, reading the @customfunction JSDoc of the family modules
 * (src/functions/<family>.ts), exactly as that plugin does: functions.json is the same file.
 *
 * What differs: Microsoft's plugin appends `CustomFunctions.associate(id, fn)` to each family
 * module, so the family modules (and with them src/core and decimal.js) would have to be in
 * functions.js, which taskpane.html loads before the pane can be used. Here the family modules are
 * a chunk loaded on the first call (src/functions/lazy.ts), and functions.js associates every id
 * with a forwarder at once, from the list this plugin gives it as the constant EKV_FUNCTIONS:
 * [{ id, family, name }], where `family` is the module's file name and `name` the exported function.
 */
const path = require("path");
const webpack = require("webpack");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const NAME = "EkvFunctionsPlugin";

class FunctionsPlugin {
  /** @param {{ input: string[], output: string }} options family modules (paths), functions.json name */
  constructor(options) {
    this.input = options.input.map((f) => path.resolve(f));
    this.output = options.output;
    this.result = null;
  }

  /** What functions.js registers: one entry per function, in the order of functions.json. */
  functions() {
    if (!this.result) return [];
    return this.result.associate.map((a) => ({
      id: a.id,
      family: path.basename(a.sourceFileName).replace(/\.ts$/, ""),
      name: a.functionName,
    }));
  }

  apply(compiler) {
    // Read again before every compilation: `webpack serve` picks up an edited JSDoc block.
    compiler.hooks.beforeCompile.tapPromise(NAME, async () => {
      this.result = await generateCustomFunctionsMetadata(this.input, true);
    });
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const errors = this.result ? this.result.errors : ["no metadata generated"];
          for (const e of errors)
            compilation.errors.push(new webpack.WebpackError(`${NAME}: ${e}`));
          if (!errors.length) {
            compilation.emitAsset(
              this.output,
              new webpack.sources.RawSource(this.result.metadataJson)
            );
          }
        }
      );
    });
    new webpack.DefinePlugin({
      EKV_FUNCTIONS: webpack.DefinePlugin.runtimeValue(() => JSON.stringify(this.functions()), {
        fileDependencies: this.input,
      }),
    }).apply(compiler);
  }
}

module.exports = FunctionsPlugin;
