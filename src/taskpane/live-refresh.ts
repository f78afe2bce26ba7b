/**
 * What a live refresh re-reads after the user changed cells: only the recognised table the change
 * lies in, or the whole sheet when the change is outside every table or touches a table's header
 * or border (there it may make a table grow, shrink, merge with another or appear). Pure: the hook
 * (use-checker.ts) reads and checks what this plans.
 */
import { parseA1 } from "../core/tables/a1";
import type { CheckResult, RecognisedTable, SheetData } from "../core/tables/model";
import type { Box } from "./excel-gateway";

/** 0-based inclusive rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangle of an address such as "B5", "B5:C7" or "'Blad 1'!B5:C7"; undefined for whole rows/columns. */
export function rectOf(address: string): Rect | undefined {
  const bang = address.lastIndexOf("!");
  const [a, b = a] = (bang >= 0 ? address.slice(bang + 1) : address).split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * Rows above a table read with it on a refresh: the title with the unit ("bedragen x € 1.000")
 * stands at most this far above the header.
 */
export const TITLE_ROWS = 3;

/**
 * The part of the sheet to read to recheck `table`: the table, up to TITLE_ROWS rows above it for
 * its title (never into another table of `tables`) and one blank row and column around it.
 */
export function regionOf(
  table: RecognisedTable,
  tables: readonly RecognisedTable[]
): Box | undefined {
  const r = rectOf(table.range);
  if (!r) return undefined;
  let top = Math.max(0, r.top - TITLE_ROWS);
  for (const other of tables) {
    const o = other.sheet === table.sheet && other !== table ? rectOf(other.range) : undefined;
    if (o && o.bottom < r.top && o.right >= r.left && o.left <= r.right) {
      top = Math.max(top, o.bottom + 1);
    }
  }
  const left = Math.max(0, r.left - 1);
  return { row: top, col: left, rows: r.bottom + 2 - top, cols: r.right + 2 - left };
}

export type SheetRefresh = { kind: "sheet" } | { kind: "tables"; tables: number[] };

/**
 * For each changed sheet: the indexes (in `result.tables`) of the tables to recheck, or the whole
 * sheet. A change counts as inside a table when it lies within the table's range below its header
 * row; anything else (outside every table, the header, the row or column just next to a table,
 * an address that is not a plain range such as a whole row inserted) rechecks the sheet.
 */
export function planRefresh(
  result: CheckResult,
  changes: ReadonlyMap<string, readonly string[]>
): Map<string, SheetRefresh> {
  const plan = new Map<string, SheetRefresh>();
  for (const [sheet, addresses] of changes) {
    const tables = new Set<number>();
    let whole = false;
    for (const address of addresses) {
      const c = rectOf(address);
      const index = c
        ? result.tables.findIndex((t) => {
            if (t.sheet !== sheet) return false;
            const r = rectOf(t.range);
            return (
              !!r && c.top > r.top && c.bottom <= r.bottom && c.left >= r.left && c.right <= r.right
            );
          })
        : -1;
      if (index < 0) {
        whole = true;
        break;
      }
      tables.add(index);
    }
    plan.set(
      sheet,
      whole ? { kind: "sheet" } : { kind: "tables", tables: [...tables].sort((a, b) => a - b) }
    );
  }
  return plan;
}

/** Same place, kind and years: the refreshed table is the one that was there. */
export function sameTable(a: RecognisedTable, b: RecognisedTable): boolean {
  return (
    a.sheet === b.sheet &&
    a.range === b.range &&
    a.kind === b.kind &&
    JSON.stringify(a.years) === JSON.stringify(b.years)
  );
}

/**
 * `prev` with table `index` and its findings replaced by table `freshIndex` of `fresh` (a check of
 * that table's region). Rules work per table, so every other table's findings stay exactly as a
 * check of the whole sheet gives them.
 */
export function replaceTable(
  prev: CheckResult,
  index: number,
  fresh: CheckResult,
  freshIndex: number
): CheckResult {
  const findings: CheckResult["findings"] = [];
  prev.tables.forEach((_, i) => {
    if (i === index) {
      for (const f of fresh.findings)
        if (f.table === freshIndex) findings.push({ ...f, table: index });
    } else {
      for (const f of prev.findings) if (f.table === i) findings.push(f);
    }
  });
  const tables = prev.tables.map((t, i) => (i === index ? fresh.tables[freshIndex] : t));
  return { ...prev, tables, findings };
}

/**
 * Writes the values of `part` (a region read on a refresh) into `sheet` (the cached sheet, whose
 * values start at its origin), so the rules between tables see the change. False, leaving `sheet`
 * as it was, when the region does not lie within the cached sheet (its used range changed).
 */
export function patchSheet(sheet: SheetData, part: SheetData): boolean {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const p = part.origin ?? { row: 0, col: 0 };
  const fits = part.values.every((row, i) => {
    const target = sheet.values[p.row + i - o.row];
    return (
      p.row + i >= o.row &&
      p.col >= o.col &&
      target !== undefined &&
      p.col - o.col + row.length <= target.length
    );
  });
  if (!fits) return false;
  part.values.forEach((row, i) => {
    const target = sheet.values[p.row + i - o.row];
    row.forEach((v, j) => {
      target[p.col - o.col + j] = v;
    });
  });
  return true;
}
