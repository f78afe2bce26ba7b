/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its own figures as ratios
 * against a baseline measured in the same run, so the numbers mean the same on any machine.
 * Benchmarks are never part of `npm test`.
 */
import fs from "fs";
import path from "path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(`ekv-begroting benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  for (const f of files) {
    console.log(`\n=== ${f} ===`);
    const mod = (await import(path.join(__dirname, f))) as { run?: () => Promise<void> };
    if (typeof mod.run !== "function") {
      console.log(`(${f} exporteert geen run())`);
      continue;
    }
    await mod.run();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
