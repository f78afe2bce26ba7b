/**
 * Finding the garanties tables on a sheet by their header texts.
 *
 * - Garanties overview and uitgaven/ontvangsten table: a header row with at least two known column
 *   names of one kind of table (headers.ts). The columns left of the first amount column are the
 *   label columns (Nr., Art., Artikel, Omschrijving). A header may take two rows: a row of years
 *   above or below the names (merged year cells), or texts broken over two rows when pasted.
 * - Benutting table: a row of years whose next row is labelled "Aangegane garantieverplichtingen
 *   (bruto)", "Vervallen garantieverplichtingen …" or "Aangegane garantieverplichtingen (netto)".
 * - A title row above the header gives the unit ("(bedragen x € 1.000)", "x € 1 mln.").
 * - The body runs to the row labelled "Totaal" (included), a blank row, a unit title or the header
 *   of the next table, so several tables can stand one under another on a sheet.
 */
import {
  BREAKDOWN_HEAD,
  BREAKDOWN_ITEM,
  BREAKDOWN_ROW,
  BULLET,
  DASH,
  DATA_COLUMNS,
  DEFAULT_UNIT,
  FOOTNOTE_SYMBOL,
  HEADER_KEYWORD,
  TABLE_KIND_NAMES,
  SUBTOTAL_ROW,
  TOTAL_ROW,
  UNIT,
  UNIT_PHRASE,
  benuttingRole,
  collapseSpaces,
  unitFactor,
} from "../vocabulary";
import { classifyCellText } from "../amount";
import { rangeA1 } from "./a1";
import { totalRoles } from "./totals";
import {
  RISK_HEADER_WORD,
  RISK_ROLE_WORD,
  recogniseRiskTables,
  riskTableStarts,
} from "./risk-tables";
import {
  DataColumnKind,
  GARANTIES_COLUMNS,
  HeaderMeaning,
  UITGAVEN_COLUMNS,
  normaliseHeader,
  readHeader,
  yearOnly,
  yearOrdinal,
} from "./headers";
import type { CellValue, SheetData, TableKind, YearLabel } from "./model";
import {
  BenuttingRole,
  ParsedColumn,
  ParsedTable,
  negatedColumns,
  negativeConvention,
  readDataColumns,
} from "./parsed";

export { DEFAULT_UNIT };

type Row = CellValue[] | undefined;

/** Cheap test before reading a cell as a year: 2016, '16, ’16, t, t-1, t – 1. */
const YEARISH = new RegExp(
  `^\\s*(?:(?:19|20)\\d\\d\\d?|['\u2018\u2019\`]\\s?\\d\\d|t(?:\\s?(?:${DASH}|\\+)\\s?\\d)?)${FOOTNOTE_SYMBOL}*\\s*$`,
  "i"
);

/**
 * A cheap test before normalising a label to look for "subtotaal": normalising removes only
 * characters that are no ASCII letters (spaces, soft hyphens, footnote symbols, dashes, digits)
 * and lowers the case, so a label that normalises to "sub…" holds s, u and b in that order with
 * nothing but such characters between them.
 */
const MAYBE_SUBTOTAL = /s[^a-z]*u[^a-z]*b/i;

/** A label that says "totaal" (before normalising it to tell what kind of total). */
const TOTAAL = /totaal/i;

/**
 * What a row holds that a table could start with, read once per row (`SheetScanner.wordsOf`):
 * every test of `startsTable` at row r needs one of these in row r or r + 1, and the body rows
 * of a long table hold none, so they are passed over without reading headers.
 */
const WORD_READ = 1;
/** A column name's word (HEADER_KEYWORD): `headerAt` counts these. */
const WORD_HEADER = 2;
/** A word of a loan or reserve header (risk-tables.ts). */
const WORD_RISK_HEADER = 4;
/** A word of a row label of the tables laid out by year (risk-tables.ts). */
const WORD_RISK_ROLE = 8;
/** A "€": `unitTitle` looks for it first. */
const WORD_EURO = 16;
/** At least two cells that `benuttingsAt` reads as a possible year. */
const WORD_YEARS = 32;
/** A text that says "totaal": `isTotalLabel` looks for it first. */
const WORD_TOTAL = 64;
/** A text that ROLE_WORD matches: only then can `rowRoles` find a role in the row. */
const WORD_ROLE = 128;

/**
 * What the texts `rowRoles` tests (ROLE_TEXT, on the text with its spaces collapsed) must hold
 * as stored: "totaal", an s, u and b in that order, or a w, a dash or a bullet after leading
 * spaces (collapsing only trims spaces and shortens runs of them).
 */
const ROLE_WORD = new RegExp(
  `${TOTAAL.source}|${MAYBE_SUBTOTAL.source}|^\\s*(?:w|${DASH}|${BULLET})`,
  "i"
);

/** Any word of the above: most texts ("Regeling 12", "Artikel 3") hold none, one test tells. */
const ANY_WORD = new RegExp(
  [HEADER_KEYWORD, RISK_HEADER_WORD, RISK_ROLE_WORD, ROLE_WORD].map((re) => re.source).join("|") +
    "|€",
  "i"
);

/**
 * Any text a body row's role depends on (`rowRoles`): a total, a subtotal, a breakdown or a
 * part under "waarvan:". A label that matches none (nearly all) is not tested one by one.
 */
const ROLE_TEXT = new RegExp(
  [TOTAAL, MAYBE_SUBTOTAL, BREAKDOWN_HEAD, BREAKDOWN_ITEM, BREAKDOWN_ROW]
    .map((re) => re.source)
    .join("|"),
  "i"
);

function isSubtotalText(t: string): boolean {
  return MAYBE_SUBTOTAL.test(t) && SUBTOTAL_ROW.test(normaliseHeader(t));
}

/** True when one of the first `m` texts passes `test`. */
function anyText(texts: string[], m: number, test: (t: string) => boolean): boolean {
  for (let k = 0; k < m; k++) if (test(texts[k])) return true;
  return false;
}

/** True when one of the first `m` texts matches `re` (a pattern without the g or y flag). */
function anyMatch(texts: string[], m: number, re: RegExp): boolean {
  for (let k = 0; k < m; k++) if (re.test(texts[k])) return true;
  return false;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function text(v: CellValue | undefined): string {
  if (typeof v === "string") return collapseSpaces(v);
  if (typeof v === "number") return String(v);
  return "";
}

function roleOf(label: string): BenuttingRole | undefined {
  return benuttingRole(normaliseHeader(label));
}

/** A number, or text that reads as an amount or a nil dash. */
function isAmount(v: CellValue | undefined): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "string" || v.trim() === "") return false;
  const k = classifyCellText(v).kind;
  return k === "number" || k === "nil";
}

function isTotalLabel(v: CellValue | undefined): boolean {
  return typeof v === "string" && TOTAAL.test(v) && TOTAL_ROW.test(normaliseHeader(v));
}

/**
 * How a body row counts (`rowRoles`): an item, a part of the row above (waarvan …), or a
 * subtotal. Kept as one byte per row: a table may have 50 000 rows.
 */
const ITEM = 0;
const BREAKDOWN = 1;
const SUBTOTAL = 2;

interface Header {
  top: number;
  row: number;
  kind: TableKind;
  left: number;
  right: number;
  firstData: number;
  meanings: HeaderMeaning[];
  headerTexts: string[];
  /** The leftmost table of its header row: its title may stand left of its first column. */
  first: boolean;
}

/** A benutting table's header: the label column and the columns of its years. */
interface BenuttingHeader {
  labelCol: number;
  yearCols: Array<[number, YearLabel]>;
}

/** The tables one header row names, and how well the row reads as a header. */
interface HeaderRow {
  tables: Header[];
  yearless: boolean;
  yearlessCount: number;
  unknown: number;
  data: number;
}

function familyOf(m: HeaderMeaning): "g" | "u" | undefined {
  if (m.type !== "data") return undefined;
  // A shared column (risk reserve) counts for the table it is named after, as before it was shared.
  return DATA_COLUMNS[m.kind].table === "garanties" ? "g" : "u";
}

/**
 * Splits a header row into the column spans of the tables standing side by side: a table starts
 * at a label column (Nr., Artikel, Omschrijving) that follows amount columns, or where at least
 * two amount columns of the other kind of table follow. A span naming fewer than two amount
 * columns belongs to the table on its left (its headers are reported as unknown there).
 */
function segmentsOf(meanings: HeaderMeaning[]): Array<[number, number]> {
  const starts: number[] = [0];
  let family: "g" | "u" | undefined;
  for (let c = 0; c < meanings.length; c++) {
    const m = meanings[c];
    if (m.type === "label") {
      if (family !== undefined) {
        starts.push(c);
        family = undefined;
      }
      continue;
    }
    const f = familyOf(m);
    if (f === undefined) continue;
    if (family !== undefined && f !== family) {
      let run = 0;
      for (let k = c; k < meanings.length && meanings[k].type !== "label"; k++) {
        if (familyOf(meanings[k]) === f) run++;
      }
      if (run >= 2) starts.push(c);
      else continue;
    }
    family = f;
  }
  const spans: Array<[number, number]> = [];
  starts.forEach((start, k) => {
    const end = (k + 1 < starts.length ? starts[k + 1] : meanings.length) - 1;
    const data = meanings.slice(start, end + 1).filter((m) => m.type === "data").length;
    if (data < 2 && spans.length) spans[spans.length - 1][1] = end;
    else spans.push([start, end]);
  });
  return spans;
}

/** The table a span of a header row names, or undefined when it names fewer than two columns. */
function headerOf(
  meanings: HeaderMeaning[],
  start: number,
  end: number
): Pick<Header, "kind" | "left" | "right" | "firstData"> | undefined {
  let garanties = 0;
  let uitgaven = 0;
  for (let c = start; c <= end; c++) {
    const f = familyOf(meanings[c]);
    if (f === "g") garanties++;
    else if (f === "u") uitgaven++;
  }
  if (Math.max(garanties, uitgaven) < 2) return undefined;
  const kind: TableKind = garanties >= uitgaven ? "garanties" : "uitgaven-ontvangsten";
  const family = kind === "garanties" ? GARANTIES_COLUMNS : UITGAVEN_COLUMNS;
  let firstData = -1;
  let firstFilled = -1;
  let right = -1;
  for (let c = start; c <= end; c++) {
    const m = meanings[c];
    if (m.type === "data" && family.has(m.kind) && firstData < 0) firstData = c;
    if (m.type !== "blank") {
      if (firstFilled < 0) firstFilled = c;
      right = c;
    }
  }
  const left = Math.max(start, Math.min(firstFilled, firstData - 1));
  return { kind, left, right, firstData };
}

/** A block of the sheet a recognised table occupies (0-based grid rows and columns, inclusive). */
interface Area {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The grid as headers and labels read it: the text of a merged cell (or a year merged over the
 * columns of its year) stands in every cell it covers. Amounts are read from the grid as stored.
 */
function fillMerges(
  values: CellValue[][],
  merges: SheetData["merges"],
  origin: { row: number; col: number }
): { rows: Row[]; vertical: Set<number> } {
  const vertical = new Set<number>();
  if (!merges || merges.length === 0) return { rows: values, vertical };
  const rows: Row[] = values.slice();
  const copied = new Set<number>();
  for (const m of merges) {
    const top = m.top - origin.row;
    const left = m.left - origin.col;
    const bottom = m.bottom - origin.row;
    const right = m.right - origin.col;
    if (top < 0 || left < 0 || bottom < top || right < left) continue;
    const v = values[top]?.[left];
    const fills = typeof v === "string" ? v.trim() !== "" : yearOnly(v) !== undefined;
    for (let r = top; r <= bottom && r < rows.length; r++) {
      if (r < bottom) for (let c = left; c <= right; c++) vertical.add(cellKey(r, c));
      if (!fills) continue;
      for (let c = left; c <= right; c++) {
        if (r === top && c === left) continue;
        if (!isBlank(rows[r]?.[c])) continue;
        if (!copied.has(r)) {
          rows[r] = [...(rows[r] ?? [])];
          copied.add(r);
        }
        const row = rows[r] as CellValue[];
        while (row.length < c) row.push(null);
        row[c] = v as CellValue;
      }
    }
  }
  return { rows, vertical };
}

function cellKey(r: number, c: number): number {
  return r * 16384 + c;
}

class SheetScanner {
  /** Values with merged texts filled in (headers, labels). */
  private readonly rows: Row[];
  /** Values as stored (amounts). */
  private readonly raw: Row[];
  /** Cells merged with the cell below them. */
  private readonly vertical: Set<number>;
  private readonly origin: { row: number; col: number };
  /** Areas of the tables found so far: a header inside one is none of a new table. */
  private readonly claimed: Area[] = [];
  /** Per row: its WORD_* bits once read (`wordsOf`), else 0. */
  private readonly words: Uint8Array;

  constructor(private readonly sheet: SheetData) {
    this.raw = sheet.values;
    this.origin = sheet.origin ?? { row: 0, col: 0 };
    const filled = fillMerges(sheet.values, sheet.merges, this.origin);
    this.rows = filled.rows;
    this.vertical = filled.vertical;
    this.words = new Uint8Array(this.rows.length);
  }

  /** The WORD_* bits of row r, read once (every body row is asked about as r and as r + 1). */
  private wordsOf(r: number): number {
    if (r >= this.rows.length) return WORD_READ;
    const known = this.words[r];
    if (known !== 0) return known;
    let words = WORD_READ;
    let years = 0;
    const row = this.rows[r];
    if (row) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // As benuttingsAt filters its candidate years.
        if (typeof v === "number") {
          if (v >= 1900 && v <= 2099) years++;
          continue;
        }
        if (typeof v !== "string") continue;
        if (v.length <= 12 && YEARISH.test(v)) years++;
        if (!ANY_WORD.test(v)) continue;
        if (HEADER_KEYWORD.test(v)) words |= WORD_HEADER;
        if (RISK_HEADER_WORD.test(v)) words |= WORD_RISK_HEADER;
        if (RISK_ROLE_WORD.test(v)) words |= WORD_RISK_ROLE;
        if (v.includes("€")) words |= WORD_EURO;
        if (TOTAAL.test(v)) words |= WORD_TOTAL;
        if (ROLE_WORD.test(v)) words |= WORD_ROLE;
      }
    }
    if (years >= 2) words |= WORD_YEARS;
    this.words[r] = words;
    return words;
  }

  /**
   * False when no table can start at row r, from the words of rows r and r + 1: a header needs a
   * column name in its row (or, under a row of years, in the next one), a benutting header two
   * years, a loan or reserve table the words riskTableStarts tests first, a unit title a "€".
   */
  private mayStartTable(r: number): boolean {
    const here = WORD_HEADER | WORD_RISK_HEADER | WORD_EURO | WORD_YEARS;
    const next = WORD_HEADER | WORD_RISK_ROLE;
    return (this.wordsOf(r) & here) !== 0 || (this.wordsOf(r + 1) & next) !== 0;
  }

  private stored(r: number, c: number): CellValue | undefined {
    const row = this.raw[r];
    return row ? row[c] : undefined;
  }

  /** True when (r, c) is merged with the cell below or above it (a header over two rows). */
  private mergedDown(r: number, c: number): boolean {
    return this.vertical.has(cellKey(r, c));
  }

  private get(r: number, c: number): CellValue | undefined {
    const row = this.rows[r];
    return row ? row[c] : undefined;
  }

  private width(r: number): number {
    return this.rows[r]?.length ?? 0;
  }

  private blankRow(r: number, left: number, right: number): boolean {
    const row = this.rows[r];
    if (!row) return true;
    const end = Math.min(right, row.length - 1);
    for (let c = left; c <= end; c++) if (!isBlank(row[c])) return false;
    return true;
  }

  /** Every non-blank cell is a year or a label name, and at least one is a year. */
  private yearRow(r: number): Map<number, YearLabel> | undefined {
    const row = this.rows[r];
    if (!row) return undefined;
    // Made at the first year: most rows asked about (every body row) are no year row.
    let years: Map<number, YearLabel> | undefined;
    let current: YearLabel | undefined;
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      // A header merged over both rows ("Totaal plafond") is no part of the year row.
      if (this.mergedDown(r, c) || (r > 0 && this.mergedDown(r - 1, c))) {
        current = undefined;
        continue;
      }
      if (isBlank(v)) {
        if (current !== undefined) years?.set(c, current);
        continue;
      }
      const y = yearOnly(v);
      if (y !== undefined) {
        current = y;
        any = true;
        years ??= new Map<number, YearLabel>();
        years.set(c, y);
        continue;
      }
      // A number that is no year reads as no header (every column name starts with a letter,
      // and a number's text holds none): the row is no year row. Saves reading every amount of a
      // long table as a header.
      if (typeof v === "number") return undefined;
      // A column name standing over both header rows with nothing under it (a vertical merge
      // as stored without its merge information): no year, but no reason to reject the row.
      const m = readHeader(v);
      const alone = m.type === "data" && isBlank(this.rows[r + 1]?.[c]);
      if (m.type !== "label" && !alone) return undefined;
      current = undefined;
    }
    return any ? years : undefined;
  }

  private keywordHits(r: number): number {
    const row = this.rows[r];
    let hits = 0;
    if (row) for (const v of row) if (typeof v === "string" && HEADER_KEYWORD.test(v)) hits++;
    return hits;
  }

  /** True when the row holds a number that cannot be a year: it is a data row, not a header. */
  private hasAmounts(r: number): boolean {
    for (const v of this.rows[r] ?? []) {
      if (typeof v === "number" && yearOnly(v) === undefined) return true;
    }
    return false;
  }

  /**
   * The header that starts at row r: one row; a row of years above it (merged year cells); a row
   * of years below it; or header texts broken over two rows when pasted ("Uitstaande" above
   * "garanties 2014", "Garantie-" above "plafond 2015"). One header row may carry several tables
   * side by side.
   */
  private headerAt(r: number, minRow: number): HeaderRow | undefined {
    if (!this.rows[r]) return undefined;
    const hits = this.keywordHits(r);
    if (hits >= 2) {
      const above = r - 1 >= minRow ? this.yearRow(r - 1) : undefined;
      const h = above ? this.makeHeader(r - 1, r) : this.makeHeader(r, r);
      // Names without years above a row of years, or texts continued on the next row.
      if (h && !above && (h.yearless || h.unknown > 0) && !this.hasAmounts(r + 1)) {
        const two = this.makeHeader(r, r + 1);
        if (
          two &&
          two.data >= h.data &&
          two.yearlessCount + two.unknown < h.yearlessCount + h.unknown
        )
          return two;
      }
      if (h) return h;
    }
    // Split texts: neither row is a header (or a title) by itself, together they are.
    if (hits >= 1 && this.rows[r + 1] && hits + this.keywordHits(r + 1) >= 2) {
      if (this.hasAmounts(r) || this.hasAmounts(r + 1) || this.unitTitle(r)) return undefined;
      if (this.makeHeader(r + 1, r + 1)) return undefined;
      return this.makeHeader(r, r + 1);
    }
    return undefined;
  }

  /** Reads the header in rows top…bottom (one or two rows); undefined when it names no table. */
  private makeHeader(top: number, bottom: number): HeaderRow | undefined {
    const width = Math.max(this.width(top), this.width(bottom));
    const upperYears = top < bottom ? this.yearRow(top) : undefined;
    const lowerYears = top < bottom ? this.yearRow(bottom) : undefined;
    const part = (r: number, years: Map<number, YearLabel> | undefined, c: number): string => {
      const y = years?.get(c);
      return y !== undefined ? String(y) : text(this.get(r, c));
    };
    const meanings: HeaderMeaning[] = [];
    const headerTexts: string[] = [];
    for (let c = 0; c < width; c++) {
      if (top === bottom || this.mergedDown(top, c)) {
        // One row, or one cell merged over both rows ("Totaal plafond"): its text once.
        meanings.push(readHeader(this.get(top, c)));
        headerTexts.push(text(this.get(top, c)));
        continue;
      }
      const u = part(top, upperYears, c);
      const l = part(bottom, lowerYears, c);
      // A year row names the year; the display reads "Uitgaven 2015" whichever row it came from.
      const display = upperYears && !lowerYears ? [l, u] : [u, l];
      const joined = display.filter((t) => t !== "").join(" ");
      meanings.push(readHeader(joined === "" ? null : joined));
      headerTexts.push(joined);
    }
    let garanties = 0;
    let uitgaven = 0;
    let yearlessCount = 0;
    let unknown = 0;
    for (const m of meanings) {
      if (m.type === "unknown") unknown++;
      if (m.type !== "data") continue;
      if (familyOf(m) === "g") garanties++;
      else uitgaven++;
      if (m.year === null && m.kind !== "plafond" && m.kind !== "totaal-plafond") yearlessCount++;
    }
    if (Math.max(garanties, uitgaven) < 2) return undefined;
    // An amount on the header row (a body row of a table standing beside this one) or a lone
    // year on a one-row header (the year row of a benutting table beside it) bounds the table.
    const barrier = (c: number) =>
      [top, bottom].some((r) => {
        const v = this.get(r, c);
        if (typeof v === "number" && yearOnly(v) === undefined) return true;
        return top === bottom && !isBlank(v) && yearOnly(v) !== undefined;
      });
    const tables: Header[] = [];
    for (const [start, end] of segmentsOf(meanings)) {
      let from = start;
      let to = end;
      let c = start;
      for (; c <= end && meanings[c].type !== "data"; c++) if (barrier(c)) from = c + 1;
      for (; c <= end; c++) {
        if (barrier(c)) {
          to = c - 1;
          break;
        }
      }
      const h = headerOf(meanings, from, to);
      if (h) tables.push({ ...h, top, row: bottom, meanings, headerTexts, first: start === 0 });
    }
    if (!tables.length) return undefined;
    return {
      tables,
      yearless: yearlessCount > 0,
      yearlessCount,
      unknown,
      data: garanties + uitgaven,
    };
  }

  /**
   * The benutting tables whose header is row r: years, and a role label on the next row. Several
   * may stand side by side on one row: a new one starts at a role label just left of a year (the
   * next table's label column), with or without blank columns between the tables.
   */
  private benuttingsAt(r: number): BenuttingHeader[] {
    const row = this.rows[r];
    if (!row || row.length < 3) return [];
    const yearCols: Array<[number, YearLabel]> = [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number" && (v < 1900 || v > 2099)) continue;
      if (typeof v === "string" && (v.length > 12 || !YEARISH.test(v))) continue;
      if (typeof v !== "number" && typeof v !== "string") continue;
      const y = yearOnly(v);
      if (y !== undefined) yearCols.push([c, y]);
    }
    if (yearCols.length < 2) return [];
    const groups: Array<Array<[number, YearLabel]>> = [[yearCols[0]]];
    for (let i = 1; i < yearCols.length; i++) {
      const prev = yearCols[i - 1][0];
      const c = yearCols[i][0];
      // A blank column alone is a spacer between years; the next table has its own labels.
      if (c - prev > 1 && this.isRoleLabel(r + 1, c - 1)) groups.push([yearCols[i]]);
      else groups[groups.length - 1].push(yearCols[i]);
    }
    // A lone year after a break is no table of its own: it stays with the table on its left.
    for (let k = groups.length - 1; k > 0; k--) {
      if (groups[k].length < 2) groups.splice(k - 1, 2, [...groups[k - 1], ...groups[k]]);
    }
    const out: BenuttingHeader[] = [];
    for (const g of groups) {
      if (g.length < 2) continue;
      const labelCol = g[0][0] - 1;
      if (labelCol < 0 || !this.roleAt(r + 1, labelCol)) continue;
      out.push({ labelCol, yearCols: g });
    }
    return out;
  }

  private isRoleLabel(r: number, c: number): boolean {
    const v = this.get(r, c);
    return typeof v === "string" && roleOf(v) !== undefined;
  }

  /** True when rows top…bottom hold nothing left of column `left` (no table stands there). */
  private nothingLeftOf(top: number, bottom: number, left: number): boolean {
    for (let r = top; r <= bottom; r++)
      for (let c = 0; c < left; c++) if (!isBlank(this.get(r, c))) return false;
    return true;
  }

  /** The last header column of a benutting table: its last year and what follows it unbroken. */
  private benuttingRight(r: number, b: { yearCols: Array<[number, YearLabel]> }): number {
    let right = b.yearCols[b.yearCols.length - 1][0];
    while (!isBlank(this.get(r, right + 1))) right++;
    return right;
  }

  private roleAt(r: number, labelCol: number): BenuttingRole | undefined {
    for (let c = labelCol; c >= 0; c--) {
      const v = this.get(r, c);
      if (!isBlank(v)) return typeof v === "string" ? roleOf(v) : undefined;
    }
    return undefined;
  }

  private unitTitle(r: number, left = 0, right = Infinity): boolean {
    const row = this.rows[r];
    if (!row) return false;
    const end = Math.min(right, row.length - 1);
    for (let c = left; c <= end; c++) {
      const v = row[c];
      if (typeof v === "string" && v.includes("€") && UNIT.test(v)) return true;
    }
    return false;
  }

  /** True when a new table starts at row r in (or across) the columns left…right. */
  private startsTable(r: number, left: number, right: number): boolean {
    // Asked for every body row: the closure below would cost an allocation per call.
    return this.mayStartTable(r) && this.startsTableAt(r, left, right);
  }

  private startsTableAt(r: number, left: number, right: number): boolean {
    const within = (hr: HeaderRow | undefined) =>
      hr !== undefined && hr.tables.some((h) => h.left <= right && h.right >= left);
    if (within(this.headerAt(r, r))) return true;
    if (this.yearRow(r) !== undefined && within(this.headerAt(r + 1, r))) return true;
    for (const b of this.benuttingsAt(r)) {
      if (b.labelCol <= right && b.yearCols[b.yearCols.length - 1][0] >= left) return true;
    }
    if (riskTableStarts(this.rows, r)) return true;
    return this.unitTitle(r, left, right);
  }

  /**
   * Unit and title from up to three rows above the header (not below `minRow`), in the table's
   * columns (the leftmost table of a header row also left of them).
   */
  private titleAbove(
    top: number,
    minRow: number,
    left = 0,
    right = Infinity
  ): { unit: string; euroPerUnit: number | null; title?: string } {
    let unit: string | undefined;
    const cells = (r: number): CellValue[] => {
      const row = this.rows[r];
      return row ? row.slice(left, right === Infinity ? undefined : right + 1) : [];
    };
    // A benutting table may carry the unit in the header row's label cell.
    for (const v of cells(top)) {
      const m = typeof v === "string" ? UNIT.exec(v) : null;
      if (m) unit = `x € ${collapseSpaces(m[1])}`;
    }
    const texts: string[] = [];
    for (let r = top - 1; r >= Math.max(minRow, top - 3); r--) {
      let previous: string | undefined;
      for (const v of cells(r)) {
        if (typeof v !== "string" || v.trim() === "") continue;
        // A title merged over the table's width stands in every cell it covers: read it once.
        if (v === previous) continue;
        previous = v;
        const m = UNIT.exec(v);
        if (m && unit === undefined) unit = `x € ${collapseSpaces(m[1])}`;
        const t = text(v).replace(UNIT_PHRASE, "").trim();
        if (t) texts.push(t);
      }
    }
    let title = texts[0];
    // Every benutting table has the same title; the scheme's heading above it tells them apart.
    if (title !== undefined && /^benutting garantieregeling$/i.test(title) && texts.length > 1) {
      title = `${title} – ${texts[1]}`;
    }
    return {
      unit: unit ?? DEFAULT_UNIT,
      euroPerUnit: unit === undefined ? null : unitFactor(unit),
      title,
    };
  }

  /** The first row that may belong to a table at row r: below every table that ends above r. */
  private minRowAt(r: number): number {
    let min = 0;
    for (const a of this.claimed) if (a.bottom < r) min = Math.max(min, a.bottom + 1);
    return min;
  }

  private isClaimed(top: number, bottom: number, left: number, right: number): boolean {
    return this.claimed.some(
      (a) => a.top <= bottom && a.bottom >= top && a.left <= right && a.right >= left
    );
  }

  /** True when every filled cell of row r lies in a table already found. */
  private fullyClaimed(r: number): boolean {
    const row = this.rows[r] ?? [];
    // Asked for every row of a long table: no list of the areas at r is made for it.
    let any = false;
    // Indexed loops: an iterator allocates until its loop is compiled, and this runs per row.
    for (let k = 0; k < this.claimed.length; k++) {
      const a = this.claimed[k];
      if (a.top > r || a.bottom < r) continue;
      // One table as wide as the row (every row of a long table): nothing to look at cell by cell.
      if (a.left <= 0 && a.right >= row.length - 1) return true;
      any = true;
    }
    if (!any) return false;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      let inside = false;
      for (let k = 0; k < this.claimed.length; k++) {
        const a = this.claimed[k];
        if (a.top <= r && a.bottom >= r && a.left <= c && a.right >= c) {
          inside = true;
          break;
        }
      }
      if (!inside) return false;
    }
    return true;
  }

  scan(sheetIndex: number, firstIndex: number): ParsedTable[] {
    const found: Array<{ table: ParsedTable; r: number; left: number }> = [];
    let r = 0;
    while (r < this.rows.length) {
      const minRow = this.minRowAt(r);
      const hr = this.headerAt(r, minRow);
      for (const h of hr?.tables ?? []) {
        if (this.isClaimed(h.top, h.row, h.left, h.right)) continue;
        const t = this.buildTable(h, sheetIndex, 0, minRow);
        found.push({ table: t, r, left: h.left });
        const bottom = t.rows.length ? t.rows[t.rows.length - 1] : t.headerRow;
        this.claimed.push({
          top: h.top,
          bottom: bottom - this.origin.row,
          left: h.left,
          right: h.right,
        });
      }
      // A benutting table may stand beside a table whose header is on this row.
      for (const b of this.benuttingsAt(r)) {
        const right = b.yearCols[b.yearCols.length - 1][0];
        if (this.isClaimed(r, r, b.labelCol, right)) continue;
        const t = this.buildBenutting(r, b, sheetIndex, 0, minRow);
        found.push({ table: t, r, left: b.labelCol });
        const bottom = t.rows[t.rows.length - 1] - this.origin.row;
        this.claimed.push({ top: r, bottom, left: b.labelCol, right: this.benuttingRight(r, b) });
      }
      r++;
      // Rows inside the tables found hold no new header; beside them another table may start.
      while (r < this.rows.length && this.fullyClaimed(r)) r++;
    }
    // Numbered by the row they were found at, left to right within a row.
    found.sort((a, b) => a.r - b.r || a.left - b.left);
    return found.map(({ table }, k) => ({ ...table, index: firstIndex + k }));
  }

  /** The same convention for the Vervallen row of a benutting table (netto = bruto − vervallen). */
  private negatedRole(
    roles: ParsedTable["roles"],
    columns: ParsedColumn[],
    labels: string[],
    body: number[],
    labelCol: number
  ): Pick<ParsedTable, "roleSign" | "negated"> {
    const i = roles.vervallen;
    if (i === undefined) return { roleSign: {}, negated: [] };
    const negative = negativeConvention(
      columns.map((c) => ({ value: c.values[i], status: c.status[i] }))
    );
    if (negative === 0) return { roleSign: {}, negated: [] };
    let col = labelCol;
    while (col > 0 && isBlank(this.get(body[i], col))) col--;
    return {
      roleSign: { vervallen: -1 },
      negated: [
        {
          row: body[i] + this.origin.row,
          col: col + this.origin.col,
          header: labels[i],
          negative,
          equation: "netto = bruto + vervallen (vervallen negatief)",
        },
      ],
    };
  }

  /** Indexes of the body rows that hold something in column c. */
  private filledRows(body: ArrayLike<number>, c: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < body.length; i++) if (!isBlank(this.stored(body[i], c))) out.push(i);
    return out;
  }

  private newColumn(
    col: number,
    header: string,
    kind: ParsedColumn["kind"],
    year: YearLabel | null,
    n: number
  ): ParsedColumn {
    return {
      col: col + this.origin.col,
      header,
      kind,
      year,
      values: new Float64Array(n),
      status: new Uint8Array(n),
      notes: new Map(),
      sign: 1,
      checked: new Uint8Array(n),
    };
  }

  /**
   * After the blank row b, the table goes on when, before the next blank row, a row holds an
   * amount (or a dash, a text) in the amount columns or is the total row, and no other table
   * starts first. A note under a table without a total row holds no amounts and ends it.
   */
  private continuesAfter(b: number, h: Header): boolean {
    let k = b + 1;
    while (k < this.rows.length && this.blankRow(k, h.left, h.right)) k++;
    for (; k < this.rows.length; k++) {
      if (this.blankRow(k, h.left, h.right) || this.startsTable(k, h.left, h.right)) return false;
      for (let c = h.left; c < h.firstData; c++) if (isTotalLabel(this.get(k, c))) return true;
      for (let c = h.firstData; c <= h.right; c++) if (!isBlank(this.get(k, c))) return true;
    }
    return false;
  }

  /**
   * After the total row b: true when, before the next blank row, a row holds an amount (a number,
   * an amount as text or a dash) in the amount columns and no other table starts first. Only
   * stored values count, so a note merged over the table's width never continues it.
   */
  private amountsFollow(b: number, h: Header): boolean {
    let k = b + 1;
    while (k < this.rows.length && this.blankRow(k, h.left, h.right)) k++;
    for (; k < this.rows.length; k++) {
      if (this.blankRow(k, h.left, h.right) || this.startsTable(k, h.left, h.right)) return false;
      for (let c = h.firstData; c <= h.right; c++) if (isAmount(this.stored(k, c))) return true;
    }
    return false;
  }

  /**
   * The role of each body row (ITEM, BREAKDOWN, SUBTOTAL), from the texts in its label columns
   * (total rows, marked in `isTotal`: see totals.ts), and the normalised label of each row that
   * says "totaal", read row by row into one reused list (50 000 rows would otherwise be 50 000
   * small arrays) and tested without a function per text.
   */
  private rowRoles(
    body: ArrayLike<number>,
    isTotal: Uint8Array,
    left: number,
    firstData: number
  ): { roles: Uint8Array; totalTexts: Map<number, string> } {
    const n = body.length;
    // ITEM (0) until found otherwise.
    const roles = new Uint8Array(n);
    const totalTexts = new Map<number, string>();
    const texts: string[] = [];
    let underHead = false;
    for (let i = 0; i < n; i++) {
      // A row without a ROLE_WORD (nearly every row) has no text the tests below can match: an
      // item, as the last branch below would find with no texts.
      if ((this.wordsOf(body[i]) & WORD_ROLE) === 0) {
        underHead = false;
        continue;
      }
      let m = 0;
      for (let c = left; c < firstData; c++) {
        const v = this.get(body[i], c);
        // A number's text (digits, a point, a minus, an exponent) is no total, subtotal or
        // breakdown label: skip making it (a Nr. column holds one in every row).
        if (typeof v === "number") continue;
        const t = text(v);
        // A text that none of the tests below can match adds nothing to them.
        if (t && ROLE_TEXT.test(t)) texts[m++] = t;
      }
      let total: string | undefined;
      for (let k = 0; k < m; k++) {
        if (TOTAAL.test(texts[k])) {
          total = texts[k];
          break;
        }
      }
      if (total !== undefined) totalTexts.set(i, normaliseHeader(total));
      if (isTotal[i]) {
        underHead = false;
        roles[i] = ITEM;
      } else if (anyText(texts, m, isSubtotalText)) {
        underHead = false;
        roles[i] = SUBTOTAL;
      } else if (anyMatch(texts, m, BREAKDOWN_HEAD)) {
        underHead = true;
        roles[i] = BREAKDOWN;
      } else if (underHead && anyMatch(texts, m, BREAKDOWN_ITEM)) roles[i] = BREAKDOWN;
      else {
        underHead = false;
        roles[i] = anyMatch(texts, m, BREAKDOWN_ROW) ? BREAKDOWN : ITEM;
      }
    }
    return { roles, totalTexts };
  }

  /** The per-row lists of a table, filled in one pass over its (possibly 50 000) rows. */
  private rowLists(
    h: Header,
    body: ArrayLike<number>,
    roles: Uint8Array,
    isTotal: Uint8Array,
    totalIndex: number,
    omschrijving: number | undefined
  ): Pick<ParsedTable, "rows" | "labels" | "breakdown" | "subtotal"> {
    const n = body.length;
    const rows = new Array<number>(n);
    const labels = new Array<string>(n);
    const breakdown = new Array<boolean>(n);
    const subtotal = new Array<boolean>(n);
    for (let i = 0; i < n; i++) {
      const b = body[i];
      rows[i] = b + this.origin.row;
      labels[i] = i === totalIndex ? "Totaal" : this.labelOf(b, omschrijving, h);
      // Every total but the grand total is a group total.
      const group = isTotal[i] === 1 && i !== totalIndex;
      breakdown[i] = roles[i] !== ITEM || group;
      subtotal[i] = roles[i] === SUBTOTAL || group;
    }
    return { rows, labels, breakdown, subtotal };
  }

  /** A body row's description: its Omschrijving, else the last filled label cell. */
  private labelOf(b: number, omschrijving: number | undefined, h: Header): string {
    if (omschrijving !== undefined) {
      const t = text(this.get(b, omschrijving));
      if (t) return t;
    }
    for (let c = h.firstData - 1; c >= h.left; c--) {
      const t = text(this.get(b, c));
      if (t) return t;
    }
    return `rij ${b + this.origin.row + 1}`;
  }

  /**
   * The body rows under header `h` (grid rows) and, as indexes into them, the rows labelled as
   * a total. A method of its own, as are the other loops over every row of a table: the engine
   * compiles a small loop while it runs, a loop inside a long method only after compiling all of
   * it, and until then runs it slowly.
   */
  private bodyOf(h: Header): { body: Int32Array; totalAt: number[] } {
    // Room for every row below the header: the pages of a typed array that are never written
    // cost nothing, where a list grown row by row is copied (into fresh memory) several times.
    const body = new Int32Array(Math.max(0, this.rows.length - h.row - 1));
    let n = 0;
    /** Indexes in `body` of the rows labelled as a total (few: no flag per row while reading). */
    const totalAt: number[] = [];
    let lastTotal = -1;
    let stoppedAtTable = false;
    for (let b = h.row + 1; b < this.rows.length; b++) {
      if (this.blankRow(b, h.left, h.right)) {
        // A spacer row (or a row of ="" formulas) does not end the table when more of it follows.
        if (this.continuesAfter(b, h)) continue;
        break;
      }
      if (this.startsTable(b, h.left, h.right)) {
        stoppedAtTable = true;
        break;
      }
      body[n++] = b;
      let total = false;
      if (this.wordsOf(b) & WORD_TOTAL) {
        for (let c = h.left; c < h.firstData; c++) if (isTotalLabel(this.get(b, c))) total = true;
      }
      if (total) {
        totalAt.push(n - 1);
        lastTotal = n - 1;
        // A total ends the table unless more amounts follow ("Totaal garanties", then the loans
        // and "Totaal leningen"; group totals, then the grand total). A note under it does not.
        if (!this.amountsFollow(b, h)) break;
      }
    }
    // A title of the next table standing directly above its header is no item row.
    if (stoppedAtTable) {
      while (n && n - 1 > lastTotal) {
        const b = body[n - 1];
        const filled = (this.rows[b] ?? []).slice(h.left, h.right + 1).filter((v) => !isBlank(v));
        if (filled.length === 1 && typeof filled[0] === "string") n--;
        else break;
      }
    }
    // (Only rows after the last total are taken off, so `totalAt` stays as it is.)
    return { body: body.subarray(0, n), totalAt };
  }

  private buildTable(h: Header, sheetIndex: number, index: number, minRow: number): ParsedTable {
    const family = h.kind === "garanties" ? GARANTIES_COLUMNS : UITGAVEN_COLUMNS;
    const oRow = this.origin.row;
    const oCol = this.origin.col;
    const { body, totalAt } = this.bodyOf(h);
    const isTotal = new Uint8Array(body.length);
    for (const i of totalAt) isTotal[i] = 1;

    const labelMeanings = new Map<number, string>();
    const unknownHeaders: ParsedTable["unknownHeaders"] = [];
    const dataCols: Array<{ c: number; kind: DataColumnKind; year: YearLabel | null }> = [];
    for (let c = h.left; c <= h.right; c++) {
      const m = h.meanings[c] ?? { type: "blank" };
      if (c < h.firstData) {
        if (m.type === "label") labelMeanings.set(c, m.kind);
        else if (m.type !== "blank")
          unknownHeaders.push({
            row: h.row + oRow,
            col: c + oCol,
            text: h.headerTexts[c],
            why: "geen bekende labelkolom (Nr., Art., Artikel, Omschrijving)",
          });
        continue;
      }
      if (m.type === "data" && family.has(m.kind)) dataCols.push({ c, kind: m.kind, year: m.year });
      else if (m.type === "data" || m.type === "label" || m.type === "unknown") {
        unknownHeaders.push({
          row: h.row + oRow,
          col: c + oCol,
          text: h.headerTexts[c],
          why:
            m.type === "data"
              ? `deze kolom hoort niet in een ${TABLE_KIND_NAMES[h.kind].toLowerCase()}`
              : "de kop komt met geen bekende kolom overeen",
          filled: this.filledRows(body, c),
        });
      }
    }

    // Years: a ceiling without a year is the ceiling of the last year of the table.
    const yearSet = new Map<string, YearLabel>();
    for (const d of dataCols) if (d.year !== null) yearSet.set(String(d.year), d.year);
    const years = [...yearSet.values()].sort((a, b) => yearOrdinal(a) - yearOrdinal(b));
    const lastYear = years.length ? years[years.length - 1] : null;
    const n = body.length;
    const { unit, euroPerUnit, title } = this.titleAbove(
      h.top,
      minRow,
      h.first && this.nothingLeftOf(h.top, h.row, h.left) ? 0 : h.left,
      h.right
    );
    const columns = dataCols.map((d) => {
      const year =
        d.year === null && (d.kind === "plafond" || d.kind === "totaal-plafond")
          ? lastYear
          : d.year;
      return this.newColumn(d.c, h.headerTexts[d.c], d.kind, year, n);
    });
    readDataColumns(
      columns,
      dataCols.map((d) => d.c),
      this.raw,
      body,
      euroPerUnit
    );

    const { roles: rowRoles, totalTexts } = this.rowRoles(body, isTotal, h.left, h.firstData);
    const totals = totalRoles(
      n,
      totalAt,
      (i) => rowRoles[i] === ITEM && !isTotal[i],
      (i) => totalTexts.get(i) ?? ""
    );
    const totalIndex = totals.totalIndex;
    const omschrijving = [...labelMeanings].find(([, k]) => k === "omschrijving")?.[0];
    const { rows, labels, breakdown, subtotal } = this.rowLists(
      h,
      body,
      rowRoles,
      isTotal,
      totalIndex,
      omschrijving
    );

    const bottom = n ? body[n - 1] : h.row;
    return {
      index,
      sheet: this.sheet.name,
      sheetIndex,
      kind: h.kind,
      unit,
      euroPerUnit,
      title,
      years,
      range: rangeA1(h.top + oRow, h.left + oCol, bottom + oRow, h.right + oCol),
      headerTop: h.top + oRow,
      headerRow: h.row + oRow,
      rows,
      labels,
      totalIndex,
      breakdown,
      subtotal,
      totalsAbove: totals.above,
      columns,
      unknownHeaders,
      roles: {},
      roleSign: {},
      negated: negatedColumns(columns, h.row + oRow),
    };
  }

  private buildBenutting(
    r: number,
    b: BenuttingHeader,
    sheetIndex: number,
    index: number,
    minRow: number
  ): ParsedTable {
    const oRow = this.origin.row;
    const oCol = this.origin.col;
    const body: number[] = [];
    const roles: ParsedTable["roles"] = {};
    for (let k = r + 1; k < this.rows.length; k++) {
      const role = this.roleAt(k, b.labelCol);
      if (!role || roles[role] !== undefined) break;
      roles[role] = body.length;
      body.push(k);
    }
    const unknownHeaders: ParsedTable["unknownHeaders"] = [];
    const yearColSet = new Set(b.yearCols.map(([c]) => c));
    const right = this.benuttingRight(r, b);
    let lastFilled = b.labelCol;
    for (let c = b.labelCol + 1; c <= right; c++) {
      const v = this.get(r, c);
      if (isBlank(v)) continue;
      lastFilled = c;
      if (!yearColSet.has(c)) {
        unknownHeaders.push({
          row: r + oRow,
          col: c + oCol,
          text: text(v),
          why: "in een benuttingstabel staat boven elke kolom een jaar",
          filled: this.filledRows(body, c),
        });
      }
    }
    const n = body.length;
    // The title stands over the table's own columns; only the leftmost table of the row may have
    // it left of them (a scheme's heading in column A).
    const { unit, euroPerUnit, title } = this.titleAbove(
      r,
      minRow,
      this.nothingLeftOf(r, r, b.labelCol) ? 0 : b.labelCol,
      right
    );
    const columns = b.yearCols.map(([c, y]) => {
      const col = this.newColumn(c, text(this.get(r, c)), "jaar", y, n);
      readDataColumns([col], [c], this.raw, body, euroPerUnit);
      return col;
    });
    const labels = body.map((k) => {
      for (let c = b.labelCol; c >= 0; c--) {
        const t = text(this.get(k, c));
        if (t) return t;
      }
      return "";
    });
    const years = b.yearCols.map(([, y]) => y);
    return {
      index,
      sheet: this.sheet.name,
      sheetIndex,
      kind: "benutting",
      unit,
      euroPerUnit,
      title,
      years,
      range: rangeA1(r + oRow, b.labelCol + oCol, body[n - 1] + oRow, lastFilled + oCol),
      headerTop: r + oRow,
      headerRow: r + oRow,
      rows: body.map((k) => k + oRow),
      labels,
      totalIndex: -1,
      breakdown: labels.map(() => false),
      subtotal: labels.map(() => false),
      columns,
      unknownHeaders,
      roles,
      ...this.negatedRole(roles, columns, labels, body, b.labelCol),
    };
  }
}

/** Every garanties table on the sheet, numbered from `firstIndex`. */
export function recogniseSheet(sheet: SheetData, sheetIndex = 0, firstIndex = 0): ParsedTable[] {
  const tables = new SheetScanner(sheet).scan(sheetIndex, firstIndex);
  // The loan, reserve and achterborgstelling tables (risk-tables.ts), outside these tables.
  const taken = tables.map((t): [number, number] => [
    t.headerTop,
    t.rows.length ? t.rows[t.rows.length - 1] : t.headerRow,
  ]);
  const more = recogniseRiskTables(sheet, sheetIndex, taken);
  if (more.length === 0) return tables;
  const all = [...tables, ...more].sort((a, b) => a.headerTop - b.headerTop);
  all.forEach((t, i) => (t.index = firstIndex + i));
  return all;
}
