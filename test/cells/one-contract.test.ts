/**
 * @jest-environment node
 *
 * One table through all three front ends — the .xlsx reader (what `ekv check` reads), the task
 * pane's Office.js gateway (a fake Excel host reporting values and number formats as Office.js
 * does) and EKV.CONTROLEER — gives the same findings, because each converts its cells with the
 * core's one contract (src/core/cells).
 */
import * as fs from "node:fs";
import type ExcelJS from "exceljs";
import { checkSheets } from "../../src/core/tables/check";
import { CONTROLEER } from "../../src/functions/controle";
import { readSheet } from "../../src/taskpane/excel-gateway";
import { readWorkbook } from "../../src/xlsx";
import { consistentRows, removeTmp, tmpPath, writeWorkbook } from "../cli/helpers";
import { createFakeExcel } from "../taskpane/fake-excel";

afterAll(removeTmp);

type Row = Array<string | number | null>;

interface Key {
  rule: string;
  cell: string;
  expected: number | null;
  actual: number | null;
}

/** The consistent table with Regeling B's uitstaand 2016 (F4) typed as 171 instead of 170. */
function rows(): Row[] {
  const r = consistentRows().map((row) => row.map((v) => (v === undefined ? null : v)) as Row);
  r[3][5] = 171;
  return r;
}

/**
 * Formats from issue 8 and ECMA-376 18.8.31 on the amounts: escaped literals, quoted text,
 * colours, conditions, locale tags, the accounting format. None is a date.
 */
const FORMATS: Record<string, string> = {
  C3: "#,##0\\ \\m\\l\\n",
  D3: "[$€-413] #,##0",
  E3: "#,##0;[Red]-#,##0",
  F3: '[>=1000]#,##0,"k";0',
  G3: '#,##0 "mln"',
  C4: "#,##0\\ \\k",
  E4: '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
  F4: "[Color10]#,##0",
  C5: "#,##0;\u2013 #,##0",
};

async function viaReader(data: Row[], formats: Record<string, string>): Promise<Key[]> {
  const file = await writeWorkbook(tmpPath(`een-contract-${Object.keys(formats).length}.xlsx`), [
    {
      name: "Garanties",
      rows: data.map((r) => r.map((v) => (v === null ? undefined : v))) as ExcelJS.CellValue[][],
      numFmts: formats,
    },
  ]);
  const { sheets } = readWorkbook(fs.readFileSync(file));
  return keys(checkSheets(sheets).findings);
}

async function viaPane(data: Row[], formats: Record<string, string>): Promise<Key[]> {
  const host = createFakeExcel([{ name: "Garanties", rows: data, numberFormats: formats }]);
  (globalThis as unknown as { Excel: unknown }).Excel = host.Excel;
  const sheet = await readSheet("Garanties");
  return keys(checkSheets([sheet]).findings);
}

function viaFunction(data: Row[]): Key[] {
  const out = CONTROLEER(data, 0, {
    parameterAddresses: ["Garanties!A1:G5"],
  } as unknown as CustomFunctions.Invocation) as unknown[][];
  if (out.length === 1 && out[0][0] === "OK") return [];
  return out.map(([rule, cell, expected, actual]) => ({
    rule: String(rule),
    cell: String(cell),
    expected: expected === "" ? null : (expected as number),
    actual: actual === "" ? null : (actual as number),
  }));
}

function keys(findings: Key[]): Key[] {
  return findings.map(({ rule, cell, expected, actual }) => ({ rule, cell, expected, actual }));
}

test("amount formats with literal text, colours, conditions and locale tags: the same findings everywhere", async () => {
  // F4: 200 + 0 − 30 = 170, found 171; F5: 110 + 171 = 281, found 280 (by hand).
  const expected: Key[] = [
    { rule: "roll-forward", cell: "F4", expected: 170, actual: 171 },
    { rule: "column-total", cell: "F5", expected: 281, actual: 280 },
  ];
  expect(await viaReader(rows(), FORMATS)).toEqual(expected);
  expect(await viaPane(rows(), FORMATS)).toEqual(expected);
  expect(viaFunction(rows())).toEqual(expected);
});

test("an amount formatted as a date is date text in the reader and the pane alike", async () => {
  // D3 (Verleend 2016 of Regeling A, 20) shown as a date: 20 is 20-1-1900.
  const formats = { ...FORMATS, D3: "d-m-yyyy" };
  const reader = await viaReader(rows(), formats);
  const pane = await viaPane(rows(), formats);
  expect(pane).toEqual(reader);
  expect(reader.filter((k) => k.cell === "D3").map((k) => k.rule)).toEqual(["not-a-number"]);
  // Excel passes no number formats to a custom function: EKV.CONTROLEER sees the number 20.
  expect(viaFunction(rows()).some((k) => k.cell === "D3")).toBe(false);
});
