/**
 * Builds examples/begroting-2016-hoofdstuk-IX.xlsx: the 2016 garanties tables of begroting
 * hoofdstuk IX (seed 002) exactly as published, no corrections — the garanties overview, the
 * uitgaven/ontvangsten table and the three benutting tables. The figures come from the shared
 * fixture test/tables/fixtures/tables-2016.ts, so the example, the engine tests and this script
 * cannot drift apart.
 *
 *   npm run examples
 *
 * The build is deterministic (fixed workbook dates, fixed zip timestamps), so the committed file
 * only changes when the tables or the layout change; test/cli/example.test.ts checks that the
 * committed workbook equals a fresh build.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { sheets2016 } from "../test/tables/fixtures/tables-2016";
import type { CellValue, SheetData } from "../src/core/tables/model";

export const EXAMPLE_PATH = path.join(
  __dirname,
  "..",
  "examples",
  "begroting-2016-hoofdstuk-IX.xlsx"
);

/** Dutch amount format as published: thousands points, en dash and space for negatives. */
export const AMOUNT_FORMAT = "#,##0;\u2013 #,##0";

/** Prinsjesdag 2015, when the 2016 budget was presented. */
const FIXED_DATE = new Date(Date.UTC(2015, 8, 15, 12, 0, 0));

const COLUMN_WIDTHS: Record<string, number[]> = {
  "Verstrekte garanties": [5, 30, 45],
  "Uitgaven en ontvangsten": [5, 30, 45],
  Benutting: [58],
};

function isYearHeaderRow(row: CellValue[]): boolean {
  const rest = row.slice(1).filter((v) => v !== null);
  return (
    (row[0] === null || row[0] === undefined) &&
    rest.length > 0 &&
    rest.every((v) => typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100)
  );
}

export function addSheet(wb: ExcelJS.Workbook, data: SheetData): void {
  const ws = wb.addWorksheet(data.name);
  const widths = COLUMN_WIDTHS[data.name] ?? [];
  const columnCount = Math.max(...data.values.map((r) => r.length));
  for (let c = 1; c <= columnCount; c++) ws.getColumn(c).width = widths[c - 1] ?? 14;
  // The Nr. column holds numbers that are no amounts.
  const nrColumn = data.values.some((r) => typeof r[0] === "string" && /^nr\.?$/i.test(r[0]));

  data.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    const yearHeader = isYearHeaderRow(values);
    const isHeader =
      yearHeader || values.some((v) => typeof v === "string" && /^(nr\.?|artikel)$/i.test(v));
    const isTitle = values.length === 1 && typeof values[0] === "string";
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      if (typeof v !== "number" && typeof v !== "string") {
        throw new Error(`Onverwachte celwaarde in ${data.name} rij ${r + 1}: ${JSON.stringify(v)}`);
      }
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (typeof v === "number" && !yearHeader && !(nrColumn && c === 0)) {
        cell.numFmt = AMOUNT_FORMAT;
      }
      if (isHeader) {
        cell.font = { bold: true };
        cell.alignment = {
          wrapText: true,
          vertical: "top",
          horizontal: c === 0 ? "left" : "right",
        };
      } else if (isTitle) {
        cell.font = { bold: true };
      }
    });
    if (isTitle && /^\d+\.\s/.test(String(values[0]))) row.getCell(1).font = { italic: true };
  });
}

/** Sets every zip timestamp (local headers and central directory) to 15 September 2015. */
export function normaliseZipTimestamps(buf: Buffer): Buffer {
  const dosTime = (12 << 11) | (0 << 5) | 0;
  const dosDate = ((2015 - 1980) << 9) | (9 << 5) | 15;
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("Geen zip-archief");
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("Onverwachte zip-structuur");
    buf.writeUInt16LE(dosTime, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error("Onverwachte zip-structuur");
    buf.writeUInt16LE(dosTime, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

/** The example workbook as bytes. */
export async function buildExampleWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ekv-begroting";
  wb.lastModifiedBy = "ekv-begroting";
  wb.title = "Begroting 2016 hoofdstuk IX — Overzicht garanties (zoals gepubliceerd)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of sheets2016()) addSheet(wb, sheet);
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  return normaliseZipTimestamps(out);
}

async function main(): Promise<void> {
  const buf = await buildExampleWorkbook();
  fs.mkdirSync(path.dirname(EXAMPLE_PATH), { recursive: true });
  fs.writeFileSync(EXAMPLE_PATH, buf);
  process.stdout.write(
    `${path.relative(process.cwd(), EXAMPLE_PATH)} geschreven (${buf.length} bytes)\n`
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
