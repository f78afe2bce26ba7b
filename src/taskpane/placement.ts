/**
 * Where a template may go: never over a cell that holds something, and never against a recognised
 * table (a blank row or column must stay between them, or the next check reads both as one
 * table). When the chosen place is not free, the nearest free place to the right or below is
 * offered instead. Pure: the Invoegen tab reads the sheet and recognises its tables first.
 */
import { a1 } from "../core/tables/a1";
import type { RecognisedTable, SheetData } from "../core/tables/model";
import { Rect, TITLE_ROWS, rectOf } from "./live-refresh";

export type PlacementProblem =
  { kind: "occupied"; cells: string[] } | { kind: "table"; table: RecognisedTable };

/** Excel's grid. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The cells of `block` that hold something on `sheet` (its values start at its origin). */
function occupiedCells(block: Rect, sheet: SheetData, limit = Infinity): string[] {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const out: string[] = [];
  for (let r = Math.max(block.top, o.row); r <= block.bottom; r++) {
    const row = sheet.values[r - o.row];
    if (!row) break;
    for (let c = Math.max(block.left, o.col); c <= block.right; c++) {
      const v = row[c - o.col];
      if (v !== null && v !== undefined && v !== "") {
        out.push(a1(r, c));
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}

/** Why `block` cannot go where it is, or null when it can. A table takes precedence. */
export function placementProblem(
  block: Rect,
  sheet: SheetData,
  tables: readonly RecognisedTable[]
): PlacementProblem | null {
  for (const table of tables) {
    if (table.sheet !== sheet.name) continue;
    const r = rectOf(table.range);
    if (!r) continue;
    const around = { top: r.top - 1, left: r.left - 1, bottom: r.bottom + 1, right: r.right + 1 };
    if (intersects(block, around)) return { kind: "table", table };
  }
  const cells = occupiedCells(block, sheet);
  return cells.length ? { kind: "occupied", cells } : null;
}

/**
 * Places for a block of `rows` × `cols` near `from` (0-based top-left), nearest first: moving
 * right along the same rows or down along the same columns (right first on equal distance), each
 * free of content and of recognised tables with their margin. Ends where the used range ends.
 */
export function* freePlaces(
  size: { rows: number; cols: number },
  from: { row: number; col: number },
  sheet: SheetData,
  tables: readonly RecognisedTable[]
): Generator<{ row: number; col: number }> {
  const free = (row: number, col: number) =>
    row + size.rows <= MAX_ROWS &&
    col + size.cols <= MAX_COLS &&
    placementProblem(
      { top: row, left: col, bottom: row + size.rows - 1, right: col + size.cols - 1 },
      sheet,
      tables
    ) === null;
  // Tables lie within the used range: two columns (rows) past its end everything is free, so
  // both directions end there at the latest.
  const o = sheet.origin ?? { row: 0, col: 0 };
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const lastCol = Math.max(from.col, o.col + width + 2);
  const lastRow = Math.max(from.row, o.row + sheet.values.length + 2);
  for (let k = 0; from.col + k <= lastCol || from.row + k <= lastRow; k++) {
    if (from.col + k <= lastCol && free(from.row, from.col + k)) {
      yield { row: from.row, col: from.col + k };
    }
    if (k > 0 && from.row + k <= lastRow && free(from.row + k, from.col)) {
      yield { row: from.row + k, col: from.col };
    }
  }
}

/**
 * The part of `sheet` the check would see after writing `cells` (invariant formulas, texts, null)
 * at `at`: the rows of the block and of every table whose rows (with their title rows) meet them,
 * with the template's texts in place and its formulas as 0 (an empty template computes 0).
 */
export function withTemplate(
  sheet: SheetData,
  tables: readonly RecognisedTable[],
  at: { row: number; col: number },
  cells: ReadonlyArray<ReadonlyArray<string | null>>
): SheetData {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const cols = Math.max(0, ...cells.map((r) => r.length));
  let lo = at.row - TITLE_ROWS;
  let hi = at.row + cells.length;
  for (let changed = true; changed;) {
    changed = false;
    for (const t of tables) {
      const r = t.sheet === sheet.name ? rectOf(t.range) : undefined;
      if (!r || r.top - TITLE_ROWS > hi || r.bottom + 1 < lo) continue;
      if (r.top - TITLE_ROWS < lo || r.bottom + 1 > hi) {
        lo = Math.min(lo, r.top - TITLE_ROWS);
        hi = Math.max(hi, r.bottom + 1);
        changed = true;
      }
    }
  }
  lo = Math.max(0, lo);
  const left = Math.min(o.col, at.col);
  const width =
    Math.max(o.col + Math.max(0, ...sheet.values.map((r) => r.length)), at.col + cols + 1) - left;
  const values: SheetData["values"] = [];
  for (let r = lo; r <= hi; r++) {
    const src = sheet.values[r - o.row] ?? [];
    const row: SheetData["values"][number] = [];
    for (let c = left; c < left + width; c++) {
      const i = r - at.row;
      const j = c - at.col;
      const t = i >= 0 && i < cells.length && j >= 0 ? cells[i][j] : undefined;
      if (t !== undefined && t !== null) row.push(t.startsWith("=") ? 0 : t);
      else row.push(src[c - o.col] ?? null);
    }
    values.push(row);
  }
  return { name: sheet.name, values, origin: { row: lo, col: left } };
}

/** Tables of `band` that lie within the old tables' rows: all still there, and the new one too. */
export function readsApart(
  after: readonly RecognisedTable[],
  before: readonly RecognisedTable[],
  band: SheetData,
  tableRange: string
): boolean {
  if (!after.some((t) => t.range === tableRange)) return false;
  const top = band.origin?.row ?? 0;
  const bottom = top + band.values.length - 1;
  return before
    .filter((t) => t.sheet === band.name)
    .filter((t) => {
      const r = rectOf(t.range);
      return r && r.top >= top && r.bottom <= bottom;
    })
    .every((t) => after.some((a) => a.range === t.range && a.kind === t.kind));
}
