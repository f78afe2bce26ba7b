/**
 * Amounts as Dutch text: parsing and formatting.
 *
 * Notation as published in the budget (Rijksbegrotingsvoorschriften, rijksfinancien.nl):
 * `.` groups thousands, `,` separates decimals; negatives carry a dash (any of `DASHES` in
 * vocabulary.ts: hyphen, minus sign, en dash, figure dash, …), often followed by a space
 * (`– 378`); an optional `€`;
 * running text scales with `mln.` / `mld.` (`€ 1,2 mld.`).
 *
 * Anything a Dutch reader could read two ways is refused with the reason, never guessed:
 * `1.27` (a point followed by two digits is no thousands group), `1.2.3`, `12,34,5`, `79.3002`
 * (a footnote marker stuck to a number).
 */
import { Dec } from "./decimal";
import { EkvError } from "./errors";
import { MAX_ABS_AMOUNT } from "./exact";
import { DASH as DASH_CLASS, NEGATIVE_DASH, collapseSpaces } from "./vocabulary";

export { DASHES } from "./vocabulary";

export type ParsedAmount =
  { ok: true; value: number; exact: string } | { ok: false; reason: string };

const SUFFIXES: Record<string, number> = {
  mln: 1e6,
  miljoen: 1e6,
  mld: 1e9,
  miljard: 1e9,
};

// The first group of a grouped number has no leading zero: "0.500" is English for 0,5, not 500.
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;

/** "staat 1 cijfer" / "staan 2 cijfers". */
function cijfers(n: number): string {
  return n === 1 ? "staat 1 cijfer" : `staan ${n} cijfers`;
}

function fail(text: string, why: string): ParsedAmount {
  return { ok: false, reason: `"${text}" is geen bedrag in Nederlandse notatie: ${why}` };
}

/** Why a body of digits, points and commas is not valid Dutch notation. */
function explainBody(text: string, body: string): ParsedAmount {
  if (body === "") return fail(text, "er staat geen getal in.");
  if (/[^\d.,]/.test(body)) {
    const bad = body.match(/[^\d.,]/)?.[0] ?? "";
    return fail(text, `het teken "${bad}" hoort niet in een bedrag.`);
  }
  const commas = (body.match(/,/g) ?? []).length;
  if (commas > 1) return fail(text, "er staat meer dan één decimale komma in.");
  if (commas === 1 && body.indexOf(".") > body.indexOf(",")) {
    return fail(
      text,
      "een punt na de komma (Engelse notatie?); in het Nederlands groepeert de punt duizendtallen en is de komma het decimaalteken."
    );
  }
  if (body.startsWith(",") || body.startsWith("."))
    return fail(text, "het begint met een scheidingsteken; schrijf een cijfer voor de komma.");
  if (body.endsWith(",") || body.endsWith("."))
    return fail(text, "het eindigt met een scheidingsteken.");
  const intPart = commas ? body.slice(0, body.indexOf(",")) : body;
  const groups = intPart.split(".");
  if (groups.length > 1) {
    const first = groups[0];
    if (first.startsWith("0")) {
      const guess =
        first === "0" && groups.length === 2 && !commas ? ` Bedoelt u 0,${groups[1]}?` : "";
      return fail(
        text,
        `een getal met duizendtalpunten begint niet met een 0 (Engelse notatie?); in het Nederlands is de komma het decimaalteken.${guess}`
      );
    }
    if (first.length > 3)
      return fail(
        text,
        `vóór de eerste punt staan ${first.length} cijfers; een duizendtalgroep heeft er 1 tot 3.`
      );
    for (const g of groups.slice(1)) {
      if (g.length === 4 && groups.length >= 2) {
        return fail(
          text,
          `na een punt staan 4 cijfers ("${g}"); een duizendtalgroep heeft er 3 (staat er een voetnootcijfer aan het getal vast?).`
        );
      }
      if (g.length !== 3) {
        if (groups.length === 2 && !commas && g.length < 3) {
          return fail(
            text,
            `na de punt ${cijfers(g.length)}; in het Nederlands groepeert de punt duizendtallen. Bedoelt u ${groups[0]},${g}? Schrijf dan een komma.`
          );
        }
        return fail(
          text,
          `na een punt ${cijfers(g.length)}; elke duizendtalgroep heeft er precies 3.`
        );
      }
    }
  }
  return fail(text, "de notatie is niet herkend.");
}

/**
 * Parses Dutch amount text. Never throws; returns the reason when the text is not an amount.
 * Empty text is not an amount here (callers decide what blank means).
 */
export function parseDutchAmount(input: string): ParsedAmount {
  const text = collapseSpaces(input);
  if (text === "") return { ok: false, reason: "de tekst is leeg." };
  let rest = text;
  let negative = false;
  let percent = false;
  let factor = 1;

  // Sign and euro sign in either order: "– € 378", "€ -378", "-€378".
  const lead = new RegExp(`^(?:(${DASH_CLASS})\\s*)?(?:€\\s*)?(?:(${DASH_CLASS})\\s*)?`);
  const m = lead.exec(rest);
  if (m) {
    if (m[1] && m[2]) return fail(text, "er staan twee mintekens in.");
    negative = Boolean(m[1] || m[2]);
    rest = rest.slice(m[0].length);
  }

  const suffix = /\s*(mln|miljoen|mld|miljard)\.?$/i.exec(rest);
  if (suffix) {
    factor = SUFFIXES[suffix[1].toLowerCase()];
    rest = rest.slice(0, suffix.index);
  } else if (/\s*%$/.test(rest)) {
    percent = true;
    rest = rest.replace(/\s*%$/, "");
  }
  rest = rest.trim();
  if (rest.startsWith("€")) rest = rest.slice(1).trim();

  if (!(GROUPED.test(rest) || PLAIN.test(rest))) {
    if (new RegExp(`^${DASH_CLASS}`).test(rest)) return fail(text, "er staan twee mintekens in.");
    return explainBody(text, rest);
  }
  const normal = rest.replace(/\./g, "").replace(",", ".");
  let d = new Dec(normal);
  if (factor !== 1) d = d.times(factor);
  if (percent) d = d.dividedBy(100);
  if (negative) d = d.negated();
  if (d.abs().greaterThan(MAX_ABS_AMOUNT)) {
    return fail(text, "het bedrag is groter dan 10^15; controleer de eenheid.");
  }
  const value = d.toNumber();
  return { ok: true, value: value === 0 ? 0 : value, exact: d.toString() };
}

/** Like `parseDutchAmount`, but throws an `EkvError` with the reason. */
export function parseDutchAmountOrThrow(text: string, what?: string): number {
  const r = parseDutchAmount(text);
  if (!r.ok) throw new EkvError(what ? `${what}: ${r.reason}` : r.reason);
  return r.value;
}

/** How a published table cell reads. */
export type CellText =
  | { kind: "blank" }
  | { kind: "nil" } // a lone dash: nil, counts as 0
  | { kind: "not-applicable" } // nvt / n.v.t.
  | { kind: "number"; value: number }
  | { kind: "text"; reason: string };

const NIL = new RegExp(`^${DASH_CLASS}$`);
const NVT = /^n\.?\s*v\.?\s*t\.?$/i;

/** Classifies the text of a table cell as published (blank, nil dash, n.v.t., amount or other text). */
export function classifyCellText(input: string): CellText {
  const text = collapseSpaces(input);
  if (text === "") return { kind: "blank" };
  if (NIL.test(text)) return { kind: "nil" };
  if (NVT.test(text)) return { kind: "not-applicable" };
  const r = parseDutchAmount(text);
  return r.ok ? { kind: "number", value: r.value } : { kind: "text", reason: r.reason };
}

/**
 * Formats an amount in Dutch notation as published: thousands points, decimal comma, negatives
 * with an en dash and a space (`– 7.484.391`). `decimals` fixes the number of decimals; when
 * omitted, the shortest exact form is used.
 */
export function formatDutch(x: number, decimals?: number): string {
  if (!Number.isFinite(x)) return String(x);
  let d = new Dec(x);
  if (decimals !== undefined) d = d.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const negative = d.isNegative() && !d.isZero();
  const fixed = decimals !== undefined ? d.abs().toFixed(decimals) : d.abs().toFixed();
  const [intPart, frac] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = frac ? `${grouped},${frac}` : grouped;
  return negative ? `${NEGATIVE_DASH} ${body}` : body;
}
