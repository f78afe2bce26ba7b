#!/usr/bin/env node
"use strict";
/*
 * Entry point of `ekv` (see docs/cli.md): runs the compiled CLI, dist/cli/ekv.js, which
 * `npm run build` (or `npm run build:cli`, run by `npm ci` through `prepare`) emits as plain
 * JavaScript. No TypeScript at run time, no ExcelJS.
 * Anything unexpected becomes one line on stderr and exit code 2, never a stack trace.
 */
const path = require("path");

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
// Should the run ever leave its promise pending with nothing left to do, node would exit silently
// with code 0; report it instead.
process.on("beforeExit", () => {
  if (!settled) {
    process.stderr.write("ekv: het lezen is onverwacht gestopt; het bestand is mogelijk beschadigd.\n");
    process.exit(2);
  }
});

const compiled = path.join(__dirname, "..", "dist", "cli", "ekv.js");
let run;
try {
  ({ run } = require(compiled));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes(compiled)) {
    process.stderr.write(
      "ekv: de opdrachtregel is nog niet gebouwd; voer eerst `npm run build:cli` (of `npm ci`) uit.\n"
    );
    process.exit(2);
  }
  fail(err);
}
run(process.argv.slice(2)).then((code) => {
  settled = true;
  process.exitCode = code;
}, fail);
