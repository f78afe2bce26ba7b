/* eslint-disable no-undef */
// Completes package-lock.json with the platform packages of optional dependencies.
//
// Why: the registry mirror these machines use answers 404 for platform packages that do not match
// this machine (e.g. @swc/core-darwin-arm64), so `npm install` leaves them out of the lock file,
// and `npm ci` then refuses the lock ("Missing: … from lock file"). An entry marked optional is
// all `npm ci` needs: it skips or tolerates an optional package it cannot install. Run after every
// `npm install` (test/build/lockfile.test.ts fails when an entry is missing).
const fs = require("fs");
const path = require("path");

const file = path.resolve(__dirname, "../package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const packages = lock.packages;
let added = 0;
for (const [where, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies || {})) {
    const nested = `${where ? `${where}/` : ""}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const version = String(range).replace(/^[\^~=]/, "");
    packages[`node_modules/${dep}`] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added++;
  }
}
if (added > 0) {
  const sorted = {};
  for (const key of Object.keys(packages).sort((a, b) =>
    a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1
  )) {
    sorted[key] = packages[key];
  }
  lock.packages = sorted;
  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
}
console.log(`package-lock.json: ${added} optionele platformpakketten toegevoegd`);
