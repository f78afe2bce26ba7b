/**
 * Number formats as ECMA-376 part 1 defines them (18.8.30 numFmt, 18.8.31 numFmts): which
 * section of a format code applies to a value, and whether that section shows a date or time.
 *
 * Only what the checker needs: it never renders a number, it only has to know when Excel would
 * show a number as a date (a date in an amount column is a typing accident, see convert.ts).
 * A section shows a date when it holds a real date/time token (y, m, d, h, s, AM/PM, A/P, the
 * era and Buddhist-year tokens e, g, b, or an elapsed-time bracket [h] [m] [s]) outside
 * - quoted text ("mln"),
 * - escaped characters (\m \l \n — `#,##0\ \m\l\n` shows "1.234 mln", not a date),
 * - the character after _ (space as wide as it) and * (repeat to fill),
 * - brackets holding a colour ([Red], [Color12]), a condition ([>=100]) or a locale/currency tag
 *   ([$€-413], [$-F800]),
 * - the exponent of scientific notation (0,00E+00) and the keyword General.
 */

/** A condition of a section, e.g. [>=100]. */
interface Condition {
  op: "<" | "<=" | ">" | ">=" | "=" | "<>";
  value: number;
}

export interface FormatSection {
  /** The section shows a date or time. */
  date: boolean;
  /** The section is for text (holds @), not for numbers. */
  text: boolean;
  condition?: Condition;
}

export interface NumberFormat {
  code: string;
  sections: FormatSection[];
}

const DATE_TOKEN = /[ymdhsegb]/i;
const ELAPSED = /^\[(?:h+|m+|s+)\]$/i;
const CONDITION = /^\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\]$/i;

/** Splits a format code into its sections at unquoted, unescaped semicolons. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === ";") {
      out.push(code.slice(start, i));
      start = i + 1;
    }
  }
  out.push(code.slice(start));
  return out;
}

function parseSection(section: string): FormatSection {
  let date = false;
  let text = false;
  let condition: Condition | undefined;
  // Letters of the keyword General are no tokens.
  const s = section.replace(/general/gi, "");
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
      continue;
    }
    if (ch === '"') {
      const end = s.indexOf('"', i + 1);
      i = end < 0 ? s.length : end;
      continue;
    }
    if (ch === "[") {
      const end = s.indexOf("]", i + 1);
      const bracket = s.slice(i, end < 0 ? s.length : end + 1);
      if (ELAPSED.test(bracket)) date = true;
      const m = CONDITION.exec(bracket);
      if (m) condition = { op: m[1] as Condition["op"], value: Number(m[2]) };
      i = end < 0 ? s.length : end;
      continue;
    }
    if (ch === "@") {
      text = true;
      continue;
    }
    if ((ch === "E" || ch === "e") && (s[i + 1] === "+" || s[i + 1] === "-")) {
      // Scientific notation: 0.00E+00.
      i++;
      continue;
    }
    if (DATE_TOKEN.test(ch)) date = true;
  }
  return condition ? { date, text, condition } : { date, text };
}

const cache = new Map<string, NumberFormat>();

/** The parsed format code (cached: a workbook has few distinct formats). */
export function parseNumberFormat(code: string): NumberFormat {
  let f = cache.get(code);
  if (!f) {
    f = { code, sections: splitSections(code).map(parseSection) };
    if (cache.size > 10_000) cache.clear();
    cache.set(code, f);
  }
  return f;
}

function holds(c: Condition, x: number): boolean {
  switch (c.op) {
    case "<":
      return x < c.value;
    case "<=":
      return x <= c.value;
    case ">":
      return x > c.value;
    case ">=":
      return x >= c.value;
    case "=":
      return x === c.value;
    default:
      return x !== c.value;
  }
}

/**
 * The section Excel uses to show the number `x` (18.8.31): without conditions, one section for
 * all numbers; two for ≥ 0 and < 0; three or four for > 0, < 0 and 0. With conditions, the
 * first two sections apply when their condition holds and the next section otherwise.
 */
export function sectionFor(format: NumberFormat, x: number): FormatSection | undefined {
  const s = format.sections;
  // A lone text section (the format "@") shows numbers as General.
  if (s.length === 0 || (s.length === 1 && s[0].text)) return undefined;
  let conditional = 0;
  while (conditional < Math.min(2, s.length) && s[conditional].condition) conditional++;
  if (conditional > 0) {
    for (let i = 0; i < conditional; i++) {
      const c = s[i].condition;
      if (c && holds(c, x)) return s[i];
    }
    const otherwise = s[conditional];
    return otherwise && !otherwise.text ? otherwise : undefined;
  }
  if (s.length === 1) return s[0];
  if (x < 0) return s[1];
  if (x === 0 && s.length >= 3 && !s[2].text) return s[2];
  return s[0];
}

/** True when Excel shows the number `x` under this format code as a date or time. */
export function showsAsDate(code: string | undefined, x: number): boolean {
  if (!code) return false;
  const section = sectionFor(parseNumberFormat(code), x);
  return section ? section.date : false;
}

/** True when any number shown under this format code would be a date or time. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return parseNumberFormat(code).sections.some((s) => s.date && !s.text);
}

/**
 * The built-in formats (ECMA-376 18.8.30) that show a date or time, as codes, so that a style
 * naming a built-in id is read like a custom format. Ids 27–36 and 50–58 are the East Asian
 * date formats, whose codes depend on the locale; a representative code stands for them.
 */
export function builtInFormat(id: number): string {
  const known = BUILT_IN[id];
  if (known !== undefined) return known;
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "yyyy-mm-dd";
  return "General";
}

const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
