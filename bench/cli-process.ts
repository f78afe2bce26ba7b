/**
 * Running `ekv` for the benchmarks: the compiled CLI in a child process (node's start-up
 * included), its wall time measured here and its peak memory (maxRSS) reported by the child.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

export const ROOT = path.join(__dirname, "..");
const MEASURE = path.join(__dirname, "measure-cli.js");

export interface CliMeasurement {
  ms: number;
  maxRssMb: number;
  code: number | null;
  /** stderr without the measurement line: the `ekv:` message, if any. */
  message: string;
}

export function measureCli(args: string[], nodeArgs: string[] = []): CliMeasurement {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, MEASURE, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  const ms = performance.now() - t0;
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  const last = lines.pop() ?? "";
  const m = /^@@meting (.*)$/.exec(last);
  if (!m) {
    return { ms, maxRssMb: NaN, code: r.status, message: `(geen meting: ${last.slice(0, 120)})` };
  }
  const { code, maxRssKb } = JSON.parse(m[1]) as { code: number; maxRssKb: number };
  return { ms, maxRssMb: maxRssKb / 1024, code, message: lines.join(" ") };
}

/** Wall time of one child process, in ms. */
export function timeProcess(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  if (r.status === null) throw new Error(`${args.join(" ")}: ${r.signal ?? "geen afsluitcode"}`);
  return performance.now() - t0;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export const fmt = (x: number, d = 0): string =>
  x.toLocaleString("nl-NL", { minimumFractionDigits: d, maximumFractionDigits: d });
