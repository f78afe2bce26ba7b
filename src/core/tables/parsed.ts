/**
 * A recognised table with its cells read once, in the form the rules work on: one typed array of
 * values and one of statuses per data column, so that 50 000 rows are checked without a Decimal
 * or an object per cell.
 */
import { classifyCellText } from "../amount";
import { Dec } from "../decimal";
import { isErrorText } from "../error-values";
import { MAX_ABS_AMOUNT } from "../exact";
import type { DataColumnKind } from "./headers";
import type { BenuttingRole } from "../vocabulary";
import type { HeaderIssue } from "./header-sanity";
import type { CellValue, TableKind, YearLabel } from "./model";

/** How a data cell reads. Values are usable (in `values`) for NUMBER, BLANK, NIL and TEXT_NUMBER. */
export const ST = {
  NUMBER: 0,
  BLANK: 1,
  NIL: 2,
  NOT_APPLICABLE: 3,
  TEXT_NUMBER: 4,
  TEXT: 5,
  ERROR: 6,
  UNCALCULATED: 7,
} as const;
export type CellStatus = (typeof ST)[keyof typeof ST];

export interface ParsedColumn {
  /** 0-based sheet column. */
  col: number;
  /** Header as the user reads it (a year from a row above appended: "Uitgaven 2015"). */
  header: string;
  /** Benutting tables have year columns ("jaar"); their rows carry the meaning. */
  kind: DataColumnKind | "jaar" | RiskColumnKind;
  year: YearLabel | null;
  /** Per table row: the amount (blank, nil dash and n.v.t. are 0); NaN when unusable. */
  values: Float64Array;
  status: Uint8Array;
  /** Per table row, for unusable cells and text numbers: the text, error or reason. */
  notes: Map<number, string>;
  /**
   * The sign the column's amounts are published with: -1 when a column the models subtract
   * (Vervallen, Uitgaven) is published as negative amounts (jaarverslag, RBV model 3.21b); the
   * rules then add the amounts as written.
   */
  sign: 1 | -1;
  /** Per table row: 1 when a rule compared the cell's amount (coverage). */
  checked: Uint8Array;
}

/** Marks the cell at table row `i` of `column` as compared by a rule (coverage). */
export function cover(column: ParsedColumn, i: number): void {
  column.checked[i] = 1;
}

/** A column (or benutting row) read as published negative, for the rule that says so. */
export interface NegatedSeries {
  /** 0-based sheet coordinates of its header (or row label) cell. */
  row: number;
  col: number;
  header: string;
  /** How many of its amounts are below 0. */
  negative: number;
  /** The equation as the rules now read it, in Dutch. */
  equation: string;
}

/**
 * The number of amounts below 0 when every usable amount of `values` (per status) is ≤ 0 and at
 * least one < 0 — the convention of publishing a subtracted quantity as negative; else 0.
 */
export function negativeConvention(entries: Array<{ value: number; status: number }>): number {
  let negative = 0;
  for (const { value, status } of entries) {
    if (!usable(status)) continue;
    if (value > 0) return 0;
    if (value < 0) negative++;
  }
  return negative;
}

/** `negativeConvention` of a whole column, without an entry object per cell. */
function negativeColumn(column: ParsedColumn): number {
  let negative = 0;
  for (let i = 0; i < column.values.length; i++) {
    if (!usable(column.status[i])) continue;
    const value = column.values[i];
    if (value > 0) return 0;
    if (value < 0) negative++;
  }
  return negative;
}

/**
 * Columns the models subtract, and their equation when published as negative amounts (sign
 * convention): Vervallen (garanties), Uitgaven (uitgaven/ontvangsten) and Afgelost (loans).
 */
const SUBTRACTED: Partial<Record<ParsedColumn["kind"], string>> = {
  vervallen: "uitstaand = uitstaand vorig jaar + verleend + vervallen (vervallen negatief)",
  uitgaven: "saldo = ontvangsten + uitgaven (uitgaven negatief)",
  "lening-afgelost":
    "uitstaand = uitstaand vorig jaar + verstrekt + afgelost ± mutaties (afgelost negatief)",
};

/**
 * Sign convention: a subtracted column whose amounts are all ≤ 0, at least one < 0, is published
 * negative. Its `sign` becomes -1 (the rules add it as written); one entry per such column, for
 * the rule that says so at its header (row `headerRow`, 0-based sheet coordinates).
 */
export function negatedColumns(columns: ParsedColumn[], headerRow: number): NegatedSeries[] {
  const out: NegatedSeries[] = [];
  for (const column of columns) {
    const equation = SUBTRACTED[column.kind];
    if (!equation) continue;
    const negative = negativeColumn(column);
    if (negative === 0) continue;
    column.sign = -1;
    out.push({ row: headerRow, col: column.col, header: column.header, negative, equation });
  }
  return out;
}

export type { BenuttingRole } from "../vocabulary";

/**
 * Columns (and, in tables laid out by year, rows) of the loan, reserve and achterborgstelling
 * tables (risk-tables.ts).
 */
export type RiskColumnKind =
  | "lening-uitstaand"
  | "lening-verstrekt"
  | "lening-afgelost"
  | "lening-mutatie"
  | "lening-voorziening"
  | "lening-voorziening-mutatie"
  | "voorziening-begin"
  | "voorziening-storting"
  | "voorziening-onttrekking"
  | "voorziening-eind"
  | "achterborg-achterborgstelling"
  | "achterborg-buffer"
  | "achterborg-obligo"
  | "achterborg-voorziening";

/** A column of text the rules read but never add up: a loan's currency amount or its term. */
export interface TextColumn {
  kind: "valuta" | "looptijd";
  /** 0-based sheet column. */
  col: number;
  header: string;
  /** Per table row: the cell's text, null when empty. */
  cells: Array<string | null>;
}

export interface ParsedTable {
  /** Index into CheckResult.tables. */
  index: number;
  sheet: string;
  sheetIndex: number;
  kind: TableKind;
  unit: string;
  /** Euros per unit of the table (x € 1.000 → 1.000); null when no title names the unit. */
  euroPerUnit: number | null;
  title?: string;
  years: YearLabel[];
  /** A1 range, header included. */
  range: string;
  /** 0-based sheet rows: first header row and the row that names the columns. */
  headerTop: number;
  headerRow: number;
  /** 0-based sheet rows of the body rows (item rows and the total row). */
  rows: number[];
  /** Description of each body row (Omschrijving, else the last filled label cell). */
  labels: string[];
  /** Index in `rows` of the total row, or -1. */
  totalIndex: number;
  /**
   * Per body row: true for a breakdown of the row above ("waarvan …", "w.v. …", "waaronder …"),
   * which the total already contains through that row.
   */
  breakdown: boolean[];
  /**
   * Per body row: true for a subtotal ("Subtotaal …"), the sum of the item rows since the previous
   * subtotal. Also marked in `breakdown`, since the total does not add it again.
   */
  subtotal: boolean[];
  /**
   * True when the totals stand above the items they add up (loan tables as published): the
   * total adds the item rows under it, a group total the items up to the next total.
   */
  totalsAbove?: boolean;
  columns: ParsedColumn[];
  /**
   * Header cells that name no known column (0-based sheet coordinates); for a column right of the
   * labels, `filled` lists the body rows (indexes in `rows`) that hold something under it.
   */
  unknownHeaders: Array<{ row: number; col: number; text: string; why: string; filled?: number[] }>;
  /**
   * Header cells with a duplicated, out-of-sequence or impossible year or a near-miss name
   * (header-sanity.ts), each with its probable reading and whether the column is checked under it.
   */
  headerIssues?: HeaderIssue[];
  /** Benutting: index in `rows` of each role. */
  roles: Partial<Record<BenuttingRole, number>>;
  /** Loan tables: the currency and term columns. */
  texts?: TextColumn[];
  /** Tables laid out as a row of years over labelled rows: the meaning of each row. */
  rowRoles?: RiskColumnKind[];
  /** Benutting: -1 for a role row published as negative amounts (Vervallen). */
  roleSign: Partial<Record<BenuttingRole, -1>>;
  /** Columns and rows read as published negative (sign convention). */
  negated: NegatedSeries[];
}

/** "p.m." (pro memorie): a budget amount not yet known; like n.v.t., no rule applies to it. */
const PRO_MEMORIE = /^\s*p\.?\s*m\.?\s*$/i;

/**
 * The value as Excel shows it: 15 significant digits. A total computed by Excel's SOM over
 * amounts with decimals can carry binary noise beyond that (0,1 + 0,2 is stored as
 * 0,30000000000000004); the user sees and means 0,3, and comparing the noise would report a
 * difference that is not in the table.
 */
function asShown(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

/** Why an amount with its own unit is not read when the table names no unit (coverage too). */
export const UNKNOWN_UNIT =
  'noemt een eigen eenheid, maar de tabel noemt geen eenheid (zoals "bedragen x € 1.000"), dus het bedrag is niet om te rekenen';

/** Amount text that names its own unit: "3,1 mld.", "€ 250 mln", "1,2 miljard". */
const OWN_UNIT = /\d\s*(?:mln|miljoen|mld|miljard)\.?\s*$/i;

/**
 * Reads one data cell into `column` at table row `i`. `euroPerUnit` is the table's unit in euros
 * (x € 1.000 → 1.000), or null when the table names no unit: an amount written with its own unit
 * ("3,1 mld.") is read in euros and converted to the table's unit, and when that unit is unknown
 * it is not guessed — the cell is named as no usable amount, with the reason.
 */
export function readDataCell(
  column: ParsedColumn,
  i: number,
  v: CellValue | undefined,
  euroPerUnit: number | null
): void {
  if (typeof v === "number") {
    if (Number.isFinite(v) && Math.abs(v) <= MAX_ABS_AMOUNT) {
      column.values[i] = v === 0 ? 0 : asShown(v);
      column.status[i] = ST.NUMBER;
    } else {
      column.values[i] = NaN;
      column.status[i] = ST.TEXT;
      column.notes.set(i, `het getal ${String(v)} is groter dan 10^15; controleer de eenheid`);
    }
    return;
  }
  if (v === null || v === undefined) {
    column.values[i] = 0;
    column.status[i] = ST.BLANK;
    return;
  }
  if (typeof v === "string") {
    // A "#" first is the cheap test on this hot path; the cell text itself is not trimmed here.
    if (v.charCodeAt(0) === 35 /* # */ && isErrorText(v)) {
      column.values[i] = NaN;
      column.status[i] = ST.ERROR;
      column.notes.set(i, v.trim());
      return;
    }
    if (PRO_MEMORIE.test(v)) {
      column.values[i] = 0;
      column.status[i] = ST.NOT_APPLICABLE;
      return;
    }
    const c = classifyCellText(v);
    switch (c.kind) {
      case "blank":
        column.values[i] = 0;
        column.status[i] = ST.BLANK;
        return;
      case "nil":
        column.values[i] = 0;
        column.status[i] = ST.NIL;
        return;
      case "not-applicable":
        column.values[i] = 0;
        column.status[i] = ST.NOT_APPLICABLE;
        return;
      case "number":
        if (OWN_UNIT.test(v)) {
          if (euroPerUnit === null) {
            column.values[i] = NaN;
            column.status[i] = ST.TEXT;
            column.notes.set(i, `"${v.trim()}" ${UNKNOWN_UNIT}; zet de eenheid in de titel`);
            return;
          }
          column.values[i] = new Dec(c.value).dividedBy(euroPerUnit).toNumber();
        } else column.values[i] = c.value;
        column.status[i] = ST.TEXT_NUMBER;
        column.notes.set(i, v.trim());
        return;
      case "text":
        column.values[i] = NaN;
        column.status[i] = ST.TEXT;
        column.notes.set(i, c.reason);
        return;
    }
  }
  column.values[i] = NaN;
  if (typeof v === "boolean") {
    column.status[i] = ST.TEXT;
    column.notes.set(i, `de logische waarde ${v ? "WAAR" : "ONWAAR"} is geen bedrag`);
  } else if ("error" in v) {
    column.status[i] = ST.ERROR;
    column.notes.set(i, v.error);
  } else {
    column.status[i] = ST.UNCALCULATED;
    column.notes.set(i, v.uncalculated);
  }
}

/**
 * Reads the data cells of the grid rows `body` (indexes into `rows`): sheet column `cols[k]` into
 * `columns[k]`, as `readDataCell` reads each cell. The whole amount that nearly every cell of a
 * long table holds is stored here (`readDataCell` keeps an integer as it is); any other value goes
 * to `readDataCell`. Row by row, so that the first rows already show this loop every kind of cell
 * it meets (a blank, a short row) and the engine does not have to compile it again for each.
 */
export function readDataColumns(
  columns: readonly ParsedColumn[],
  cols: readonly number[],
  rows: ReadonlyArray<CellValue[] | undefined>,
  body: ArrayLike<number>,
  euroPerUnit: number | null
): void {
  for (let i = 0; i < body.length; i++) {
    const row = rows[body[i]];
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k];
      const v = row ? row[cols[k]] : undefined;
      if (
        typeof v === "number" &&
        Number.isInteger(v) &&
        v <= MAX_ABS_AMOUNT &&
        v >= -MAX_ABS_AMOUNT
      ) {
        column.values[i] = v === 0 ? 0 : v;
        column.status[i] = ST.NUMBER;
      } else readDataCell(column, i, v, euroPerUnit);
    }
  }
}

/** True when the cell's value takes part in the arithmetic rules (number, blank, dash, text number). */
export function usable(status: number): boolean {
  return (
    status === ST.NUMBER || status === ST.BLANK || status === ST.NIL || status === ST.TEXT_NUMBER
  );
}

/** True when the cell holds a published figure (counts as a rounded term): not blank, not n.v.t. */
export function published(status: number): boolean {
  return status === ST.NUMBER || status === ST.NIL || status === ST.TEXT_NUMBER;
}
