/**
 * The Controle tab's one-line result, and the name of the report sheet. The sheet's rows are in
 * report-sheet.ts, loaded when the user writes the report (they need the rules' titles).
 */
import { countFindings } from "../core/summary";
import type { CheckResult } from "../core/tables/model";
import type { Strings } from "./strings";

export const REPORT_SHEET = "Controle";

export function summaryText(result: CheckResult, s: Strings): string {
  if (!result.tables.length) return s.noTables;
  return s.closing(countFindings(result));
}
