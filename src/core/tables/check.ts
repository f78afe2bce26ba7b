/**
 * Entry point of the table checker: recognises the garanties tables in the sheets and applies
 * every rule. Pure TypeScript; the front ends (EKV.CONTROLEER, task pane, CLI) convert their
 * input to `SheetData` and show the `CheckResult`.
 */
import { EkvError } from "../errors";
import { MAX_ABS_AMOUNT } from "../exact";
import { allRules } from "../rules";
import { composeMessage } from "../rules/message";
import type { RuleOptions, RuleReport } from "../rules/types";
import { a1 } from "./a1";
import type { CheckOptions, CheckResult, Finding, RecognisedTable, SheetData } from "./model";
import type { ParsedTable } from "./parsed";
import { coverageOf } from "./coverage";
import { checkHeaders } from "./header-sanity";
import { recogniseSheet } from "./recognise";

export { allRules, ruleCatalogue } from "../rules";

const RULE_ORDER = new Map(allRules.map((r, i) => [r.id, i]));

/** One part of a finding id: "/" and "%" escaped so that the parts can be told apart. */
function idPart(s: string): string {
  return s.replace(/%/g, "%25").replace(/\//g, "%2F");
}

/** The stable id of a finding: file (when known), sheet, cell and rule. */
export function findingId(f: { file?: string; sheet: string; cell: string; rule: string }): string {
  const parts = f.file === undefined ? [] : [f.file];
  parts.push(f.sheet, f.cell, f.rule);
  return parts.map(idPart).join("/");
}

function validOptions(options: CheckOptions): RuleOptions {
  const tolerance = options.tolerance ?? 0;
  if (typeof tolerance !== "number" || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new EkvError(
      `tolerantie: ${String(tolerance)} is geen geldige tolerantie; verwacht 0 of een positief getal (in de eenheid van de tabel).`
    );
  }
  if (tolerance > MAX_ABS_AMOUNT) {
    throw new EkvError("tolerantie: groter dan 10^15; controleer de eenheid.");
  }
  const ceiling = options.ceiling ?? "bruto";
  if (ceiling !== "bruto" && ceiling !== "netto") {
    throw new EkvError(
      `plafond: "${String(ceiling)}" is onbekend; kies "bruto" (standaard) of "netto".`
    );
  }
  return { tolerance, rounding: options.rounding === true, ceiling };
}

/** Recognises the tables of all sheets (in input order) without checking them. */
export function recogniseSheets(sheets: SheetData[]): ParsedTable[] {
  const tables: ParsedTable[] = [];
  sheets.forEach((sheet, s) => tables.push(...recogniseSheet(sheet, s, tables.length)));
  return tables;
}

function describeTable(t: ParsedTable, sheets: SheetData[]): RecognisedTable {
  const out: RecognisedTable = {
    sheet: t.sheet,
    range: t.range,
    kind: t.kind,
    unit: t.unit,
    years: [...t.years],
  };
  if (t.title !== undefined) out.title = t.title;
  // After the rules ran: which amounts they compared.
  out.coverage = coverageOf(t, sheets[t.sheetIndex]?.mergesUnavailable);
  return out;
}

/** Called after each table's rules ran: `done` of `total` tables, on `sheet`. */
export type CheckProgress = (step: { done: number; total: number; sheet: string }) => void;

/**
 * Recognises every table in `sheets` and reports every finding, in a stable order. `onProgress`
 * lets a front end that runs the check off its main thread show progress within a sheet.
 */
export function checkSheets(
  sheets: SheetData[],
  options: CheckOptions = {},
  onProgress?: CheckProgress
): CheckResult {
  const opts = validOptions(options);
  return checkRecognised(recogniseSheets(sheets), opts, options.file, sheets, onProgress);
}

/**
 * Checks tables already recognised by `recogniseSheets` (so that a front end that also runs the
 * cross-table and cross-document checks recognises each workbook once).
 */
export function checkTables(
  parsed: ParsedTable[],
  options: CheckOptions = {},
  sheets: SheetData[] = [],
  onProgress?: CheckProgress
): CheckResult {
  return checkRecognised(parsed, validOptions(options), options.file, sheets, onProgress);
}

function checkRecognised(
  parsed: ParsedTable[],
  opts: RuleOptions,
  file: string | undefined,
  sheets: SheetData[],
  onProgress?: CheckProgress
): CheckResult {
  for (const t of parsed) {
    const sheet = sheets[t.sheetIndex];
    if (sheet) t.headerIssues = checkHeaders(t, sheet);
  }
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const [done, table] of parsed.entries()) {
    if (done > 0) onProgress?.({ done, total: parsed.length, sheet: parsed[done - 1].sheet });
    for (const rule of allRules) {
      if (!rule.kinds.includes(table.kind)) continue;
      rule.check(table, {
        options: opts,
        report(r: RuleReport) {
          const cell = a1(r.row, r.col);
          const base = findingId({ file, sheet: table.sheet, cell, rule: rule.id });
          const k = (seen.get(base) ?? 0) + 1;
          seen.set(base, k);
          const f: Finding = {
            id: k === 1 ? base : `${base}/${k}`,
            rule: rule.id,
            severity: r.rounding ? "warning" : rule.severity,
            sheet: table.sheet,
            cell,
            message: composeMessage(r),
            expected: r.expected,
            actual: r.actual,
            table: table.index,
            row: r.row,
            col: r.col,
          };
          if (r.rounding) f.rounding = true;
          if (r.rowLabel !== undefined) f.rowLabel = r.rowLabel;
          if (r.columnHeader !== undefined) f.columnHeader = r.columnHeader;
          findings.push(f);
        },
      });
    }
  }
  // Tables are numbered in sheet order, then top to bottom, so this is sheet, table, row, column.
  findings.sort(
    (a, b) =>
      a.table - b.table ||
      a.row - b.row ||
      a.col - b.col ||
      (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99)
  );
  return { tables: parsed.map((t) => describeTable(t, sheets)), findings };
}
