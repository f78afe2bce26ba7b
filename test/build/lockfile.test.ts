/**
 * `npm ci` in CI needs an entry in package-lock.json for every optional platform package (see
 * scripts/complete-lockfile.js for why `npm install` leaves them out here).
 */
import fs from "fs";
import path from "path";

interface LockEntry {
  version?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

test("every optional dependency in package-lock.json has its own entry (npm ci accepts the lock)", () => {
  const lock = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../package-lock.json"), "utf8")
  ) as { packages: Record<string, LockEntry> };
  const missing: string[] = [];
  let optional = 0;
  for (const [where, entry] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      optional++;
      const nested = `${where ? `${where}/` : ""}node_modules/${dep}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`]) missing.push(dep);
    }
  }
  expect(optional).toBeGreaterThan(10);
  expect(missing).toEqual([]);
});
