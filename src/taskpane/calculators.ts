/**
 * Form input for the Rekenhulp: Dutch amount text → numbers, and the EKV formula that computes the
 * same thing in the sheet (invariant syntax for `range.formulas`). All regulation logic stays in
 * src/core/regulations; this module only converts.
 */
import { parseDutchAmount } from "../core/amount";

export type AmountResult = { ok: true; value: number | undefined } | { ok: false; reason: string };

/** Parses a form field; blank is `undefined` (callers decide whether it is required). */
export function parseField(text: string): AmountResult {
  if (text.trim() === "") return { ok: true, value: undefined };
  const r = parseDutchAmount(text);
  return r.ok ? { ok: true, value: r.value } : { ok: false, reason: r.reason };
}

/** A number as an invariant formula literal (decimal point, no grouping). */
export function literal(x: number | undefined): string {
  if (x === undefined) return "";
  return String(x);
}

export interface MatchingForm {
  kosten: number;
  exportdeel: number;
  nlAandeel: number;
  gelijkwaardig: number | undefined;
  ontheffing: boolean;
  soort: "overig" | "defensie" | "vliegtuigen" | "bouw";
}

export function matchingFormula(f: MatchingForm): string {
  return `=EKV.MATCHING.SUBSIDIE(${literal(f.kosten)},${literal(f.exportdeel)},${literal(
    f.nlAandeel
  )},${literal(f.gelijkwaardig)},${f.ontheffing ? "TRUE" : "FALSE"},"${f.soort}")`;
}

export interface RivForm {
  schade: number;
  aanvangswaarde: number;
  eigenRisico: number;
  soort: "investering" | "lening";
}

export function rivFormula(f: RivForm): string {
  return `=EKV.RIV.VERGOEDING(${literal(f.schade)},${literal(f.aanvangswaarde)},${literal(
    f.eigenRisico
  )},"${f.soort}")`;
}
