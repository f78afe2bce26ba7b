/* eslint-disable no-undef */
// `npm run check`: checks the shipped example workbook with `ekv check`. The published 2016
// tables contain a real mistake, so the checker exits with 1 ("errors found"); for this
// demonstration that is the expected outcome, so only exit code 2 (could not check) fails here.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [
    path.join(root, "bin/ekv.js"),
    "check",
    path.join("examples", "begroting-2016-hoofdstuk-IX.xlsx"),
    ...args,
  ],
  { cwd: root, stdio: "inherit" }
);
if (result.status === 1) {
  // stderr, so that `npm run check -- --json` still prints exactly one JSON document on stdout.
  console.error(
    "\n(Exitcode van ekv check: 1 — de gepubliceerde tabellen bevatten de fout hierboven; dat is het verwachte resultaat van dit voorbeeld.)"
  );
  process.exit(0);
}
process.exit(result.status === null ? 2 : result.status);
