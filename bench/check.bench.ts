/**
 * `ekv check` on a generated workbook with 50 000 item rows (garanties overview layout, as the
 * 2016 table: Nr. | Artikel | Omschrijving | three years of uitstaand/verleend/vervallen/plafond |
 * Totaal plafond, and a Totaal row), against only reading the same file with the same library
 * (ExcelJS), in the same run.
 *
 * Every measurement runs in its own child process, so the peak memory (`maxRSS`) of one does not
 * include the other; each child times only its own work (not node's start-up) and the median of
 * three runs is shown. Measured:
 * - baseline: ExcelJS's streaming `WorkbookReader`, visiting every row and cell value;
 * - for reference: ExcelJS's full reader (`Workbook.xlsx.readFile`) visiting every cell;
 * - ekv reading only: `readXlsxFile` (src/xlsx: zip parts unpacked with fflate and CRC-checked,
 *   XML streamed with saxes, every cell through the conversion contract, SheetData);
 * - ekv check: `readXlsxFile` + `checkSheets` (all rules), i.e. what `ekv check` does;
 * - the shipped CLI end to end (node's start-up included): `dist/cli/ekv.js check --json` in its
 *   own process, with that process's peak memory.
 * Targets (issue 9): ekv check ≤ 0,6× the ExcelJS streaming read, peak memory ≤ 120 MB.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readXlsxFile } from "../src/cli/read-file";
import { checkSheets } from "../src/core/tables/check";
import { garantiesOverzicht2016 } from "../test/tables/fixtures/tables-2016";
import { measureCli } from "./cli-process";

const ITEMS = 50_000;
const RUNS = 3;
const WORKER_ENV = "EKV_CHECK_BENCH_WORKER";

type Mode = "read-stream" | "read-full" | "ekv-read" | "ekv-check";

interface Measurement {
  ms: number;
  maxRssMb: number;
  detail: string;
}

/** The header of the published 2016 overview: the benchmark sheets are that table, scaled up. */
const HEADER = garantiesOverzicht2016[1] as string[];

/**
 * Writes the workbook with ExcelJS's streaming writer. Rows alternate between schemes with an
 * annual ceiling and schemes with a total ceiling (as in the 2016 table); every 5 000th row
 * carries a roll-forward mistake so the rules have something to report.
 */
async function generate(file: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("Verstrekte garanties");
  ws.addRow(["Overzicht verstrekte garanties (bedragen x € 1.000)"]).commit();
  ws.addRow(HEADER).commit();
  const totals = new Array<number>(10).fill(0);
  let mistakes = 0;
  for (let i = 0; i < ITEMS; i++) {
    const u14 = 1_000 + ((i * 7919) % 900_000);
    const v15 = (i * 31) % 5_000;
    const x15 = (i * 17) % 1_000;
    const u15 = u14 + v15 - x15;
    const v16 = (i * 13) % 4_000;
    const x16 = (i * 11) % 900;
    let u16 = u15 + v16 - x16;
    if (i % 5_000 === 4_999) {
      u16 += 1;
      mistakes++;
    }
    const annual = i % 2 === 0;
    const p15 = annual ? 5_000 : null;
    const p16 = annual ? 4_000 : null;
    const tp = annual ? null : u16 + 10_000;
    const amounts = [u14, v15, x15, u15, p15, v16, x16, u16, p16, tp];
    amounts.forEach((a, k) => (totals[k] += a ?? 0));
    const row = ws.addRow([i + 1, `Artikel ${1 + (i % 9)}`, `Regeling ${i + 1}`, ...amounts]);
    row.numFmt = "#,##0;\u2013 #,##0";
    row.commit();
  }
  ws.addRow([null, "Totaal", null, ...totals]).commit();
  await wb.commit();
  return mistakes;
}

async function worker(mode: Mode, file: string): Promise<void> {
  const t0 = performance.now();
  let detail = "";
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
  const out: Measurement = { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, detail };
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
    const mistakes = await generate(file);
    const size = fs.statSync(file).size;
    console.log(
      `werkmap: ${fmt(ITEMS)} regelingen + Totaal, ${HEADER.length} kolommen, ${fmt(size / 1024 / 1024, 1)} MB, ` +
        `${mistakes} ingebouwde fouten (gegenereerd in ${fmt(performance.now() - t0)} ms)`
    );
    const modes: Mode[] = ["read-stream", "read-full", "ekv-read", "ekv-check"];
    const results = new Map<Mode, Measurement[]>(modes.map((m) => [m, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const m of modes) results.get(m)?.push(measure(m, file));
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
      "ekv-read": "ekv: lezen + omzetten (readXlsx)",
      "ekv-check": "ekv check: lezen + omzetten + checkSheets",
    };
    for (const m of modes) {
      const s = summary.get(m);
      if (!s || !base) continue;
      console.log(
        `${labels[m].padEnd(52)} ${fmt(s.ms).padStart(6)} ms  ×${fmt(s.ms / base.ms, 2)}  ` +
          `piekgeheugen ${fmt(s.mb)} MB  (${s.detail})`
      );
    }
    // Each mistake breaks its own row's roll-forward; the totals are sums of the typed figures,
    // so only the Totaal row's roll-forward breaks as well (by the number of mistakes).
    console.log(
      `verwachte bevindingen: roll-forward ${mistakes + 1} (${mistakes} regels + Totaal)`
    );
    const cliRuns = Array.from({ length: RUNS }, () => measureCli(["check", file, "--json"]));
    const cliMs = median(cliRuns.map((r) => r.ms));
    const cliMb = median(cliRuns.map((r) => r.maxRssMb));
    if (base) {
      console.log(
        `${"ekv check --json (dist/cli, van start tot eind)".padEnd(52)} ${fmt(cliMs).padStart(6)} ms  ×${fmt(cliMs / base.ms, 2)}  ` +
          `piekgeheugen ${fmt(cliMb)} MB  (afsluitcode ${String(cliRuns[0]?.code)})`
      );
    }
    const check = summary.get("ekv-check");
    if (check && base) {
      const ratio = check.ms / base.ms;
      console.log(
        `verhouding ekv check / alleen lezen met ExcelJS streaming: ${fmt(ratio, 2)} (doel ≤ 0,6: ${ratio <= 0.6 ? "gehaald" : "NIET gehaald"}); ` +
          `van start tot eind: ${fmt(cliMs / base.ms, 2)}`
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
