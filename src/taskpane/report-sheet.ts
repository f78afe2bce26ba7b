/**
 * The rows of the `Controle` sheet: a header block (title, date, tolerance, scope, result) and one
 * row per finding with a link to its cell. Pure; the gateway writes the rows in one batch.
 * Formulas are invariant syntax (HYPERLINK with a comma), as `range.formulas` requires.
 */
import type { CheckOptions, CheckResult } from "../core/tables/model";
import { quoteSheet } from "./address";
import { ruleInfo } from "../report/findings";
import { summaryText } from "./report";
import { dutch } from "./strings";
import { AMOUNT_FORMAT } from "./templates";

export interface ReportRows {
  rows: Array<Array<string | number | null>>;
  numberFormat: Array<Array<string | null>>;
  boldRows: number[];
}

/** Excel's serial date of a local date and time (1900 date system). */
export function excelSerial(d: Date): number {
  const utc = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
  return utc / 86_400_000 + 25_569;
}

function text(s: string): string {
  // Text written through `formulas` must not start with "=", or Excel would read it as a formula.
  return s.startsWith("=") ? `'${s}` : s;
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The report sheet's rows. Always Dutch, whatever Office's display language: the sheet becomes part
 * of the workbook, whose language is Dutch.
 */
export function buildReportRows(
  result: CheckResult,
  sheets: string[],
  options: CheckOptions,
  now: Date
): ReportRows {
  const s = dutch;
  const r = s.report;
  const rows: Array<Array<string | number | null>> = [
    [r.title],
    [r.date, excelSerial(now)],
    [r.tolerance, options.tolerance ?? 0],
    [r.rounding, options.rounding ? r.yes : r.no],
    [r.ceiling, options.ceiling === "netto" ? r.ceilingNetto : r.ceilingBruto],
    [r.scope, text(sheets.join(", "))],
    [r.result, text(summaryText(result, s))],
    [],
    [...r.headers],
  ];
  const numberFormat: Array<Array<string | null>> = rows.map(() => []);
  numberFormat[1] = [null, "dd-mm-yyyy hh:mm"];
  numberFormat[2] = [null, "General"];
  const headerRow = rows.length - 1;
  for (const f of result.findings) {
    const target = `#${quoteSheet(f.sheet)}!${f.cell}`;
    const shown = `${f.sheet}!${f.cell}`;
    rows.push([
      f.severity === "error" ? s.severity.error : s.severity.warning,
      text(ruleInfo(f.rule).title),
      `=HYPERLINK(${quoteText(target)},${quoteText(shown)})`,
      text(f.rowLabel ?? ""),
      text(f.columnHeader ?? ""),
      f.expected,
      f.actual,
      text(f.message),
    ]);
    const fmt = (x: number | null) => (x !== null && Number.isInteger(x) ? AMOUNT_FORMAT : null);
    numberFormat.push([null, null, null, null, null, fmt(f.expected), fmt(f.actual), null]);
  }
  return { rows, numberFormat, boldRows: [0, headerRow] };
}
