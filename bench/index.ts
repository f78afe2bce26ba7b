/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those whose name contains an argument:
 * `npm run bench -- check`). Each prints its own figures as ratios against a baseline measured in
 * the same run, so the numbers mean the same on any machine.
 *
 * Each file runs in a process of its own: what one benchmark leaves behind (a heap grown by
 * writing a 50 000-row workbook, code the engine optimised for other data) would otherwise change
 * the next one's figures, and a ratio then depends on which benchmarks ran before it (the
 * custom-function ratios moved between 1,3× and 7× that way). Benchmarks are never part of
 * `npm test`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ONE = "--one";

async function runOne(file: string): Promise<void> {
  const mod = (await import(path.join(__dirname, file))) as { run?: () => Promise<void> };
  if (typeof mod.run !== "function") {
    console.log(`(${file} exporteert geen run())`);
    return;
  }
  await mod.run();
}

function main(): void {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const load = os.loadavg().map((x) => x.toFixed(2).replace(".", ","));
  console.log(
    `ekv-begroting benchmarks — node ${process.version}, ${new Date().toISOString()}, ` +
      `${os.cpus().length} kernen, belasting (load average 1/5/15 min) bij de start ${load.join(" / ")}`
  );
  for (const f of files) {
    console.log(`\n=== ${f} ===`);
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, ONE, f], {
      stdio: "inherit",
    });
    if (r.status !== 0) {
      console.log(`(${f} stopte met afsluitcode ${String(r.status ?? r.signal)})`);
      process.exitCode = 1;
    }
  }
  const end = os.loadavg().map((x) => x.toFixed(2).replace(".", ","));
  console.log(`\nbelasting aan het eind: ${end.join(" / ")}`);
}

if (process.argv[2] === ONE) {
  runOne(process.argv[3] ?? "").catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
} else {
  main();
}
