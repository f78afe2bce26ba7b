/**
 * The metamorphic layouts written as real .xlsx files (issue 8, tests): each subject of
 * ./layouts.ts, and each of its single-defect variants, is written with ExcelJS into a workbook
 * in memory — one worksheet per variant — and read back through the add-in's own reader
 * (`readWorkbook`, src/xlsx), so that number formats, rich text, hidden columns and merged cells
 * go through the same cell-conversion contract as a user's file. Nothing binary is committed:
 * the generator is the fixture.
 */
import ExcelJS from "exceljs";
import { formatDutch } from "../../src/core/amount";
import type { CellValue } from "../../src/core/tables/model";
import { readWorkbook } from "../../src/xlsx";
import { type Subject, amountColumns, insertColumn, twoRowHeader } from "./layouts";
import type { Grid } from "./support";

type Merge = { top: number; left: number; bottom: number; right: number };

/** What one layout writes: the grid (0-based from A1), number formats, merges, hidden columns. */
export interface XlsxSheet {
  grid: Array<Array<ExcelJS.CellValue | CellValue | undefined>>;
  /** Number format per amount cell (row, col of `grid`). */
  numFmt?: (row: number, col: number) => string | undefined;
  merges?: Merge[];
  hidden?: number[];
}

export interface XlsxLayout {
  name: string;
  applies?: (s: Subject) => boolean;
  /** True when the layout stores amounts as text: each gives a number-as-text warning. */
  amountsAsText?: boolean;
  write(s: Subject, grid: Grid): XlsxSheet;
}

/** True for a cell of the body (below the title and header rows) in an amount column. */
function isAmountCell(s: Subject, grid: Grid, r: number, c: number): boolean {
  return r >= 2 && amountColumns(s).includes(c) && typeof grid[r]?.[c] === "number";
}

function formatted(format: string): (s: Subject, grid: Grid) => XlsxSheet {
  return (s, grid) => ({
    grid,
    numFmt: (r, c) => (isAmountCell(s, grid, r, c) ? format : undefined),
  });
}

const isHeaderTable = (s: Subject) => s.form === "header";

export const XLSX_LAYOUTS: XlsxLayout[] = [
  { name: "plain (General)", write: (_s, grid) => ({ grid }) },
  { name: "number format #,##0", write: formatted("#,##0") },
  {
    name: "number format #,##0\\ \\m\\l\\n (escaped literal text)",
    write: formatted("#,##0\\ \\m\\l\\n"),
  },
  { name: "number format #,##0\\ \\k", write: formatted("#,##0\\ \\k") },
  { name: "number format [$€-413] #.##0 (locale tag)", write: formatted("[$€-413] #.##0") },
  { name: 'number format #,##0" mln" (quoted text)', write: formatted('#,##0" mln"') },
  {
    name: "number format with colours and conditions",
    write: formatted("[Blue][>=1000000]#,##0;[Red][<0]– #,##0;[Color10]0"),
  },
  {
    name: "amounts stored as Dutch text (1.234)",
    amountsAsText: true,
    write: (s, grid) => ({
      grid: grid.map((row, r) =>
        row.map((v, c) => (isAmountCell(s, grid, r, c) ? formatDutch(v as number) : v))
      ),
    }),
  },
  {
    name: "hidden columns: a hidden spacer column and a hidden amount column",
    write: (s, grid) => {
      const cols = amountColumns(s);
      const spacer = cols[0];
      // The spacer goes in before the first amount column; every amount column moves right by 1.
      return { grid: insertColumn(grid, spacer), hidden: [spacer, cols[cols.length - 1] + 1] };
    },
  },
  {
    name: "rich-text headers with a superscript footnote run",
    applies: isHeaderTable,
    write: (s, grid) => ({
      grid: grid.map((row, r) =>
        r === 1
          ? row.map((v, c) =>
              amountColumns(s).includes(c) && typeof v === "string"
                ? { richText: [{ text: v }, { font: { vertAlign: "superscript" }, text: "1" }] }
                : v
            )
          : row
      ),
    }),
  },
  {
    name: "merged header cells: years merged above the names, labels merged down, title merged",
    applies: isHeaderTable,
    write: (s, grid) => {
      const two = twoRowHeader({ ...s, grid }, false);
      const width = Math.max(...grid.map((r) => r.length));
      return {
        grid: two.grid,
        merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }, ...two.merges],
      };
    },
  },
];

/** Writes one worksheet per grid (named V0, V1, …) into an .xlsx in memory. */
export async function xlsxBytes(
  layout: XlsxLayout,
  subject: Subject,
  grids: Grid[]
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  grids.forEach((g, k) => {
    const ws = wb.addWorksheet(`V${k}`);
    const sheet = layout.write(subject, g);
    sheet.grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v as ExcelJS.CellValue;
        const fmt = sheet.numFmt?.(r, c);
        if (fmt) cell.numFmt = fmt;
      })
    );
    for (const m of sheet.merges ?? [])
      ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const c of sheet.hidden ?? []) ws.getColumn(c + 1).hidden = true;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheets as the add-in's reader gives them. */
export function readBack(bytes: Uint8Array): ReturnType<typeof readWorkbook>["sheets"] {
  return readWorkbook(bytes).sheets;
}
