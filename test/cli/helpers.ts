/** Helpers for the CLI tests: temporary workbooks written with ExcelJS, and running bin/ekv.js. */
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

export const REPO = path.join(__dirname, "..", "..");
export const BIN = path.join(REPO, "bin", "ekv.js");
export const EXAMPLE = path.join(REPO, "examples", "begroting-2016-hoofdstuk-IX.xlsx");

let dir: string | undefined;

/** A fresh path in this test run's temporary directory. */
export function tmpPath(name: string): string {
  dir ??= fs.mkdtempSync(path.join(os.tmpdir(), "ekv-cli-"));
  return path.join(dir, name);
}

export function removeTmp(): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

export type SheetSpec = {
  name: string;
  /** Row by row from A1; undefined/null leaves the cell blank; objects are ExcelJS cell values. */
  rows: Array<Array<ExcelJS.CellValue | undefined>>;
  merges?: string[];
  numFmts?: Record<string, string>;
};

export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    spec.rows.forEach((values, r) => {
      values.forEach((v, c) => {
        if (v !== undefined && v !== null) ws.getCell(r + 1, c + 1).value = v;
      });
    });
    for (const [ref, fmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(ref).numFmt = fmt;
    for (const m of spec.merges ?? []) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export const TITLE = "Overzicht verstrekte garanties (bedragen x € 1.000)";
export const HEADER = [
  "Nr.",
  "Omschrijving",
  "Uitstaande garanties 2015",
  "Verleend 2016",
  "Vervallen 2016",
  "Uitstaande garanties 2016",
  "Garantieplafond 2016",
];

/**
 * A small garanties overview that adds up (A1 title, row 2 header, rows 3–4 items, row 5 total):
 *   Regeling A: 100 + 20 − 10 = 110, verleend 20 ≤ plafond 50
 *   Regeling B: 200 + 0 − 30 = 170, no annual ceiling (blank)
 *   Totaal:     300 + 20 − 40 = 280; columns 100+200=300, 20+0=20, 10+30=40, 110+170=280, 50
 */
export function consistentRows(): Array<Array<ExcelJS.CellValue | undefined>> {
  return [
    [TITLE],
    [...HEADER],
    [1, "Regeling A", 100, 20, 10, 110, 50],
    [2, "Regeling B", 200, 0, 30, 170, undefined],
    [undefined, "Totaal", 300, 20, 40, 280, 50],
  ];
}
