/**
 * Start-up of the shipped CLI, end to end, against node itself in the same run:
 * - `ekv --help` vs `node -e 0` (target ≤ 2×);
 * - `ekv check` of the example workbook vs `node -e 0` (target ≤ 3×).
 * Both through bin/ekv.js, as a user runs them; median of 15 runs each, interleaved.
 */
import * as path from "node:path";
import { fmt, median, ROOT, timeProcess } from "./cli-process";

const RUNS = 15;

export async function run(): Promise<void> {
  const bin = path.join(ROOT, "bin", "ekv.js");
  const example = path.join(ROOT, "examples", "begroting-2016-hoofdstuk-IX.xlsx");
  const cases: Array<[string, string[]]> = [
    ["node -e 0 (basislijn)", ["-e", "0"]],
    ["ekv --help", [bin, "--help"]],
    ["ekv check voorbeeldwerkmap", [bin, "check", example]],
  ];
  const times = new Map<string, number[]>(cases.map(([l]) => [l, []]));
  timeProcess(["-e", "0"]); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    for (const [label, args] of cases) times.get(label)?.push(timeProcess(args));
  }
  const base = median(times.get(cases[0][0]) ?? []);
  const targets: Record<string, number> = { "ekv --help": 2, "ekv check voorbeeldwerkmap": 3 };
  for (const [label] of cases) {
    const ms = median(times.get(label) ?? []);
    const target = targets[label];
    const verdict =
      target === undefined
        ? ""
        : `  (doel ≤ ${target}×: ${ms / base <= target ? "gehaald" : "NIET gehaald"})`;
    console.log(`${label.padEnd(30)} ${fmt(ms).padStart(6)} ms  ×${fmt(ms / base, 2)}${verdict}`);
  }
  console.log(`mediaan van ${RUNS} runs, van start tot eind, door elkaar gemeten`);
}
