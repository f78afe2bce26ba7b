/* eslint-disable no-undef */
// `prepare` (run by `npm ci` and `npm install`): builds the compiled CLI, dist/cli/ekv.js, so
// that `npx ekv` and `npm run check` work right after installing. Without the build tools (an
// install with --omit=dev) there is nothing to build with; say so instead of failing the install.
const { spawnSync } = require("child_process");
const path = require("path");

function installed(name) {
  try {
    return Boolean(require.resolve(name));
  } catch (err) {
    return err === null;
  }
}

if (!installed("webpack-cli/package.json")) {
  console.error(
    "ekv: geen build-hulpmiddelen geïnstalleerd; de opdrachtregel (dist/cli) is niet gebouwd."
  );
  process.exit(0);
}
const r = spawnSync("npm", ["run", "build:cli"], {
  cwd: path.resolve(__dirname, ".."),
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(r.status === null ? 1 : r.status);
