/** Helpers for the CLI tests: temporary workbooks written with ExcelJS, and running bin/ekv.js. */
import { spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import ExcelJS from "exceljs";
import { assertValidJson } from "./json-schema";

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
  // Every JSON document a test produces is checked against docs/ekv-check.schema.json.
  if (args.includes("--json") && r.stdout.trim() !== "") assertValidJson(r.stdout);
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

/**
 * Rewrites a zip archive: entries in another physical order (same bytes per entry) and/or with
 * new content for some parts (deflated afresh), to test the reader against the part orders and
 * the XML of other producers.
 */
export function rewriteZip(
  buf: Buffer,
  opts: { order?: (names: string[]) => string[]; replace?: Record<string, string> }
): Buffer {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  const entries: Array<{ name: string; central: Buffer; offset: number }> = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(p + 28);
    const len = 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      central: Buffer.from(buf.subarray(p, p + len)),
      offset: buf.readUInt32LE(p + 42),
    });
    p += len;
  }
  const offsets = entries.map((e) => e.offset).sort((a, b) => a - b);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const names = opts.order ? opts.order(entries.map((e) => e.name)) : entries.map((e) => e.name);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let at = 0;
  for (const n of names) {
    const e = byName.get(n);
    if (!e) throw new Error(n);
    let local: Buffer;
    const content = opts.replace?.[n];
    if (content !== undefined) {
      const raw = Buffer.from(content, "utf8");
      const data = zlib.deflateRawSync(raw);
      const crc = zlib.crc32(raw);
      const nameBytes = Buffer.from(n, "utf8");
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(0, 6);
      header.writeUInt16LE(8, 8);
      header.writeUInt32LE(crc, 14);
      header.writeUInt32LE(data.length, 18);
      header.writeUInt32LE(raw.length, 22);
      header.writeUInt16LE(nameBytes.length, 26);
      local = Buffer.concat([header, nameBytes, data]);
      e.central.writeUInt16LE(0, 8);
      e.central.writeUInt16LE(8, 10);
      e.central.writeUInt32LE(crc, 16);
      e.central.writeUInt32LE(data.length, 20);
      e.central.writeUInt32LE(raw.length, 24);
    } else {
      const next = offsets.find((o) => o > e.offset) ?? dirOffset;
      local = buf.subarray(e.offset, next);
    }
    e.central.writeUInt32LE(at, 42);
    locals.push(local);
    centrals.push(e.central);
    at += local.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.from(buf.subarray(eocd, eocd + 22));
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(at, 16);
  return Buffer.concat([...locals, dir, end]);
}

export function reorderZip(buf: Buffer, order: (names: string[]) => string[]): Buffer {
  return rewriteZip(buf, { order });
}
