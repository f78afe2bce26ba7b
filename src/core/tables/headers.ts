/**
 * Reading the header texts of the garanties tables as published (RBV models 1.32e and 3.21b and
 * the tables on rijksfinancien.nl): which column a header names and for which year.
 *
 * Published headers vary in case, spacing ("Ontv.2019"), line breaks, hyphenation at a line
 * break ("Garantie- plafond 2015"), soft hyphens, and footnote markers ("Verleend 20231",
 * "Saldo¹", "Uitgaven*"). A header is normalised first, then its year is taken out, then the
 * rest must match one of the known column names exactly; anything else is an unknown column (a
 * typo in a publication is reported, never guessed).
 */
import {
  type ColumnWords,
  DASH,
  DATA_COLUMNS,
  type DataColumnKind,
  FOOTNOTE_SYMBOL,
  type GarantiesColumn,
  LABEL_COLUMNS,
  type LabelColumnKind,
  SOFT_HYPHEN,
  type UitgavenColumn,
  collapseSpaces,
} from "../vocabulary";
import type { YearLabel } from "./model";

export type { DataColumnKind, GarantiesColumn, LabelColumnKind, UitgavenColumn };

/** The columns a table of this kind may hold: its own and the shared ones (risk reserve). */
function columnsOf(table: ColumnWords["table"]): ReadonlySet<string> {
  return new Set(
    (Object.keys(DATA_COLUMNS) as DataColumnKind[]).filter(
      (k) => DATA_COLUMNS[k].table === table || DATA_COLUMNS[k].shared
    )
  );
}

export const GARANTIES_COLUMNS: ReadonlySet<string> = columnsOf("garanties");
export const UITGAVEN_COLUMNS: ReadonlySet<string> = columnsOf("uitgaven-ontvangsten");

const SUPERSCRIPTS = new RegExp(FOOTNOTE_SYMBOL, "g");
const SOFT_HYPHENS = new RegExp(SOFT_HYPHEN, "g");
const ALL_DIGITS = /^[0-9]+$/;

/**
 * Lower case, one space between words, soft hyphens removed, a word broken at a line end joined
 * again ("garantie- plafond" → "garantieplafond"), footnote symbols removed.
 */
export function normaliseHeader(text: string): string {
  // Digits alone (an amount or a year read as a header candidate, in every row of a long sheet)
  // are already normal: nothing below changes them.
  if (ALL_DIGITS.test(text)) return text;
  return (
    collapseSpaces(text.replace(SOFT_HYPHENS, "").replace(SUPERSCRIPTS, ""))
      .toLowerCase()
      .replace(new RegExp(`(\\p{L})${DASH} (\\p{L})`, "gu"), "$1$2")
      // Footnote markers at the end: "(1)", "1)", "2)", "*)", and a lone "1" after a word or a
      // year (a superscript run of rich text read as plain text); never the digits of a year.
      .replace(/ ?\(\d{1,2}\)$/, "")
      .replace(/(?<=[\p{L}.)]|(?:19|20)\d\d) ?\d{1,2}\)$/u, "")
      .replace(/ ?\)$/, (m, offset: number, all: string) => (all.includes("(") ? m : ""))
      .replace(/(?<=[\p{L}.]|(?:19|20)\d\d) \d{1,2}$/u, "")
      // A footnote digit stuck to a word ("saldo1 2016"); a year or "t-1" is never a letter + digit.
      .replace(/(\p{L}{2})\d{1,2}(?=\s|$)/gu, "$1")
      .trim()
  );
}

/** A year as the header writes it. */
interface YearMatch {
  year: YearLabel;
  /** The header text with the year (and a footnote digit stuck to it) taken out. */
  rest: string;
}

const ABSOLUTE = /(^|[\s.(])((?:19|20)\d{2})(\d{1,2})?(?=$|[\s)])/;
const SHORT = /(^|[\s.(])['\u2018\u2019`]\s?(\d{2})(?=$|[\s)])/;
const RELATIVE = new RegExp(`(^|[\\s.(])t(?:\\s?(${DASH}|\\+)\\s?(\\d))?(?=$|[\\s)])`);
const RELATIVE_BESIDE = new RegExp(
  `(^|\\s)\\(?\\s?t(?:\\s?(?:${DASH}|\\+)\\s?\\d)?\\s?\\)?\\s?[=:]?(?=$|\\s)`
);

/**
 * Finds the year in a normalised header: `2022`, `'22` (→ 2022), `t-2`, `t – 1`, `t`, `t+1`.
 * A 5- or 6-digit "year" is a year with a footnote marker stuck to it (`20231` → 2023).
 */
export function findYear(normal: string): YearMatch | undefined {
  let m = ABSOLUTE.exec(normal);
  if (m) {
    // "2016 (t)", "t-1 = 2015": the relative label beside a real year says the same year.
    const rest = cut(normal, m.index + m[1].length, m[0].length - m[1].length)
      .replace(RELATIVE_BESIDE, "$1")
      .trim();
    return { year: Number(m[2]), rest };
  }
  m = SHORT.exec(normal);
  if (m) {
    return {
      year: 2000 + Number(m[2]),
      rest: cut(normal, m.index + m[1].length, m[0].length - m[1].length),
    };
  }
  m = RELATIVE.exec(normal);
  if (m) {
    const sign = m[2] === undefined ? "" : m[2] === "+" ? "+" : "-";
    const year = sign && m[3] !== "0" ? `t${sign}${m[3]}` : "t";
    return { year, rest: cut(normal, m.index + m[1].length, m[0].length - m[1].length) };
  }
  return undefined;
}

/** The text with the year cut out; brackets left empty by it go too ("uitstaand (2016)"). */
function cut(s: string, start: number, length: number): string {
  return (s.slice(0, start) + " " + s.slice(start + length))
    .replace(/\(\s*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A header cell that holds only a year (the year row of a two-row header, benutting tables). */
export function yearOnly(value: unknown): YearLabel | undefined {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1900 && value <= 2099 ? value : undefined;
  }
  if (typeof value !== "string") return undefined;
  const normal = normaliseHeader(value);
  if (normal === "") return undefined;
  const y = findYear(normal);
  return y && y.rest.replace(/[.:]/g, "").trim() === "" ? y.year : undefined;
}

const DATA_NAMES = (Object.keys(DATA_COLUMNS) as DataColumnKind[]).map(
  (kind) => [DATA_COLUMNS[kind].names, kind] as const
);
const LABEL_NAMES = (Object.keys(LABEL_COLUMNS) as LabelColumnKind[]).map(
  (kind) => [LABEL_COLUMNS[kind].names, kind] as const
);

export type HeaderMeaning =
  | { type: "data"; kind: DataColumnKind; year: YearLabel | null }
  | { type: "label"; kind: LabelColumnKind }
  | { type: "blank" }
  | { type: "unknown"; text: string };

/** What a header cell names. `yearAbove` is the year from a year row above (two-row headers). */
export function readHeader(value: unknown, yearAbove?: YearLabel): HeaderMeaning {
  if (value === null || value === undefined) return { type: "blank" };
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  const normal = normaliseHeader(text);
  if (normal === "") return { type: "blank" };
  for (const [re, kind] of LABEL_NAMES) if (re.test(normal)) return { type: "label", kind };
  const y = findYear(normal);
  // After the year, a lone 1- or 2-digit number is a footnote marker ("Garantieplafond 2016 1").
  const rest = (y ? y.rest.replace(/ \d{1,2}$/, "") : normal).replace(/[\s:]+$/, "");
  const year = y ? y.year : (yearAbove ?? null);
  for (const [re, kind] of DATA_NAMES) if (re.test(rest)) return { type: "data", kind, year };
  return { type: "unknown", text: text.trim() };
}

/** Orders years: absolute years numerically; relative ones t-2 < t-1 < t < t+1. */
export function yearOrdinal(y: YearLabel): number {
  if (typeof y === "number") return y;
  if (y === "t") return 0;
  const m = /^t([-+])(\d)$/.exec(y);
  return m ? (m[1] === "-" ? -Number(m[2]) : Number(m[2])) : 0;
}

/** The year label as people write it in a message: 2016, t-1. */
export function yearText(y: YearLabel | null): string {
  return y === null ? "" : String(y);
}
