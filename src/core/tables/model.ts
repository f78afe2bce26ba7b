/**
 * The data contract between the table checker (src/core) and its three front ends: the
 * EKV.CONTROLEER function, the task pane (Office.js) and the CLI (.xlsx files). Each front end
 * converts what it reads into `SheetData`; core recognises tables and returns `CheckResult`.
 */

/** An Excel error value such as #REF! / #VERW! (text as Excel reports it). */
export interface CellError {
  error: string;
}

/** A formula cell whose cached result is missing (file saved without calculation). */
export interface CellUncalculated {
  uncalculated: string;
}

/** One cell's value as read: blank is null; formulas are given by their (cached) result. */
export type CellValue = null | number | string | boolean | CellError | CellUncalculated;

export interface SheetData {
  /** Worksheet name. */
  name: string;
  /** Values row by row; values[0][0] is the cell at `origin` (default A1). Rows may differ in length. */
  values: CellValue[][];
  /** 0-based sheet coordinates of values[0][0]; default { row: 0, col: 0 } (A1). */
  origin?: { row: number; col: number };
  /**
   * Merged ranges, in 0-based SHEET coordinates (not relative to `origin`), inclusive. Only the
   * top-left cell of a range carries its value in `values`; recognition reads that text in every
   * cell the range covers (headers, labels).
   */
  merges?: Array<{ top: number; left: number; bottom: number; right: number }>;
  /**
   * Set when the front end could not read the merged cells (e.g. Excel without ExcelApi 1.13):
   * the Dutch reason, shown with the tables of this sheet.
   */
  mergesUnavailable?: string;
}

export type TableKind =
  | "garanties"
  | "uitgaven-ontvangsten"
  | "benutting"
  | "leningen"
  | "achterborgstellingen"
  | "risicovoorziening";
export type Severity = "error" | "warning";

/** A year as the table writes it: a number (2016, '16 → 2016) or a relative label ("t-1", "t"). */
export type YearLabel = number | string;

/**
 * Which amounts of a table the rules compared. A cell counts when it holds something (an amount,
 * a dash, a text); `unchecked` names every other cell by range with the reason, in Dutch.
 */
export interface Coverage {
  checkedCells: number;
  uncheckedCells: number;
  unchecked: Array<{ range: string; reason: string }>;
}

export interface RecognisedTable {
  sheet: string;
  /** A1 range of the whole table, header included, e.g. "A3:L25". */
  range: string;
  kind: TableKind;
  /** Unit from the title row, e.g. "x € 1.000" (default when absent: "x € 1.000"). */
  unit: string;
  years: YearLabel[];
  /** Title text above the header, when present (e.g. "Overzicht verstrekte garanties"). */
  title?: string;
  /** Which amounts the rules compared, and which not and why. */
  coverage?: Coverage;
}

export interface Finding {
  /**
   * Stable id from file, sheet, cell and rule ("begroting.xlsx/Blad1/L24/saldo"; without a file
   * "Blad1/L24/saldo"); a second finding of one rule at one cell gets "/2". The same input gives
   * the same ids, so front ends can key, compare and suppress findings by it.
   */
  id: string;
  /** Id of the rule that found it, e.g. "roll-forward", "column-total". */
  rule: string;
  severity: Severity;
  /**
   * With the option `rounding`: the difference lies within the rounding margin of the terms
   * (XBRL Calculations 1.1); the finding is then a warning whatever the rule's severity.
   */
  rounding?: true;
  sheet: string;
  /** A1 address on `sheet`. */
  cell: string;
  /** Dutch message for the user, complete (where, figures, what must hold): show it as it is. */
  message: string;
  expected: number | null;
  actual: number | null;
  /** Index into CheckResult.tables. */
  table: number;
  /** Description of the row (e.g. "WAKO (kernongevallen)") and header of the column. */
  rowLabel?: string;
  columnHeader?: string;
  /** 0-based sheet coordinates of `cell`, for sorting and for selecting the cell. */
  row: number;
  col: number;
}

export interface CheckOptions {
  /** Absolute tolerance in table units; differences up to it are not reported. Default 0. */
  tolerance?: number;
  /**
   * Report differences explainable by rounding of the terms (XBRL Calc 1.1) as warnings marked
   * `rounding: true` (under the rule that found them).
   */
  rounding?: boolean;
  /**
   * How the annual garantieplafond is read: "bruto" (default; new guarantees in the year, as the
   * EKV and RIV ceilings are defined) or "netto" (verleend − vervallen, as some older texts define
   * it).
   */
  ceiling?: "bruto" | "netto";
  /** Name of the workbook, as the front end knows it; part of each finding's `id`. */
  file?: string;
}

export interface CheckResult {
  tables: RecognisedTable[];
  /** Stable order: sheet (input order), table, row, column. */
  findings: Finding[];
}
