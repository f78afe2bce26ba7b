import Decimal from "decimal.js";

/**
 * The project's Decimal: a private clone so that no other code (or library) can change the
 * precision or rounding that our exactness contract depends on.
 *
 * 60 significant digits holds any sum of amounts within ±10^15 with up to 15 decimals exactly, and
 * gives the regulation formulas (rates, powers, discounting) far more precision than the cent they
 * are rounded to. ROUND_HALF_UP rounds a half away from zero, as Regulation (EC) 1103/97 art. 5
 * prescribes for euro amounts.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export type DecInput = Dec | number | string;

export function dec(x: DecInput): Dec {
  return x instanceof Dec ? x : new Dec(x);
}
