/**
 * Test support for the .xlsx reader: reading a file through `readWorkbook`, the sheet as a grid
 * from A1 (origin applied), and ExcelJS's full reader as an independent oracle.
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { convertCell } from "../../src/core/cells";
import type { CellValue, SheetData } from "../../src/core/tables/model";
import { readWorkbook, type Limits } from "../../src/xlsx";

export function readFile(file: string, limits?: Partial<Limits>): SheetData[] {
  return readWorkbook(fs.readFileSync(file), { limits }).sheets;
}

/** The sheet's values from A1 (origin applied), trailing blanks dropped, so grids compare by content. */
export function grid(sheet: SheetData): CellValue[][] {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const rows: CellValue[][] = [];
  for (let r = 0; r < o.row; r++) rows.push([]);
  for (const row of sheet.values) {
    const copy: CellValue[] = [...new Array<CellValue>(o.col).fill(null), ...row].map((v) =>
      v === undefined ? null : v
    );
    while (copy.length && copy[copy.length - 1] === null) copy.pop();
    rows.push(copy);
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function richText(v: unknown): string {
  if (typeof v === "string") return v;
  if (isRecord(v) && Array.isArray(v.richText)) {
    return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? "").join("");
  }
  return "";
}

/** An ExcelJS cell value → the raw value of the conversion contract. */
function rawOf(v: unknown): number | string | boolean | { error: string } | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // ExcelJS turns a date-formatted number into a Date; back to the serial (UTC, 1900 system).
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (!isRecord(v)) return null;
  if ("formula" in v || "sharedFormula" in v)
    return v.result === undefined ? undefined : rawOf(v.result);
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richText(v);
  if ("text" in v) return typeof v.text === "string" ? v.text : richText(v.text);
  return null;
}

/** ExcelJS's full reader, each cell through the same conversion contract: the oracle. */
export async function oracle(
  file: string
): Promise<Array<{ name: string; values: CellValue[][] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets: Array<{ name: string; values: CellValue[][] }> = [];
  wb.eachSheet((ws) => {
    const values: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      r.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value as unknown;
        const formula = isRecord(v) && typeof v.formula === "string" ? v.formula : cell.formula;
        const value = convertCell({
          value: rawOf(v),
          formula: formula || undefined,
          numberFormat: cell.numFmt,
        });
        if (value === null) return;
        while (values.length < rowNumber) values.push([]);
        const row = values[rowNumber - 1];
        while (row.length < colNumber - 1) row.push(null);
        row[colNumber - 1] = value;
      });
    });
    sheets.push({ name: ws.name, values });
  });
  return sheets;
}
