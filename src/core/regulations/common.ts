/**
 * Helpers shared by the regulation calculators (zware matching, investeringsverzekeringen).
 *
 * Conventions
 * - Amounts are euros; percentages are fractions (0,55% is 0.0055).
 * - Thresholds stated as fractions in the articles are exact (1/3, 7/12, 3/5, 7/20, 4/5) and are
 *   compared with exact decimal arithmetic (`3 × aandeel ≥ exportdeel`), never with 0.3333.
 * - A cap (a maximum the payment may not exceed) that has more than two decimals is truncated to
 *   the cent, so the payment never exceeds it: 7/12 × € 100,01 = € 58,339166… gives € 58,33.
 * - Every error names the article that the violated rule comes from.
 */
import { Dec } from "../decimal";
import { EkvError } from "../errors";
import { assertAmount, decToNumber } from "../exact";
import { formatDutch } from "../amount";

/**
 * Truncates a non-negative amount to whole cents.
 *
 * Values that come from a non-terminating division (x / 12, discounting) carry an error of about
 * 10^-55 at our 60-digit precision; a value that is mathematically a whole number of cents could
 * then sit a hair below it and lose a cent. Rounding to 30 decimals first removes that noise
 * (no quotient of our bounded inputs lies within 10^-30 of a cent boundary without being on it
 * for any realistic input) before the downward cut.
 */
export function truncCents(d: Dec): Dec {
  return d.toDecimalPlaces(30, Dec.ROUND_HALF_UP).toDecimalPlaces(2, Dec.ROUND_DOWN);
}

/** An amount in a message: `€ 20.000.000`, `€ 1.234,50`, `€ 0,125`. */
export function euro(x: number | Dec): string {
  const d = x instanceof Dec ? x : new Dec(x);
  const n = d.toNumber();
  if (d.isInteger()) return `€ ${formatDutch(n)}`;
  if (d.times(100).isInteger()) return `€ ${formatDutch(n, 2)}`;
  return `€ ${formatDutch(n)}`;
}

/** A fraction as a percentage in a message: 0.0055 → "0,55%". */
export function percent(x: number | Dec): string {
  const d = (x instanceof Dec ? x : new Dec(x)).times(100);
  return `${d.toFixed().replace(".", ",")}%`;
}

/** A plain number in a message, Dutch decimal comma. */
export function num(x: number): string {
  return String(x).replace(".", ",");
}

/** A required non-negative amount. */
export function nonNegativeAmount(x: number, what: string, article: string): void {
  assertAmount(x, what);
  if (x < 0) {
    throw new EkvError(`${article}: ${what} is negatief (${euro(x)}); verwacht 0 of meer.`);
  }
}

/**
 * A rate or fraction given as a fraction (5% is 0,05). A value of 1 or more is almost always a
 * percentage typed as a whole number, so it is refused with that hint.
 */
export function rate(x: number, what: string, article: string, min = 0): Dec {
  assertAmount(x, what);
  if (x >= 1) {
    throw new EkvError(
      `${article}: ${what} is ${num(x)}, dat is ${percent(x)}; geef percentages als fractie (5% is 0,05).`
    );
  }
  if (x < min) {
    throw new EkvError(
      `${article}: ${what} is ${num(x)}; verwacht ${min === 0 ? "0 of meer" : `ten minste ${num(min)}`}.`
    );
  }
  return new Dec(x);
}

/**
 * The highest interest rate taken as typed. The regulation applied 1998–2009; the funding rates and
 * CIRRs of that period (art. 2 lid 1) stayed far below 25%, so a rate above it is almost always a
 * percentage typed as a whole number (0,5 meaning 0,5%) and is refused with the fraction suggested.
 */
export const MAX_RENTE = "0.25";

/** "bedoelt u 0,0055 (0,55%)?": the value read as a percentage, for a message. */
export function fractionHint(x: number): string {
  const f = new Dec(x).dividedBy(100);
  return `bedoelt u ${f.toFixed().replace(".", ",")} (${percent(f)})?`;
}

/**
 * An interest rate (art. 2, art. 10) as a fraction from 0 up to and including 25%. Negative rates
 * are refused: with a negative refinancing rate the simple interest of art. 10 lid 4 can turn the
 * costs negative, and costs are never negative.
 */
export function interestRate(x: number, what: string, article: string): Dec {
  const d = rate(x, what, article, 0);
  if (d.greaterThan(MAX_RENTE)) {
    throw new EkvError(
      `${article}: ${what} is ${num(x)}, dat is ${percent(d)}; een rentevoet boven ${percent(new Dec(MAX_RENTE))} is onwaarschijnlijk, ${fractionHint(x)} Geef percentages als fractie (5% is 0,05).`
    );
  }
  return d;
}

/** The unit of the amounts: euros, thousands of euros, millions of euros. */
export type Eenheid = 1 | 1000 | 1000000;

const EENHEID_HINT =
  'verwacht 1 (euro\'s, standaard), 1000 (x € 1.000) of 1000000 (x € 1 mln), of de tekst "x € 1.000" of "x € 1 mln"';

/**
 * The unit of the amount arguments of a function whose article states thresholds in euros
 * (€ 11.300.000, € 4.600.000, € 100 mln). Blank is euros. A number must be 1, 1000 or 1000000;
 * a text is read as a table title writes it: "x € 1.000", "duizend", "x € 1 mln", "miljoen", "euro".
 */
export function parseEenheid(v: unknown, article: string): Eenheid {
  if (v === null || v === undefined || v === "") return 1;
  if (typeof v === "number") {
    if (v === 1 || v === 1000 || v === 1000000) return v;
    throw new EkvError(`${article}: eenheid ${num(v)} is onbekend; ${EENHEID_HINT}.`);
  }
  if (typeof v === "string") {
    const t = normaliseOption(v)
      .replace(/^bedragen\s*/, "")
      .replace(/^(x|×)\s*/, "")
      .replace(/€|\beuro('s)?\b|\beur\b|\s/g, "")
      .replace(/\.$/, "");
    if (t === "" || t === "1") return 1;
    if (t === "1.000" || t === "1000" || t === "duizend") return 1000;
    if (["1.000.000", "1000000", "mln", "1mln", "miljoen", "1miljoen"].includes(t)) return 1000000;
    throw new EkvError(`${article}: eenheid "${v}" is onbekend; ${EENHEID_HINT}.`);
  }
  throw new EkvError(`${article}: eenheid is geen getal of tekst; ${EENHEID_HINT}.`);
}

/** A fraction between 0 and 1 inclusive (a share). */
export function share(x: number, what: string, article: string): Dec {
  assertAmount(x, what);
  if (x < 0 || x > 1) {
    throw new EkvError(
      `${article}: ${what} is ${num(x)}; verwacht een fractie van 0 tot en met 1 (40% is 0,4).`
    );
  }
  return new Dec(x);
}

/** The smallest of the given values (at least one). */
export function minDec(values: readonly Dec[]): Dec {
  return values.reduce((m, v) => (v.lessThan(m) ? v : m));
}

export function toNumber(d: Dec, what = "uitkomst"): number {
  return decToNumber(d, what);
}

/** Lower-cased, trimmed option text with inner spaces collapsed. */
export function normaliseOption(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const TRUE_TEXT = new Set(["waar", "true"]);
const FALSE_TEXT = new Set(["onwaar", "false"]);

/**
 * A yes/no argument. Accepts the logical values WAAR/ONWAAR (TRUE/FALSE), and, because a value
 * pasted from another system often arrives as text, the texts "WAAR", "ONWAAR", "TRUE" and
 * "FALSE" in any case. Numbers (1/0) and other texts are refused: in these regulations a wrong
 * yes/no changes the amount, so a guess is worse than an error. Blank gives `undefined`.
 */
export function parseYesNo(v: unknown, what: string, article: string): boolean | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const t = normaliseOption(v);
    if (TRUE_TEXT.has(t)) return true;
    if (FALSE_TEXT.has(t)) return false;
    throw new EkvError(
      `${article}: ${what} is tekst "${v}"; verwacht WAAR of ONWAAR (TRUE of FALSE).`
    );
  }
  if (typeof v === "number") {
    throw new EkvError(
      `${article}: ${what} is het getal ${num(v)}; verwacht de logische waarde WAAR of ONWAAR.`
    );
  }
  throw new EkvError(`${article}: ${what} is geen logische waarde; verwacht WAAR of ONWAAR.`);
}

/**
 * Runs `body`; an `EkvError` whose message names no article gets `article` appended (input-type
 * errors from the shared Excel conversion do not know which regulation they belong to).
 */
export function withArticle<T>(article: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof EkvError && !/\bart\. \d/.test(e.message)) {
      throw new EkvError(`${e.message.replace(/\.$/, "")} (${article}).`, e.kind);
    }
    throw e;
  }
}

/**
 * Runs an argument conversion whose messages say "verwacht een bedrag" and names what the argument
 * really is (a rate, a number of years, a date), so the user is told what to type.
 */
export function expecting<T>(kind: string | undefined, body: () => T): T {
  if (!kind) return body();
  try {
    return body();
  } catch (e) {
    if (e instanceof EkvError && /verwacht een (eindig )?bedrag/.test(e.message)) {
      const m = e.message
        .replace("verwacht een bedrag", `verwacht ${kind}`)
        .replace("verwacht een eindig bedrag", "verwacht een eindig getal");
      throw new EkvError(m, e.kind);
    }
    throw e;
  }
}
