#!/usr/bin/env node
"use strict";
/*
 * Entry point of `ekv` (see docs/cli.md). Runs the TypeScript sources through tsx (a runtime
 * dependency), so `npx ekv check …` works right after `npm ci`, without a build step.
 * Anything unexpected becomes one line on stderr and exit code 2, never a stack trace.
 */
function fail(err) {
  const raw = err && err.message ? String(err.message) : String(err);
  process.stderr.write(`ekv: interne fout: ${raw.split(/\r?\n/)[0]}\n`);
  process.exit(2);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
// A closed pipe (`ekv check … | head`) is not an error of the check.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(process.exitCode || 0);
  fail(err);
});

let settled = false;
// Should a library ever leave its promise pending with nothing left to do (a stream that stops
// without an error), node would exit silently with code 0; report it instead.
process.on("beforeExit", () => {
  if (!settled) {
    process.stderr.write(
      "ekv: het lezen is onverwacht gestopt; het bestand is mogelijk beschadigd.\n"
    );
    process.exit(2);
  }
});

let run;
try {
  require("tsx/cjs");
  ({ run } = require("../src/cli/main.ts"));
} catch (err) {
  fail(err);
}
run(process.argv.slice(2)).then((code) => {
  settled = true;
  process.exitCode = code;
}, fail);
