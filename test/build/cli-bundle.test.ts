/**
 * `ekv` as shipped: dist/cli/ekv.js (from `npm run build`) is plain JavaScript that bin/ekv.js
 * runs. It loads no TypeScript, no ExcelJS and no module but node's own fs and util, and it uses
 * no node API newer than the lowest version `engines` claims: the test runs the bundle with
 * node:fs and node:util replaced by recording proxies and checks every member it touched
 * against the node version that introduced it.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as util from "node:util";

const REPO = path.join(__dirname, "..", "..");
const BUNDLE = path.join(REPO, "dist", "cli", "ekv.js");
const EXAMPLE = path.join(REPO, "examples", "begroting-2016-hoofdstuk-IX.xlsx");

/** Every node API the CLI may use, with the node version that made it available (and stable). */
const SINCE: Record<string, string> = {
  "node:fs.statSync": "0.1.21",
  "node:fs.readFileSync": "0.1.8",
  "node:util.parseArgs": "20.0.0", // 18.3 experimental, stable from 20.0
  // --html: the report's SHA-256 and writing it without overwriting.
  "node:crypto.createHash": "0.1.92",
  "node:fs.existsSync": "0.1.21",
  "node:fs.writeFileSync": "0.1.29",
};

function versionKey(v: string): number {
  const [a, b, c] = v.split(".").map(Number);
  return a * 1e6 + b * 1e3 + c;
}

test("package.json: ekv is bin/ekv.js, tsx and ExcelJS are development tools only", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
    bin: Record<string, string>;
    engines: { node: string };
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  expect(pkg.bin).toEqual({ ekv: "bin/ekv.js" });
  expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
  expect(Object.keys(pkg.dependencies)).not.toContain("exceljs");
  expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(["tsx", "exceljs"]));
  expect(pkg.engines.node).toBe(">=20.0.0");
  const bin = fs.readFileSync(path.join(REPO, "bin", "ekv.js"), "utf8");
  expect([...bin.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['"path"', "compiled"]);
});

test("the bundle requires only node:crypto, node:fs and node:util", () => {
  const src = fs.readFileSync(BUNDLE, "utf8");
  const required = new Set([...src.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
  expect([...required].sort()).toEqual(["node:crypto", "node:fs", "node:util"]);
  expect(src).not.toMatch(/exceljs|tsx\/cjs|typescript/);
});

test("it uses no node API newer than engines' lowest version (20.0.0)", async () => {
  const touched = new Set<string>();
  const real: Record<string, object> = { "node:crypto": crypto, "node:fs": fs, "node:util": util };
  const recordingRequire = (name: string): unknown => {
    const mod = real[name];
    if (!mod) throw new Error(`unexpected require(${name})`);
    return new Proxy(mod, {
      get(target, prop) {
        if (typeof prop === "string" && prop !== "__esModule" && prop !== "default") {
          touched.add(`${name}.${prop}`);
        }
        return (target as Record<string | symbol, unknown>)[prop];
      },
    });
  };
  const module = { exports: {} as { run?: (argv: string[], io: unknown) => Promise<number> } };
  new Function("require", "module", "exports", fs.readFileSync(BUNDLE, "utf8"))(
    recordingRequire,
    module,
    module.exports
  );
  const out: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
  const run = module.exports.run;
  if (!run) throw new Error("dist/cli/ekv.js exports no run()");
  expect(await run(["--help"], io)).toBe(0);
  expect(await run(["check", EXAMPLE, "--json"], io)).toBe(1);
  expect(await run(["check", path.join(REPO, "bestaat-niet.xlsx")], io)).toBe(2);
  const unknown = [...touched].filter((t) => !(t in SINCE));
  expect(unknown).toEqual([]);
  const newest = Math.max(...[...touched].map((t) => versionKey(SINCE[t])));
  expect(newest).toBeLessThanOrEqual(versionKey("20.0.0"));
  expect([...touched].sort()).toEqual([
    "node:fs.readFileSync",
    "node:fs.statSync",
    "node:util.parseArgs",
  ]);
});
