/* eslint-disable no-undef */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const FunctionsPlugin = require("./scripts/functions-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Where the add-in is served during development (sideloading) and in production. */
const urlDev = "https://localhost:3000";
const urlProd = (process.env.EKV_PROD_URL || "https://ekv-begroting.example.nl").replace(/\/+$/, "");

/**
 * Every development URL in the manifest (all of them share the development origin, AppDomain
 * included) becomes the production URL. Microsoft's template replaces
 * only the first occurrence (String.replace with a string); a regular expression with /g replaces all.
 */
function rewriteManifest(content, mode) {
  const text = content.toString();
  if (mode !== "production") return text;
  const escaped = urlDev.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return text.replace(new RegExp(escaped, "g"), urlProd);
}

/**
 * The custom-function families: every module in src/functions/ except the shared input helpers and
 * the registration (index.ts, lazy.ts, families.ts). Each carries its own @customfunction JSDoc;
 * scripts/functions-plugin.js reads them all into one functions.json and gives functions.js the
 * list of ids to associate.
 */
function functionFamilies() {
  const dir = path.resolve(__dirname, "src/functions");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .filter((f) => !["excel-input.ts", "index.ts", "lazy.ts", "families.ts"].includes(f))
    .sort()
    .map((f) => `./src/functions/${f}`);
}

function getHttpsOptions() {
  // Certificates made by `npx office-addin-dev-certs install` (once, by the developer; it needs
  // sudo on Linux) are used when present. Serving never installs anything itself: without them the
  // dev server uses its own self-signed certificate, which the browser must be told to trust.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const options = {};
  for (const [k, f] of Object.entries(files)) {
    const file = path.join(dir, f);
    if (!fs.existsSync(file)) return undefined;
    options[k] = fs.readFileSync(file);
  }
  return options;
}

module.exports = async (env, options) => {
  const mode = options.mode || "production";
  const dev = mode === "development";
  const families = functionFamilies();
  const config = {
    name: "addin",
    mode,
    devtool: dev ? "source-map" : false,
    entry: {
      // Registers the functions; their implementations are a chunk loaded on the first call.
      functions: "./src/functions/index.ts",
      // Shared runtime: the pane runs in the same page after functions.js, with its webpack runtime
      // (one module registry: the pane can preload the functions' chunk, see parts.ts).
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      // The standalone web page: the same check without Office (see src/web/).
      controle: "./src/web/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/cli/ is the compiled CLI, emitted by the "cli" configuration below.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The core and decimal.js (with the functions' implementations): one chunk, fetched when
          // first needed by the custom functions (src/functions/lazy.ts), a part of the pane
          // (parts.ts) or the pane's check worker; all of them run in taskpane.html's shared
          // runtime, so the browser downloads it once. Only chunks loaded on demand: what
          // taskpane.html loads when it opens holds none of it. The web page (controle.html, its
          // worker) keeps its own build of the core.
          core: {
            name: "core",
            test: /[\\/](src[\\/](core|functions)|node_modules[\\/]decimal\.js)[\\/]/,
            chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== "controle-worker",
            enforce: true,
          },
        },
      },
    },
    performance: {
      // The task pane bundle carries React and Fluent UI (about 100 KB gzip); the default
      // 244 KB uncompressed hint is not meaningful for an add-in loaded once per session.
      maxEntrypointSize: 1200000,
      maxAssetSize: 1200000,
    },
    plugins: [
      new FunctionsPlugin({ output: "functions.json", input: families }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the custom functions (functions.js first:
        // the pane uses its webpack runtime).
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "controle.html",
        template: "./src/web/controle.html",
        chunks: ["controle"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => rewriteManifest(content, mode),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      // Only `webpack serve` needs certificates; a build must never touch the certificate store.
      server: env && env.WEBPACK_SERVE ? { type: "https", options: getHttpsOptions() } : "https",
    },
  };
  // `webpack serve` serves the add-in only; a build also emits the CLI.
  return env && env.WEBPACK_SERVE ? config : [config, cliConfig(mode)];
};

/**
 * `ekv` as plain JavaScript for node: dist/cli/ekv.js, run by bin/ekv.js. One file with the core
 * and the .xlsx reader; no TypeScript at run time and no
 * ExcelJS. `npm run build:cli` builds only this.
 */
function cliConfig(mode) {
  return {
    name: "cli",
    mode,
    target: "node20",
    devtool: false,
    entry: { ekv: "./src/cli/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist/cli"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    performance: { hints: false },
  };
}

module.exports.rewriteManifest = rewriteManifest;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.functionFamilies = functionFamilies;
module.exports.cliConfig = cliConfig;
