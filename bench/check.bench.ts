/**
 * `ekv check` on a generated workbook with 50 000 item rows (garanties overview layout, as the
 * 2016 table: Nr. | Artikel | Omschrijving | three years of uitstaand/verleend/vervallen/plafond |
 * Totaal plafond, and a Totaal row), against only reading the same file with the same library
 * (ExcelJS), in the same run.
 *
 * Every measurement runs in its own child process, so the peak memory (`maxRSS`) of one does not
 * include the other; each child times only its own work (not node's start-up) and the median of
 * five runs is shown; each run measures every mode and the CLI back to back. Measured:
 * - baseline: ExcelJS's streaming `WorkbookReader`, visiting every row and cell value;
 * - for reference: ExcelJS's full reader (`Workbook.xlsx.readFile`) visiting every cell;
 * - ekv reading only, from the TypeScript sources through tsx (for information: tsx's module
 *   interop costs on every call between modules): `readXlsxFile` (src/xlsx: zip parts unpacked and CRC-checked,
 *   XML streamed by the reader's own scanner, every cell through the conversion contract,
 *   SheetData);
 * - ekv check: `readXlsxFile` + `checkSheets` (all rules), i.e. what `ekv check` does;
 * - the shipped CLI end to end (node's start-up included): `dist/cli/ekv.js check --json` in its
 *   own process, with that process's peak memory: the headline figures.
 * Targets (issue 9): ekv check ≤ 0,6× the ExcelJS streaming read, peak memory ≤ 120 MB.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readXlsxFile } from "../src/cli/read-file";
import { checkSheets } from "../src/core/tables/check";
import { measureCli } from "./cli-process";
import { HEADER, writeBenchWorkbook } from "./garanties-workbook";

const ITEMS = 50_000;
/** Every 5 000th scheme carries a roll-forward mistake (bench/garanties-workbook.ts). */
const MISTAKE_EVERY = 5_000;
const RUNS = 5;
const WORKER_ENV = "EKV_CHECK_BENCH_WORKER";

type Mode = "read-stream" | "read-full" | "ekv-read" | "ekv-check";

interface Measurement {
  ms: number;
  maxRssMb: number;
  detail: string;
  /** ekv-check: each finding as "rule cell expected actual", in the checker's order. */
  findings?: string[];
}

async function worker(mode: Mode, file: string): Promise<void> {
  const t0 = performance.now();
  let detail = "";
  let findings: string[] | undefined;
  if (mode === "read-stream") {
    let cells = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
    for await (const ws of reader) {
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        row.eachCell(() => {
          cells++;
        });
      }
    }
    detail = `${cells} cellen`;
  } else if (mode === "read-full") {
    let cells = 0;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell(() => void cells++)));
    detail = `${cells} cellen`;
  } else {
    const sheets = readXlsxFile(file);
    const cells = sheets.reduce(
      (n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0),
      0
    );
    detail = `${cells} cellen`;
    if (mode === "ekv-check") {
      const result = checkSheets(sheets);
      findings = result.findings.map((f) => `${f.rule} ${f.cell} ${f.expected} ${f.actual}`);
      const rules = new Map<string, number>();
      for (const f of result.findings) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
      detail = `${result.tables.length} tabel(len), ${result.findings.length} bevindingen (${[
        ...rules,
      ]
        .map(([r, n]) => `${r} ${n}`)
        .join(", ")})`;
    }
  }
  const ms = performance.now() - t0;
  const out: Measurement = {
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail,
    findings,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

let baselineRetries = 0;

/**
 * One measurement in a child process. ExcelJS's streaming reader intermittently fails on files
 * written by ExcelJS (exceljs issue #3064); such a run is repeated and counted.
 */
function measure(mode: Mode, file: string): Measurement {
  for (let attempt = 1; ; attempt++) {
    try {
      return measureOnce(mode, file);
    } catch (err) {
      if (mode !== "read-stream" || attempt >= 5) throw err;
      baselineRetries++;
    }
  }
}

function measureOnce(mode: Mode, file: string): Measurement {
  const r = spawnSync(process.execPath, ["--import", "tsx", __filename], {
    env: { ...process.env, [WORKER_ENV]: mode, EKV_CHECK_BENCH_FILE: file },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !line.startsWith("{")) {
    throw new Error(`${mode}: child process failed: ${r.stderr.trim().split("\n")[0] ?? ""}`);
  }
  return JSON.parse(line) as Measurement;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const fmt = (x: number, d = 0): string =>
  x.toLocaleString("nl-NL", { minimumFractionDigits: d, maximumFractionDigits: d });

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ekv-check-bench-"));
  const file = path.join(dir, "garanties-50000.xlsx");
  try {
    const t0 = performance.now();
    const { mistakes } = await writeBenchWorkbook(file, ITEMS, MISTAKE_EVERY);
    const size = fs.statSync(file).size;
    console.log(
      `werkmap: ${fmt(ITEMS)} regelingen + Totaal, ${HEADER.length} kolommen, ${fmt(size / 1024 / 1024, 1)} MB, ` +
        `${mistakes.length - 1} ingebouwde fouten (gegenereerd in ${fmt(performance.now() - t0)} ms)`
    );
    const modes: Mode[] = ["read-stream", "read-full", "ekv-read", "ekv-check"];
    const results = new Map<Mode, Measurement[]>(modes.map((m) => [m, []]));
    // Each run measures the baseline, every mode and the shipped CLI back to back, so that the
    // load of a shared machine weighs on all of them alike.
    const cliRuns: ReturnType<typeof measureCli>[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const m of modes) results.get(m)?.push(measure(m, file));
      cliRuns.push(measureCli(["check", file, "--json"]));
    }
    const summary = new Map<Mode, { ms: number; mb: number; detail: string }>();
    for (const m of modes) {
      const rs = results.get(m) ?? [];
      summary.set(m, {
        ms: median(rs.map((r) => r.ms)),
        mb: median(rs.map((r) => r.maxRssMb)),
        detail: rs[0]?.detail ?? "",
      });
    }
    const base = summary.get("read-stream");
    const labels: Record<Mode, string> = {
      "read-stream": "alleen lezen, ExcelJS streaming (basislijn)",
      "read-full": "alleen lezen, ExcelJS volledig (ter vergelijking)",
      "ekv-read": "ekv: lezen + omzetten (bronnen via tsx)",
      "ekv-check": "ekv: lezen + checkSheets (bronnen via tsx)",
    };
    for (const m of modes) {
      const s = summary.get(m);
      if (!s || !base) continue;
      console.log(
        `${labels[m].padEnd(52)} ${fmt(s.ms).padStart(6)} ms  ×${fmt(s.ms / base.ms, 2)}  ` +
          `piekgeheugen ${fmt(s.mb)} MB  (${s.detail})`
      );
    }
    // The workbook says which cells break the roll-forward (bench/garanties-workbook.ts): each
    // mistake's own row, and the Totaal row by the number of mistakes. Exactly those must be found.
    const expected = mistakes.map((m) => `roll-forward ${m.cell} ${m.expected} ${m.actual}`);
    const found = results.get("ekv-check")?.[0]?.findings ?? [];
    const same = found.length === expected.length && found.every((f, i) => f === expected[i]);
    console.log(
      `bevindingen: ${found.length}, verwacht ${expected.length} (${mistakes.length - 1} ingebouwde fouten in ${mistakes[0]?.cell ?? "-"}…${mistakes[mistakes.length - 2]?.cell ?? "-"} + Totaal ${mistakes[mistakes.length - 1]?.cell ?? "-"}): ` +
        (same
          ? "precies de ingebouwde fouten"
          : `AFWIJKEND: ${found
              .filter((f) => !expected.includes(f))
              .slice(0, 3)
              .join("; ")}`)
    );
    const cliMs = median(cliRuns.map((r) => r.ms));
    const cliMb = median(cliRuns.map((r) => r.maxRssMb));
    // Every run, so that a median taken on a loaded machine can be read with its spread.
    const baseRuns = results.get("read-stream") ?? [];
    console.log(
      `per run, ExcelJS streaming / ekv check --json (dist/cli): ${cliRuns
        .map(
          (r, i) =>
            `${fmt(baseRuns[i]?.ms ?? NaN)} / ${fmt(r.ms)} ms, ${fmt(baseRuns[i]?.maxRssMb ?? NaN)} / ${fmt(r.maxRssMb)} MB`
        )
        .join("; ")}; belasting (load average 1 min) ${fmt(os.loadavg()[0], 2)}`
    );
    if (base) {
      console.log(
        `${"ekv check --json (dist/cli, van start tot eind)".padEnd(52)} ${fmt(cliMs).padStart(6)} ms  ×${fmt(cliMs / base.ms, 2)}  ` +
          `piekgeheugen ${fmt(cliMb)} MB  (afsluitcode ${String(cliRuns[0]?.code)})`
      );
    }
    const check = summary.get("ekv-check");
    if (check && base) {
      // The headline is `ekv check` as shipped (compiled, node's start-up and the JSON output
      // included); the TypeScript sources run through tsx pay for its module interop on every
      // call between modules, so their figure is for information only.
      const ratio = cliMs / base.ms;
      console.log(
        `verhouding ekv check (dist/cli, van start tot eind) / alleen lezen met ExcelJS streaming: ${fmt(ratio, 2)} ` +
          `(doel ≤ 0,6: ${ratio <= 0.6 ? "gehaald" : "NIET gehaald"}); bronnen via tsx, zonder opstarten: ${fmt(check.ms / base.ms, 2)}`
      );
      console.log(
        `piekgeheugen ekv check: ${fmt(check.mb)} MB in het meetproces, ${fmt(cliMb)} MB als CLI (doel ≤ 120 MB: ${cliMb <= 120 ? "gehaald" : "NIET gehaald"}); ` +
          `mediaan van ${RUNS} runs, elk in een eigen proces`
      );
    }
    if (baselineRetries > 0) {
      console.log(
        `ExcelJS streaming faalde ${baselineRetries}× (exceljs issue #3064) en is toen herhaald`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const workerMode = process.env[WORKER_ENV] as Mode | undefined;
if (workerMode) {
  worker(workerMode, process.env.EKV_CHECK_BENCH_FILE ?? "").catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
