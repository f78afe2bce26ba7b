import { checkSheets } from "../../src/core/tables";
import type { SheetData } from "../../src/core/tables/model";
import {
  TITLE_ROWS,
  planRefresh,
  rectOf,
  regionOf,
  replaceTable,
  sameTable,
} from "../../src/taskpane/live-refresh";
import { sheets2016 } from "../tables/fixtures/tables-2016";

function benutting(): SheetData {
  const s = sheets2016().find((x) => x.name === "Benutting");
  if (!s) throw new Error("fixture");
  return s;
}

/** The sheet's part `box` (0-based) as a SheetData with its origin, as the gateway reads it. */
function part(sheet: SheetData, box: { row: number; col: number; rows: number; cols: number }) {
  const values = sheet.values
    .slice(box.row, box.row + box.rows)
    .map((r) => Array.from({ length: box.cols }, (_, j) => r[box.col + j] ?? null));
  return { name: sheet.name, values, origin: { row: box.row, col: box.col } };
}

describe("which part a live refresh rechecks", () => {
  const result = checkSheets(sheets2016());
  // The tables of 2016: Verstrekte garanties A2:M24, Uitgaven en ontvangsten A2:L24, and three
  // benutting tables A3:F6, A10:F13, A17:F20 (header row first).
  test("a change in a table's body rechecks that table only", () => {
    const plan = planRefresh(
      result,
      new Map([
        ["Benutting", ["C11"]],
        ["Uitgaven en ontvangsten", ["L24", "B5:C7"]],
      ])
    );
    expect(plan.get("Benutting")).toEqual({ kind: "tables", tables: [3] });
    expect(plan.get("Uitgaven en ontvangsten")).toEqual({ kind: "tables", tables: [1] });
  });

  test("two tables of one sheet changed: both, in table order", () => {
    const plan = planRefresh(result, new Map([["Benutting", ["C18", "B4"]]]));
    expect(plan.get("Benutting")).toEqual({ kind: "tables", tables: [2, 4] });
  });

  test.each([
    ["the header row (years)", "C10"],
    ["the row just below a table (it may grow)", "C14"],
    ["the column just right of a table", "G11"],
    ["a range reaching out of the table", "C12:C14"],
    ["a title row above the header", "A9"],
    ["a whole row (inserted or deleted)", "12:12"],
    ["a whole column", "C:C"],
  ])("%s rechecks the whole sheet", (_what, address) => {
    const plan = planRefresh(result, new Map([["Benutting", ["C11", address]]]));
    expect(plan.get("Benutting")).toEqual({ kind: "sheet" });
  });

  test("rectOf reads plain ranges with or without sheet, nothing else", () => {
    expect(rectOf("B5")).toEqual({ top: 4, left: 1, bottom: 4, right: 1 });
    expect(rectOf("'Mijn blad'!$C$7:B5")).toEqual({ top: 4, left: 1, bottom: 6, right: 2 });
    expect(rectOf("5:7")).toBeUndefined();
    expect(rectOf("A:C")).toBeUndefined();
  });

  test("the region: the table, its title rows (not into the table above) and a blank margin", () => {
    // A10:F13 → rows 7–14 (A7 is 3 rows above the header; the table above ends in row 6),
    // columns A–G (no column left of A).
    expect(TITLE_ROWS).toBe(3);
    expect(regionOf(result.tables[3], result.tables)).toEqual({
      row: 6,
      col: 0,
      rows: 8,
      cols: 7,
    });
    // A3:F6: the title rows 1–2 above, clipped at the sheet's top.
    expect(regionOf(result.tables[2], result.tables)).toEqual({ row: 0, col: 0, rows: 7, cols: 7 });
  });

  test("metamorphic: rechecking one changed table gives what a check of the whole sheet gives", () => {
    const sheet = benutting();
    // The user types 999 over 2011's bruto of the MIGA table: its netto (C13) is now wrong.
    (sheet.values[10] as unknown[])[2] = 999;
    const whole = checkSheets([...sheets2016().filter((s) => s.name !== "Benutting"), sheet]);
    const prev = checkSheets(sheets2016());
    const order = prev.tables.map((t) => t.sheet);
    expect(order).toEqual(whole.tables.map((t) => t.sheet));
    const index = 3;
    const region = regionOf(prev.tables[index], prev.tables);
    if (!region) throw new Error("region");
    const fresh = checkSheets([part(sheet, region)]);
    const at = fresh.tables.findIndex((t) => sameTable(t, prev.tables[index]));
    expect(at).toBeGreaterThanOrEqual(0);
    const refreshed = replaceTable(prev, index, fresh, at);
    expect(refreshed.findings.map((f) => [f.rule, f.sheet, f.cell, f.table])).toEqual([
      ["column-total", "Uitgaven en ontvangsten", "L24", 1],
      ["saldo", "Uitgaven en ontvangsten", "L24", 1],
      ["net", "Benutting", "C13", 3],
    ]);
    expect(refreshed.findings).toEqual(whole.findings);
    expect(refreshed.tables).toEqual(whole.tables);
  });
});
