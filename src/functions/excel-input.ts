/**
 * Converting what Excel passes to a custom function, and mapping core errors back to Excel.
 *
 * What Excel passes (Office docs, "Custom functions parameter options"):
 * - a blank cell arrives as `null` (in ranges sometimes as ""); an omitted optional argument as `null`;
 * - a range arrives as a 2-D array (rows of columns), a single cell given to a matrix parameter as [[v]];
 * - error values normally stop Excel from calling the function at all; when they do arrive (as an
 *   error object or as its text) they are reported, never treated as a number.
 */
import { EkvError, isEkvError } from "../core/errors";
import { isErrorText } from "../core/error-values";
import { assertAmount } from "../core/exact";
import { Eenheid, parseEenheid } from "../core/regulations/common";
import { DASH, SPACE } from "../core/vocabulary";

export type Cell = number | string | boolean | null | undefined | object;
export type Matrix = Cell[][];

export function isExcelErrorValue(v: Cell): boolean {
  if (typeof v === "string") return isErrorText(v);
  return (
    typeof v === "object" &&
    v !== null &&
    "code" in v &&
    typeof (v as { code: unknown }).code === "string"
  );
}

function errorText(v: Cell): string {
  if (typeof v === "string") return v.trim();
  const o = v as { code?: string; message?: string };
  return o.code ?? "#FOUT";
}

/** Shows a cell value in a message: text in quotes, numbers in Dutch notation. */
export function describe(v: Cell): string {
  if (v === null || v === undefined) return "een lege cel";
  if (typeof v === "boolean") return v ? "de logische waarde WAAR" : "de logische waarde ONWAAR";
  if (typeof v === "number") return String(v).replace(".", ",");
  // Error text ("#REF!", "#N/B") first: it is a string, but the user sees it as an error value.
  if (isExcelErrorValue(v)) return `de foutwaarde ${errorText(v)}`;
  if (typeof v === "string") return `tekst "${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  return "een waarde van een onbekend type";
}

const TEXT_NUMBER = new RegExp(`^${SPACE}*(?:${DASH}|\\+)?${SPACE}*€?${SPACE}*[\\d.,]+${SPACE}*$`);

export interface AmountOptions {
  /** Blank (null, "") counts as 0. Default true. */
  blankAsZero?: boolean;
}

/**
 * An amount argument: a finite number within the amount bounds. Text is always an error (also a
 * number stored as text: Excel's SOM skips those silently, which is exactly what we must not do).
 */
export function toAmount(v: Cell, arg: string, opts?: AmountOptions): number {
  // Numbers first: by far the most common cell, checked in the hot loop of every range.
  if (typeof v === "number") {
    assertAmount(v, arg);
    return v;
  }
  if (v === null || v === undefined || v === "") {
    if (opts?.blankAsZero ?? true) return 0;
    throw new EkvError(`${arg}: een lege cel gevonden; verwacht een bedrag.`);
  }
  if (typeof v === "boolean") {
    throw new EkvError(`${arg}: ${describe(v)} gevonden; verwacht een bedrag.`);
  }
  if (isExcelErrorValue(v)) {
    throw new EkvError(`${arg}: ${describe(v)} gevonden; herstel eerst die fout.`);
  }
  if (typeof v === "string") {
    if (TEXT_NUMBER.test(v)) {
      throw new EkvError(
        `${arg}: ${describe(v)} is een getal opgeslagen als tekst; zet de cel om naar een getal of gebruik EKV.GETAL.`
      );
    }
    throw new EkvError(`${arg}: ${describe(v)} gevonden; verwacht een bedrag.`);
  }
  throw new EkvError(`${arg}: ${describe(v)} gevonden; verwacht een bedrag.`);
}

/** A text option such as `soort`; null/blank gives `undefined`. */
export function toOptionText(v: Cell, arg: string): string | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "string") return v;
  throw new EkvError(`${arg}: ${describe(v)} gevonden; verwacht een tekst.`);
}

/**
 * The optional `eenheid` argument of the regulation functions whose articles state thresholds in
 * euros: blank is euros; an Excel error value is reported as such, not as an unknown unit.
 */
export function toEenheid(v: unknown, article: string): Eenheid {
  const c = single(v ?? null, "eenheid");
  if (isExcelErrorValue(c)) {
    throw new EkvError(`eenheid: ${describe(c)} gevonden; herstel eerst die fout (${article}).`);
  }
  return parseEenheid(c, article);
}

/** A single value from a scalar or a 1×1 range (a matrix parameter given one cell). */
export function single(v: unknown, arg: string): Cell {
  if (!Array.isArray(v)) return v as Cell;
  if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  throw new EkvError(`${arg}: een bereik van ${shapeText(v)} gevonden; verwacht één cel.`);
}

function shapeText(m: Matrix): string {
  const rows = m.length;
  const cols = rows ? m[0].length : 0;
  return `${rows} rij${rows === 1 ? "" : "en"} × ${cols} kolom${cols === 1 ? "" : "men"}`;
}

/**
 * The amounts of a one-column or one-row range (a single cell is a range of one), in order.
 * Blank cells are errors: in a list such as a repayment schedule a blank is not a silent 0.
 * `what` says what each cell holds, for the error about a two-dimensional range.
 */
export function toAmountVector(v: unknown, arg: string, what: string): number[] {
  const m = asMatrix(v);
  const rows = m.length;
  const cols = rows ? m[0].length : 0;
  if (rows === 0 || cols === 0) {
    throw new EkvError(`${arg}: een leeg bereik gevonden; verwacht ${what}.`);
  }
  if (rows > 1 && cols > 1) {
    throw new EkvError(
      `${arg}: een bereik van ${shapeText(m)} gevonden; verwacht één kolom of één rij met ${what}.`
    );
  }
  const cells: Cell[] = rows > 1 ? m.map((r) => r[0]) : m[0];
  return cells.map((c, i) => {
    const where = cells.length === 1 ? arg : `${arg} (${rows > 1 ? "rij" : "kolom"} ${i + 1})`;
    return toAmount(c, where, { blankAsZero: false });
  });
}

/** Normalises an argument to a matrix: a scalar becomes [[v]]; null (omitted) stays null. */
export function asMatrix(v: unknown): Matrix {
  if (Array.isArray(v)) return v as Matrix;
  return [[v as Cell]];
}

/**
 * Applies `f` element by element over equally shaped ranges. A single cell is used for every
 * element (as Excel's own operators do); ranges of different shapes are an error. A 1×1 result is
 * a plain value so that a scalar call behaves as a scalar, and an element error in a larger result
 * becomes that element's error value (the rest of the spill stays valid).
 */
export function elementwise(
  args: Array<{ name: string; value: unknown }>,
  f: (values: Cell[]) => number
): number | Array<Array<number | CustomFunctions.Error>> {
  // A formula per row (every argument one cell) is the most common call: no shape work.
  const cells: Cell[] = new Array(args.length);
  let k = 0;
  for (; k < args.length; k++) {
    const v = args[k].value;
    if (!Array.isArray(v)) cells[k] = v as Cell;
    else if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) cells[k] = v[0][0];
    else break;
  }
  if (k === args.length) return f(cells);
  const mats = args.map((a) => ({ name: a.name, m: asMatrix(a.value) }));
  let rows = 1;
  let cols = 1;
  let shapeFrom = "";
  for (const { name, m } of mats) {
    const r = m.length;
    const c = r ? m[0].length : 0;
    if (r === 0 || c === 0) throw new EkvError(`${name}: een leeg bereik gevonden.`);
    if (r === 1 && c === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = r;
      cols = c;
      shapeFrom = name;
    } else if (r !== rows || c !== cols) {
      throw new EkvError(
        `${name}: bereik van ${shapeText(m)}, maar ${shapeFrom} heeft ${shapeText(mats.find((x) => x.name === shapeFrom)!.m)}; de bereiken moeten even groot zijn.`
      );
    }
  }
  if (rows === 1 && cols === 1) return f(mats.map(({ m }) => m[0][0]));
  // Per argument: its matrix, or null when it is one cell used for every element.
  const n = mats.length;
  const ranges: Array<Matrix | null> = mats.map(({ m }) =>
    m.length === 1 && m[0].length === 1 ? null : m
  );
  const vals: Cell[] = mats.map(({ m }) => m[0][0]);
  const out: Array<Array<number | CustomFunctions.Error>> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Array<number | CustomFunctions.Error> = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < n; k++) {
        const m = ranges[k];
        if (m !== null) vals[k] = m[r][c];
      }
      try {
        row[c] = f(vals);
      } catch (e) {
        row[c] = toExcelError(e, ` (rij ${r + 1}, kolom ${c + 1})`);
      }
    }
    out[r] = row;
  }
  return out;
}

/** Maps any thrown value to a `CustomFunctions.Error` with a Dutch message. */
export function toExcelError(e: unknown, where = ""): CustomFunctions.Error {
  if (isEkvError(e)) {
    const code =
      e.kind === "not-available"
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, e.message + where);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Interne fout in EKV-functie${where}: ${detail}`
  );
}

/**
 * Runs a function body; any error is thrown as a `CustomFunctions.Error` (Excel shows its message
 * on the cell), so no raw exception or NaN ever reaches a cell.
 */
export function guard<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (e) {
    throw toExcelError(e);
  }
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw toExcelError(new EkvError("de uitkomst is geen eindig getal."));
  }
  return result;
}
