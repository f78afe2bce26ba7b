/**
 * The formulas of the garanties tables (RBV models 1.32e and 3.21b), exact.
 * Inputs are amounts in the table's unit; each must be a usable amount (see `assertAmount`).
 */
import { Dec } from "./decimal";
import { EkvError } from "./errors";
import { MAX_ABS_AMOUNT, assertAmount, decToNumber, exactSum, exactSum3 } from "./exact";

function nonNegative(x: number, what: string): void {
  // The usual case in one comparison pair, small enough to be inlined; NaN fails it.
  if (typeof x === "number" && x >= 0 && x <= MAX_ABS_AMOUNT) return;
  assertAmount(x, what);
  throw new EkvError(
    `${what}: negatief bedrag ${String(x).replace(".", ",")} gevonden; verwacht 0 of meer.`
  );
}

/** Uitstaand(t) = uitstaand(t−1) + verleend(t) − vervallen(t). */
export function uitstaand(vorig: number, verleend: number, vervallen: number): number {
  nonNegative(vorig, "uitstaand_vorig");
  nonNegative(verleend, "verleend");
  nonNegative(vervallen, "vervallen");
  return exactSum3(vorig, verleend, vervallen, 1, -1);
}

/** Saldo = ontvangsten − uitgaven (overzicht uitgaven en ontvangsten garanties). */
export function saldo(uitgaven: number, ontvangsten: number): number {
  nonNegative(uitgaven, "uitgaven");
  nonNegative(ontvangsten, "ontvangsten");
  return exactSum3(ontvangsten, uitgaven, 0, -1, 1);
}

/** Netto aangegane verplichtingen = aangegaan (bruto) − vervallen (benutting garantieregeling). */
export function netto(aangegaan: number, vervallen: number): number {
  nonNegative(aangegaan, "aangegaan");
  nonNegative(vervallen, "vervallen");
  return exactSum3(aangegaan, vervallen, 0, -1, 1);
}

export type PlafondSoort = "bruto" | "netto";

/**
 * Room under an annual ceiling. Gross ceiling (default, as the EKV's € 10 mld.): plafond − verleend.
 * Net ceiling (older texts): plafond − (verleend − vervallen). Negative means the ceiling is exceeded.
 */
export function plafondruimte(
  plafond: number,
  verleend: number,
  vervallen: number,
  soort: PlafondSoort
): number {
  nonNegative(plafond, "plafond");
  nonNegative(verleend, "verleend");
  nonNegative(vervallen, "vervallen");
  return soort === "bruto"
    ? exactSum3(plafond, verleend, 0, -1, 1)
    : exactSum3(plafond, verleend, vervallen, -1, 1);
}

/** Parses the ceiling kind option (case-insensitive); blank means gross. */
export function parsePlafondSoort(text: string | null | undefined): PlafondSoort {
  const t = (text ?? "").trim().toLowerCase();
  if (t === "" || t === "bruto") return "bruto";
  if (t === "netto") return "netto";
  throw new EkvError(`soort: "${text}" is onbekend; verwacht "bruto" (standaard) of "netto".`);
}

/** Exact total of amounts (negatives allowed: saldo columns are totalled too). */
export function totaal(values: readonly number[]): number {
  for (const v of values) assertAmount(v, "waarde");
  return exactSum(values, undefined, "totaal");
}

/**
 * 1 EUR = 2,20371 NLG (Council Regulation (EC) 2866/98). Regulation (EC) 1103/97 art. 4: the rate
 * is used as is, conversion from guilders divides by it (no inverse rate), and the result is
 * rounded to the cent, a half cent upwards (away from zero).
 */
export const GULDEN_PER_EURO = "2.20371";

export function guldenNaarEuro(gulden: number): number {
  assertAmount(gulden, "bedrag");
  return decToNumber(
    new Dec(gulden).dividedBy(GULDEN_PER_EURO).toDecimalPlaces(2, Dec.ROUND_HALF_UP),
    "euro"
  );
}
