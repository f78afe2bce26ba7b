/**
 * Exact arithmetic on amounts.
 *
 * Contract
 * - An input number stands for the decimal that JavaScript prints for it (its shortest
 *   round-trip form, which is also what Excel shows): 0.1 means exactly 1/10.
 * - Sums and differences of such numbers are computed exactly, then converted to a JavaScript
 *   number once, at the end: the result is the double nearest to the exact decimal result. So
 *   0.1 + 0.2 gives the same double as the literal 0.3, and 13373678 + 10000000 − 10000000 is exact.
 * - Inputs must be finite and within ±MAX_ABS_AMOUNT; anything else is an `EkvError`. No function
 *   here returns NaN or ±Infinity.
 *
 * Paths, fastest first (all exact):
 * 1. safe integers whose running total stays a safe integer: plain number addition;
 * 2. numbers with at most MAX_FAST_SCALE decimals: scaled to integers with a common power of ten,
 *    added as safe integers, divided once (one correctly rounded division);
 * 3. anything else: decimal.js with 60 significant digits.
 */
import { Dec, dec } from "./decimal";
import { EkvError } from "./errors";

// The bounds of an amount are a module of their own, without decimal.js: code that only checks
// its input (the cell conversion in the task pane) does not load the arithmetic.
export { MAX_ABS_AMOUNT, assertAmount } from "./amount-bounds";

const MAX_FAST_SCALE = 6;
const POW10 = [
  1, 10, 100, 1000, 10000, 100000, 1000000, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * The number of decimals (0…MAX_FAST_SCALE) with which `x` is written, or -1 when it needs more
 * (or is too large to scale within the safe integers).
 */
export function scaleOf(x: number): number {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? 0 : -1;
  const ax = Math.abs(x);
  for (let s = 1; s <= MAX_FAST_SCALE; s++) {
    const p = POW10[s];
    // Below 2^51 the rounding error of x·p is under half a unit, so Math.round finds the integer,
    // and distinct n / p are distinct doubles (the decimal x stands for is unique at this scale).
    if (ax * p >= SCALED_LIMIT) return -1;
    const n = Math.round(x * p);
    // n / p is correctly rounded, so equality means x is exactly the double nearest to n·10^-s.
    if (n / p === x) return s;
  }
  return -1;
}

const SCALED_LIMIT = 2 ** 51;

/** Normalises −0 to 0 and guards the boundary conversion. */
function finish(x: number, what: string): number {
  if (!Number.isFinite(x)) {
    throw new EkvError(`${what}: de uitkomst is te groot om als getal te tonen.`);
  }
  return x === 0 ? 0 : x;
}

/**
 * Exact sum of `values`, each multiplied by the matching sign in `signs` (+1 or −1; all +1 when
 * omitted). Values must already have passed `assertAmount`.
 */
export function exactSum(
  values: ArrayLike<number>,
  signs?: ArrayLike<number>,
  what = "uitkomst"
): number {
  const len = values.length;
  // Path 1: safe integers. Rounding is monotonic, so a running total that would leave the safe
  // range shows up as a computed total beyond it; inside it every partial sum is exact.
  let acc = 0;
  let i = 0;
  for (; i < len; i++) {
    const v = signs && signs[i] < 0 ? -values[i] : values[i];
    if (!Number.isSafeInteger(v)) break;
    acc += v;
    if (acc > Number.MAX_SAFE_INTEGER || acc < -Number.MAX_SAFE_INTEGER) break;
  }
  if (i === len) return finish(acc, what);
  const cents = exactSumCents(values, signs);
  if (cents !== undefined) return finish(cents, what);
  return exactSumScaled(values, signs, what);
}

/**
 * Below 10^13 an amount with at most two decimals is a whole number of cents below 10^15: at most
 * 15 significant digits, so it is exactly the decimal it prints as and `Math.round(x * 100)` is
 * that number of cents.
 */
const MAX_CENTS_AMOUNT = 1e13;

/**
 * Path 1b, the common case of euros and cents (also integers too large for path 1's running
 * total): one pass in whole cents, one division at the end. `undefined` when some value has more
 * than two decimals or is too large.
 */
function exactSumCents(values: ArrayLike<number>, signs?: ArrayLike<number>): number | undefined {
  let acc = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!(x < MAX_CENTS_AMOUNT && x > -MAX_CENTS_AMOUNT)) return undefined;
    const n = Math.round(x * 100);
    if (n / 100 !== x) return undefined;
    acc += signs && signs[i] < 0 ? -n : n;
    if (acc > Number.MAX_SAFE_INTEGER || acc < -Number.MAX_SAFE_INTEGER) return undefined;
  }
  return acc / 100;
}

/**
 * a + sb·b + sc·c exactly, for signs sb and sc of ±1: the three-term formulas of the garanties
 * tables without allocating arrays (same contract and result as `exactSum`). The safe-integer case
 * is kept small enough to be inlined; everything else goes through `exactSum3Slow`.
 */
export function exactSum3(
  a: number,
  b: number,
  c: number,
  sb: 1 | -1,
  sc: 1 | -1,
  what = "uitkomst"
): number {
  const t = sb > 0 ? a + b : a - b;
  const r = sc > 0 ? t + c : t - c;
  // Rounding is monotonic: when the computed partial and final sums are safe, they are exact.
  if (
    Number.isSafeInteger(a) &&
    Number.isSafeInteger(b) &&
    Number.isSafeInteger(c) &&
    Number.isSafeInteger(t) &&
    Number.isSafeInteger(r)
  ) {
    return r === 0 ? 0 : r;
  }
  return exactSum3Slow(a, b, c, sb, sc, what);
}

function exactSum3Slow(
  a: number,
  b: number,
  c: number,
  sb: 1 | -1,
  sc: 1 | -1,
  what: string
): number {
  if (
    a < MAX_CENTS_AMOUNT &&
    a > -MAX_CENTS_AMOUNT &&
    b < MAX_CENTS_AMOUNT &&
    b > -MAX_CENTS_AMOUNT &&
    c < MAX_CENTS_AMOUNT &&
    c > -MAX_CENTS_AMOUNT
  ) {
    const na = Math.round(a * 100);
    const nb = Math.round(b * 100);
    const nc = Math.round(c * 100);
    if (na / 100 === a && nb / 100 === b && nc / 100 === c) {
      // Three terms below 10^15 cents each: the integer sum stays far inside the safe range.
      const r = (na + (sb > 0 ? nb : -nb) + (sc > 0 ? nc : -nc)) / 100;
      return r === 0 ? 0 : r;
    }
  }
  return exactSum([a, b, c], [1, sb, sc], what);
}

function exactSumScaled(
  values: ArrayLike<number>,
  signs: ArrayLike<number> | undefined,
  what: string
): number {
  const len = values.length;
  let maxScale = 0;
  for (let i = 0; i < len; i++) {
    const s = scaleOf(values[i]);
    if (s < 0) return exactSumDecimal(values, signs, what);
    if (s > maxScale) maxScale = s;
  }
  const p = POW10[maxScale];
  let acc = 0;
  for (let i = 0; i < len; i++) {
    // Scale each value by its own power of ten (where the rounding of x·10^s is known to be
    // harmless), then by an exact integer factor: 35580235325170.7 × 100 computes as …070.5.
    const s = scaleOf(values[i]);
    const n = Math.round(values[i] * POW10[s]) * POW10[maxScale - s];
    const v = signs && signs[i] < 0 ? -n : n;
    if (!Number.isSafeInteger(n) || Math.abs(acc) + Math.abs(v) > Number.MAX_SAFE_INTEGER) {
      return exactSumDecimal(values, signs, what);
    }
    acc += v;
  }
  return finish(acc / p, what);
}

function exactSumDecimal(
  values: ArrayLike<number>,
  signs: ArrayLike<number> | undefined,
  what: string
): number {
  return finish(exactSumDec(values, signs).toNumber(), what);
}

/**
 * An exact running total for long streams of amounts, such as the cells of a range: safe integers
 * are added as they come (no array, one comparison pair per value); from the first value that is
 * not one, or when the total would leave the safe integers, the values are kept and summed with
 * `exactSum` at the end. Values must already have passed `assertAmount`.
 */
export class ExactTotal {
  private acc = 0;
  private rest: number[] | null = null;

  add(x: number): void {
    if (this.rest === null) {
      if (Number.isSafeInteger(x)) {
        // Both terms are safe integers: the computed sum is exact unless it leaves the safe range.
        const next = this.acc + x;
        if (next <= Number.MAX_SAFE_INTEGER && next >= -Number.MAX_SAFE_INTEGER) {
          this.acc = next;
          return;
        }
      }
      // The integer total so far is exact: it stands for all values before this one.
      this.rest = [this.acc];
    }
    this.rest.push(x);
  }

  result(what = "uitkomst"): number {
    return this.rest === null ? finish(this.acc, what) : exactSum(this.rest, undefined, what);
  }
}

/** The exact sum as a Decimal (for callers that keep computing exactly). */
export function exactSumDec(values: ArrayLike<number>, signs?: ArrayLike<number>): Dec {
  let acc = new Dec(0);
  for (let i = 0; i < values.length; i++) {
    const d = new Dec(values[i]);
    acc = signs && signs[i] < 0 ? acc.minus(d) : acc.plus(d);
  }
  return acc;
}

/** a + b, exactly. */
export function add(a: number, b: number): number {
  const r = a + b;
  // Path 1 of `exactSum` without its two arrays (the ceiling rules ask this once per row).
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(r)) {
    return r === 0 ? 0 : r;
  }
  return exactSum([a, b]);
}

/** a − b, exactly. */
export function subtract(a: number, b: number): number {
  const r = a - b;
  // Path 1 of `exactSum` without its two arrays (the ceiling rules ask this once per row).
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(r)) {
    return r === 0 ? 0 : r;
  }
  return exactSum([a, b], [1, -1]);
}

/**
 * Path 1 of `exactSum` over `values` at the positions `at`: the exact sum when every value is a
 * safe integer and every running total stays one, else undefined (the caller then takes
 * `exactSum`, which starts with this same path). Sums a column's items without copying them.
 */
export function safeIntegerSumAt(
  values: ArrayLike<number>,
  at: ArrayLike<number>
): number | undefined {
  let acc = 0;
  for (let k = 0; k < at.length; k++) {
    const v = values[at[k]];
    if (!Number.isSafeInteger(v)) return undefined;
    acc += v;
    if (acc > Number.MAX_SAFE_INTEGER || acc < -Number.MAX_SAFE_INTEGER) return undefined;
  }
  return acc === 0 ? 0 : acc;
}

/**
 * Exact comparison of two amounts as decimals: −1, 0 or 1. Two doubles compare exactly as their
 * shortest decimal forms do, so plain comparison is exact; this exists to make that explicit.
 */
export function compare(a: number, b: number): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Converts a Decimal to a number at the boundary, with the same guards as the sums. */
export function decToNumber(d: Dec, what = "uitkomst"): number {
  return finish(d.toNumber(), what);
}

/** Rounds to `decimals` decimals, half away from zero, exactly (for cents: 2). */
export function roundHalfUp(x: number | Dec, decimals: number): Dec {
  return dec(x).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}
