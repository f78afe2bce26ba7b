/* eslint-disable no-undef */
// `npm run check`: checks the shipped examples with `ekv check`:
// 1. examples/begroting-2016-hoofdstuk-IX.xlsx — the published 2016 tables contain a real mistake,
//    so the checker exits with 1 ("errors found"); for this demonstration that is the expected
//    outcome, so only exit code 2 (could not check) fails here.
// 2. examples/xvii-2020-2022/*.xlsx — begroting 2020, jaarverslag 2020 and begroting 2022 of
//    hoofdstuk XVII compared with each other ("Tussen documenten"); exit 0 expected (one warning).
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const json = args.includes("--json");

function check(files, expected) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "bin/ekv.js"), "check", ...files, ...args],
    {
      cwd: root,
      stdio: "inherit",
    }
  );
  if (result.status === 1 && expected === 1) {
    // stderr, so that `npm run check -- --json` still prints only JSON documents on stdout.
    console.error(
      "\n(Exitcode van ekv check: 1 — de gepubliceerde tabellen bevatten de fout hierboven; dat is het verwachte resultaat van dit voorbeeld.)"
    );
    return 0;
  }
  return result.status === null ? 2 : result.status;
}

const first = check([path.join("examples", "begroting-2016-hoofdstuk-IX.xlsx")], 1);
if (first !== 0) process.exit(first);
if (!json) console.log("\n────────────────────────────────────────────────────────────\n");
const docs = [
  "begroting-2020-XVII.xlsx",
  "jaarverslag-2020-XVII.xlsx",
  "begroting-2022-XVII.xlsx",
].map((f) => path.join("examples", "xvii-2020-2022", f));
process.exit(check(docs, 0));
