/**
 * Shared comparison of a reported figure with the exact value an equation gives, with the
 * `tolerance` and `rounding` options, and the Dutch wording of the difference.
 */
import { formatDutch } from "../amount";
import { Dec } from "../decimal";
import { exactSum, scaleOf, subtract } from "../exact";
import type { ParsedColumn, ParsedTable } from "../tables/parsed";
import { cover, published, usable } from "../tables/parsed";
import type { RuleContext, RuleReport } from "./types";

export interface Term {
  column: ParsedColumn;
  /** Table row index. */
  index: number;
  sign: 1 | -1;
}

/**
 * Reports a finding at row `index` of `column`, with the row's description and the column's header
 * (the message then says where the cell is, in words).
 */
export function reportCell(
  ctx: RuleContext,
  table: ParsedTable,
  index: number,
  column: ParsedColumn,
  finding: Pick<RuleReport, "expected" | "actual" | "message" | "difference" | "rounding">
): void {
  ctx.report({
    row: table.rows[index],
    col: column.col,
    rowLabel: table.labels[index],
    columnHeader: column.header,
    ...finding,
  });
}

/**
 * Checks `target = Σ sign·term` for one cell. Returns without a report when a term or the target
 * is unusable (not a number, an error, n.v.t.: reported by their own rules) or when the equation
 * holds within the tolerance. With `rounding`, a difference of at most (n + 1)/2 for n published
 * terms (XBRL Calculations 1.1, whole units) is reported as a warning marked `rounding`.
 */
export function checkEquation(
  ctx: RuleContext,
  table: ParsedTable,
  target: { column: ParsedColumn; index: number },
  terms: Term[],
  explain: (expectedText: string) => string
): void {
  const ts = target.column.status[target.index];
  if (!usable(ts)) return;
  let n = 0;
  const values = new Array<number>(terms.length);
  const signs = new Array<number>(terms.length);
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    const s = t.column.status[t.index];
    if (!usable(s)) return;
    if (published(s)) n++;
    values[k] = t.column.values[t.index];
    signs[k] = t.sign;
  }
  cover(target.column, target.index);
  for (const t of terms) cover(t.column, t.index);
  const expected = exactSum(values, signs);
  const actual = target.column.values[target.index];
  reportDifference(ctx, table, target, expected, actual, n, explain, () =>
    decimalsOf([actual, ...values])
  );
}

/** A term of an equation that every row of a table must satisfy: a column and its sign. */
export interface ColumnTerm {
  column: ParsedColumn;
  sign: 1 | -1;
}

/**
 * The first row from `from` on (below `n`) whose equation `target = Σ sign·term` is not settled
 * by `holdsInIntegers`, or `n`. The rule runs `checkEquation` on that row only, then scans on:
 * a table of 50 000 rows is checked without 50 000 sets of term objects, in one tight loop that
 * the engine compiles once (the rare row that needs the full check leaves the loop instead of
 * taking a branch inside it that the compiled loop has never seen).
 */
export function nextUnsettled(
  target: ParsedColumn,
  terms: readonly ColumnTerm[],
  from: number,
  n: number
): number {
  for (let i = from; i < n; i++) if (!holdsInIntegers(target, terms, i)) return i;
  return n;
}

/**
 * The common case of `checkEquation` at row `i`, decided without building the row's terms: the
 * target and every term are usable safe integers whose running total stays a safe integer (path 1
 * of `exactSum`) and equals the target. Then the cells are marked as compared, as
 * `checkEquation` would, and true is returned; in every other case false, and the caller runs
 * `checkEquation`.
 */
function holdsInIntegers(target: ParsedColumn, terms: readonly ColumnTerm[], i: number): boolean {
  if (!usable(target.status[i])) return false;
  let acc = 0;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    if (!usable(t.column.status[i])) return false;
    const v = t.sign < 0 ? -t.column.values[i] : t.column.values[i];
    if (!Number.isSafeInteger(v)) return false;
    acc += v;
    if (acc > Number.MAX_SAFE_INTEGER || acc < -Number.MAX_SAFE_INTEGER) return false;
  }
  if (acc !== target.values[i]) return false;
  cover(target, i);
  for (let k = 0; k < terms.length; k++) cover(terms[k].column, i);
  return true;
}

/**
 * The number of decimals the figures are written with (0 for whole units, at most 6): the unit to
 * which they were rounded. A figure shown as "532,0" arrives as 532, so this can only be a lower
 * bound when every figure happens to be whole.
 */
export function decimalsOf(values: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isInteger(v)) continue;
    const s = scaleOf(v);
    d = Math.max(d, s < 0 ? 6 : s);
  }
  return d;
}

/** Reports `actual` against `expected` (already exact) when they differ beyond the options. */
export function reportDifference(
  ctx: RuleContext,
  table: ParsedTable,
  target: { column: ParsedColumn; index: number },
  expected: number,
  actual: number,
  n: number,
  explain: (expectedText: string) => string,
  decimals: () => number
): void {
  if (expected === actual) return;
  const diff = subtract(actual, expected);
  const abs = Math.abs(diff);
  if (abs <= ctx.options.tolerance) return;
  // XBRL Calculations 1.1: each figure rounded to the unit u stands for [v − u/2, v + u/2]; the
  // total is consistent with its n terms when |total − Σ| ≤ (n + 1)·u/2.
  const d = ctx.options.rounding ? decimals() : 0;
  const unit = new Dec(10).pow(-d);
  const margin = unit.times(n + 1).dividedBy(2);
  const rounding = ctx.options.rounding && new Dec(abs).lte(margin);
  reportCell(ctx, table, target.index, target.column, {
    expected,
    actual,
    difference: diff,
    message: explain(formatDutch(expected)),
    ...(rounding
      ? {
          rounding: {
            margin: margin.toNumber(),
            unit: unit.toNumber(),
            decimals: d,
            terms: n,
          },
        }
      : {}),
  });
}

/**
 * A stock rolled forward, the one shape of roll-forward, loan-roll-forward and
 * reserve-roll-forward: `target` = the first term (the stock before) ± the flows. `statement`
 * says it in words ("Uitstaand 2016 moet gelijk zijn aan uitstaand 2015 + verleend 2016 −
 * vervallen 2016"); the figures follow from the terms, a negative amount that is added in
 * brackets ("+ (– 115.076)", a column published negative).
 */
export function checkRollForward(
  ctx: RuleContext,
  table: ParsedTable,
  target: { column: ParsedColumn; index: number },
  terms: Term[],
  statement: string
): void {
  checkEquation(ctx, table, target, terms, (e) => `${statement} = ${figures(terms)} = ${e}.`);
}

/** "500.000 + 100.000 + (– 115.076)": the terms' amounts with their signs. */
function figures(terms: Term[]): string {
  return terms
    .map((t, k) => {
      const v = t.column.values[t.index];
      const text = formatDutch(v);
      if (k === 0) return text;
      if (t.sign === -1) return `− ${text}`;
      return v < 0 ? `+ (${text})` : `+ ${text}`;
    })
    .join(" ");
}

/** "2016" or "" for a column without a year; used in explanations. */
export function yr(column: ParsedColumn): string {
  return column.year === null ? "" : ` ${String(column.year)}`;
}
