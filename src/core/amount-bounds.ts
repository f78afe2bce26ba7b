/**
 * What an amount may be: finite and within ±MAX_ABS_AMOUNT (see exact.ts, which re-exports both).
 * Without decimal.js, so that code which only validates its input does not load the arithmetic.
 */
import { EkvError } from "./errors";

/**
 * Excel keeps 15 significant digits; an amount beyond 10^15 in any unit of a budget table
 * (10^15 thousand euros is a thousand times the world's GDP) is an input or unit mistake.
 */
export const MAX_ABS_AMOUNT = 1e15;

/** Throws when `x` is not a usable amount (non-finite, NaN, or beyond MAX_ABS_AMOUNT). */
export function assertAmount(x: number, what = "bedrag"): void {
  // Kept tiny so that the engine inlines it into every hot loop; NaN fails both comparisons.
  if (typeof x === "number" && x <= MAX_ABS_AMOUNT && x >= -MAX_ABS_AMOUNT) return;
  amountError(x, what);
}

function amountError(x: number, what: string): never {
  if (typeof x !== "number" || Number.isNaN(x)) {
    throw new EkvError(`${what}: geen getal gevonden; verwacht een bedrag.`);
  }
  if (!Number.isFinite(x)) {
    throw new EkvError(`${what}: oneindige waarde gevonden; verwacht een eindig bedrag.`);
  }
  throw new EkvError(
    `${what}: ${formatPlain(x)} is onwaarschijnlijk groot (meer dan 10^15); controleer de eenheid of de invoer.`
  );
}

function formatPlain(x: number): string {
  return Number.isFinite(x) ? String(x).replace(".", ",") : String(x);
}
