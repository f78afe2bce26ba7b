/**
 * A worksheet part (ECMA-376 18.3) into the core's `SheetData`.
 *
 * Cells are collected in a sparse model (per row, the filled columns only), so a cell far away
 * costs what any cell costs; the grid handed to the checker starts at the top-left filled cell
 * (`origin`). References beyond Excel's grid mean a damaged file. Each cell becomes the value
 * the rules see through the core's one conversion contract (`convertCell`), with its number
 * format from the styles part.
 *
 * Merged cells: every range is listed in `merges`; as before, only the top-left cell of a range
 * keeps its value.
 */
import { convertCell, convertNumber, convertText, parseNumberFormat } from "../core/cells";
import { columnLetters } from "../core/tables/a1";
import type { CellError, CellValue, SheetData } from "../core/tables/model";
import { damaged, XlsxError } from "./errors";
import { GRID, limitError, type Limits } from "./limits";
import {
  AMP,
  APOS,
  decode,
  EQ,
  GT,
  isSpace,
  LT,
  QUOT,
  scanPart,
  SLASH,
  type TagAttributes,
} from "./xml";
import type { ZipArchive } from "./zip";
import { formatCount } from "../core/count";

export interface SheetContext {
  shared: string[];
  formats: string[];
  date1904: boolean;
  limits: Limits;
  /** Cells left for the whole workbook; shared by all sheets. */
  budget: { cells: number };
}

/**
 * The rows as kept while reading, in the order they came: per row its number, its own left-most
 * filled column and its cells from there to its last filled cell, so a row costs its filled
 * width, wherever on the grid it lies. Three parallel arrays rather than an object and a map
 * entry per row: on a long sheet that is what stays in memory, and less of it is less work for
 * the garbage collector. A row that comes again or out of order is found through `index`, made
 * the first time that happens (rows come in order in every file Excel writes).
 */
class Rows {
  readonly keys: number[] = [];
  readonly lefts: number[] = [];
  readonly vals: CellValue[][] = [];
  private index: Map<number, number> | undefined;
  private max = -1;

  /** Position of row `key`, or -1. */
  find(key: number): number {
    if (key > this.max) return -1;
    const n = this.keys.length;
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < n; i++) this.index.set(this.keys[i], i);
    }
    return this.index.get(key) ?? -1;
  }

  add(key: number, left: number, vals: CellValue[]): void {
    this.index?.set(key, this.keys.length);
    if (key > this.max) this.max = key;
    this.keys.push(key);
    this.lefts.push(left);
    this.vals.push(vals);
  }
}

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function shorten(ref: string): string {
  return ref.length > 24 ? `${ref.slice(0, 21)}...` : ref;
}

const GRID_TEXT = `max. ${formatCount(GRID.rows)} rijen × ${formatCount(GRID.columns)} kolommen`;

/**
 * A reference beyond Excel's grid: "cel A999999999", "rij 999.999.999" or "kolom XFE" (a cell
 * without a reference, counted from the row's previous cell) "ligt buiten het Excel-raster".
 */
function beyondGrid(what: string): XlsxError {
  return new XlsxError(
    "beyond-grid",
    `${what} ligt buiten het Excel-raster (${GRID_TEXT}); het bestand is beschadigd en kan niet worden gelezen.`
  );
}

/** A row number as the message shows it: in Dutch notation, or shortened when absurdly long. */
function rowText(raw: string, n: number): string {
  return Number.isSafeInteger(n) ? formatCount(n) : shorten(raw.trim());
}

/** 0-based row and column of an A1 reference, checked against the grid. */
function cellRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
    if (col > GRID.columns) throw beyondGrid(`cel ${shorten(ref)}`);
  }
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
    if (row > GRID.rows) throw beyondGrid(`cel ${shorten(ref)}`);
  }
  if (col === 0 || row === 0 || i !== ref.length || i === digits) {
    throw damaged(`ongeldige celverwijzing "${shorten(ref)}"`);
  }
  return { row: row - 1, col: col - 1 };
}

/**
 * A cell reference as Excel writes it (upper-case column letters, a row number without leading
 * zeros, inside the grid), read from the bytes [from, to): row × 16 384 + column, 0-based, or -1
 * for anything else, which `cellRef` then reads (and refuses) from its text.
 */
function plainCellRef(buf: Uint8Array, from: number, to: number): number {
  let p = from;
  let col = 0;
  while (p < to && p - from < 3) {
    const c = buf[p];
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    p++;
  }
  if (p === from || p === to || buf[p] === 0x30) return -1;
  let row = 0;
  const digits = p;
  for (; p < to && p - digits < 7; p++) {
    const d = buf[p] - 48;
    if (d < 0 || d > 9) return -1;
    row = row * 10 + d;
  }
  if (p !== to || col > GRID.columns || row > GRID.rows) return -1;
  return (row - 1) * GRID.columns + (col - 1);
}

/** Bytes [from, to) of 1 to 9 digits (a row number, a style index), as their number; else -1. */
function nineDigits(buf: Uint8Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return -1;
  let n = 0;
  for (let p = from; p < to; p++) {
    const d = buf[p] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A plain attribute of 1 to 9 digits, as its number; -1 when absent or anything else. */
function plainDigits(a: TagAttributes, name: string): number {
  const k = a.plain(name);
  return k < 0 ? -1 : nineDigits(a.bytes, a.from(k), a.to(k));
}

/** One-character ASCII strings by code, made once. */
const CHARS: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/** A plain attribute of one ASCII character (a cell type: s, n, b, e), else undefined. */
function plainChar(a: TagAttributes, name: string): string | undefined {
  const k = a.plain(name);
  if (k < 0 || a.to(k) - a.from(k) !== 1) return undefined;
  const c = a.bytes[a.from(k)];
  return c < 128 ? CHARS[c] : undefined;
}

function rangeRef(ref: string): Merge | undefined {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  if (!a || !b) return undefined;
  const p = cellRef(a);
  const q = cellRef(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** An ISO 8601 date-time of a `t="d"` cell as Excel's serial number (1900 system), or NaN. */
function isoToSerial(text: string): number {
  const ms = Date.parse(
    /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`
  );
  if (Number.isNaN(ms)) return NaN;
  const days = ms / 86_400_000 + 25569;
  // Excel counts a 29 February 1900 that never existed.
  return days < 61 ? days - 1 : days;
}

/**
 * A shared-string index as Excel writes it, read from its bytes [from, to): 1 to 9 digits
 * without a leading zero (so that String(index) is its text again, should a message need it);
 * -1 for anything else, which is then read from its text.
 */
function indexDigits(buf: Uint8Array, from: number, to: number): number {
  return buf[from] === 0x30 && to - from > 1 ? -1 : nineDigits(buf, from, to);
}

/**
 * A number cell's value of at most 15 digits (an optional minus first), read from its bytes:
 * exactly what Number() makes of that text, without the text; NaN for anything else, which is
 * then read from its text.
 */
function integerDigits(buf: Uint8Array, from: number, to: number): number {
  let p = from;
  const negative = p < to && buf[p] === 0x2d;
  if (negative) p++;
  if (to - p < 1 || to - p > 15) return NaN;
  let n = 0;
  for (; p < to; p++) {
    const d = buf[p] - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return negative ? -n : n;
}

/** "c", "v", "r", "s", "t". */
const C = 0x63;
const V = 0x76;
const R = 0x72;
const S = 0x73;
const T = 0x74;

export function readWorksheet(
  zip: ZipArchive,
  part: string,
  name: string,
  ctx: SheetContext
): SheetData {
  const { shared, formats, date1904, limits, budget } = ctx;
  const entry = zip.get(part);
  if (!entry) throw damaged(`blad "${name}" (${part}) ontbreekt`);
  const rows = new Rows();
  const merges: Merge[] = [];
  const sharedFormulas = new Map<string, string>();
  let cells = 0;
  // The row being read: its cells in reading order, in scratch arrays reused for every row, so
  // only the finished row (one dense array) stays in memory.
  let openRow = -1;
  let openCols: number[] = [];
  let openVals: CellValue[] = [];
  let openCount = 0;
  /** Cells of all finished rows, each row from its own left-most cell: bounded by sheetArea. */
  let kept = 0;

  const flush = (): void => {
    if (openCount === 0) return;
    let left = openCols[0];
    let right = left;
    /** Columns strictly ascending, as Excel writes them. */
    let ascending = true;
    for (let j = 1; j < openCount; j++) {
      const c = openCols[j];
      if (c <= openCols[j - 1]) ascending = false;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    const at = rows.find(openRow);
    const existing = at < 0 ? undefined : rows.vals[at];
    const existingLeft = at < 0 ? 0 : rows.lefts[at];
    if (existing) {
      // The same row a second time (out of order): widen it to hold both.
      left = Math.min(left, existingLeft);
      right = Math.max(right, existingLeft + existing.length - 1);
      kept -= existing.length;
    }
    kept += right - left + 1;
    if (kept > limits.sheetArea) throw limitError("sheetArea", limits, `"${name}"`);
    const width = right - left + 1;
    let vals: CellValue[];
    if (!existing && ascending && width === openCount) {
      // The usual row: its cells side by side, in order. A copy of the scratch array is the row.
      vals = openVals.slice(0, openCount);
    } else {
      // Built by pushing: a packed array (`new Array(n).fill` makes a holey one, slower to fill
      // and to read).
      vals = [];
      for (let j = 0; j < width; j++) vals.push(null);
      if (existing) {
        for (let j = 0; j < existing.length; j++) {
          if (existing[j] !== null) vals[existingLeft + j - left] = existing[j];
        }
      }
      for (let j = 0; j < openCount; j++) vals[openCols[j] - left] = openVals[j];
    }
    if (at < 0) rows.add(openRow, left, vals);
    else {
      rows.lefts[at] = left;
      rows.vals[at] = vals;
    }
    openCount = 0;
    if (openCols.length > 4096) {
      // A very wide row: let its scratch space go rather than keep it for the rest of the sheet.
      openCols = [];
      openVals = [];
    }
  };
  let inSheetData = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let ref = "";
  /** The cell's reference was read from its bytes (`ref` stays ""): its text is column + row. */
  let refRead = false;
  let t: string | undefined;
  let s = 0;
  let f: string | undefined;
  let fShared: string | undefined;
  let v: string | undefined;
  /** The value of a number cell whose digits `textBytes` read (then `v` stays ""). */
  let vNumber: number | undefined;
  let inline: string | undefined;
  let inInline = false;
  let target: "f" | "v" | "is" | null = null;

  const put = (value: CellValue): void => {
    if (value === null) return;
    if (row !== openRow) {
      flush();
      openRow = row;
    }
    if (++cells > limits.sheetCells) throw limitError("sheetCells", limits, `"${name}"`);
    if (--budget.cells < 0) throw limitError("workbookCells", limits);
    openCols[openCount] = col;
    openVals[openCount] = value;
    openCount++;
  };

  const typed = (): CellValue => {
    if (f !== undefined && fShared !== undefined) {
      if (f !== "") sharedFormulas.set(fShared, f);
      else f = sharedFormulas.get(fShared) ?? "";
    }
    let value: number | string | boolean | CellError | null | undefined;
    if (t === "inlineStr") value = inline ?? v ?? null;
    else if (v === undefined) value = f !== undefined ? undefined : null;
    else {
      switch (t) {
        case "s": {
          // vNumber: the index read from its digits (textBytes), exactly as its text is written.
          const i = vNumber ?? Number(v);
          if (!Number.isInteger(i) || i < 0 || i >= shared.length) {
            throw damaged(
              `cel ${shorten(refRead ? `${columnLetters(col)}${row + 1}` : ref || `#${col + 1}`)} verwijst naar gedeelde tekst ${shorten(vNumber !== undefined ? String(vNumber) : v.trim())}, die niet bestaat`
            );
          }
          value = shared[i];
          break;
        }
        case "str":
          value = v;
          break;
        case "b":
          value = v.trim() === "1" || v.trim().toLowerCase() === "true";
          break;
        case "e":
          value = { error: v.trim() };
          break;
        case "d": {
          const serial = isoToSerial(v.trim());
          value = Number.isNaN(serial) ? v : serial;
          const fmt = formats[s];
          return convertCell({
            value,
            formula: f,
            numberFormat: typeof value === "number" && !fmt ? "d-m-yyyy" : fmt,
            date1904: false,
          });
        }
        default: {
          if (vNumber !== undefined) {
            value = vNumber;
            break;
          }
          if (v.trim() === "") {
            value = null;
            break;
          }
          const n = Number(v);
          value = Number.isFinite(n) ? n : v;
        }
      }
    }
    // The contract of convertCell, without building its argument for every cell.
    if (typeof value === "number") return convertNumber(value, dateFormat(s), date1904);
    if (typeof value === "string") return convertText(value);
    if (value === null) return null;
    return convertCell({ value, formula: f, numberFormat: dateFormat(s), date1904 });
  };

  // Per cell format: its code when some section of it shows a date, else undefined (the same to
  // convertCell, which only asks whether a number shows as a date, and no format parsing per cell).
  const mayShowDate: boolean[] = [];
  const dateFormat = (style: number): string | undefined => {
    const code = formats[style];
    if (code === undefined) return undefined;
    let may = mayShowDate[style];
    if (may === undefined) {
      may = parseNumberFormat(code).sections.some((section) => section.date);
      mayShowDate[style] = may;
    }
    return may ? code : undefined;
  };

  const grow = (text: string, current: string): string => {
    const next = current + text;
    if (next.length > limits.cellChars) throw limitError("cellChars", limits, `blad "${name}"`);
    return next;
  };

  /**
   * The value of the cell being read, from the bytes of its `<v>` text when they are digits as
   * Excel writes them (a shared-string index, or a number of at most 15 digits): sets `vNumber`
   * and returns true. Anything else is read from its text (false).
   */
  const valueDigits = (buf: Uint8Array, from: number, to: number): boolean => {
    if (t === "s") {
      const i = indexDigits(buf, from, to);
      if (i < 0) return false;
      vNumber = i;
      return true;
    }
    if (t !== undefined && t !== "n") return false;
    const n = integerDigits(buf, from, to);
    if (Number.isNaN(n)) return false;
    vNumber = n;
    return true;
  };

  /**
   * A cell as Excel writes nearly all of them, read in one pass over its bytes (the scanner's
   * `element`): `<c` with only the attributes r (a plain reference), s (digits) and t, each once,
   * then `/>`, `></c>` or `><v>text</v></c>` with a text without references, `>` or carriage
   * returns. The cell then gets exactly the value the tag-by-tag path (`open`, `text`, `close`
   * below) gives it: test/xlsx/fast-paths.test.ts holds the two to each other. Anything else
   * (a formula, inline text, another attribute, a prefix, white space inside) is left to that
   * path: -1, with nothing changed.
   */
  function readCell(buf: Uint8Array, at: number, end: number): number {
    if (!inSheetData || inCell || buf[at + 1] !== C) return -1;
    let p = at + 2;
    let refFrom = -1;
    let refTo = -1;
    let sFrom = -1;
    let sTo = -1;
    let tFrom = -1;
    let tTo = -1;
    let selfClosing = false;
    for (;;) {
      if (p >= end) return -1;
      let b = buf[p];
      if (b === GT) {
        p++;
        break;
      }
      if (b === SLASH) {
        if (p + 1 >= end || buf[p + 1] !== GT) return -1;
        selfClosing = true;
        p += 2;
        break;
      }
      // After the name and after each value: white space, then an attribute or the tag's end.
      if (!isSpace(b)) return -1;
      while (p < end && isSpace(buf[p])) p++;
      if (p + 2 >= end) return -1;
      b = buf[p];
      if (b === GT || b === SLASH) continue;
      const quote = buf[p + 2];
      if (buf[p + 1] !== EQ || (quote !== QUOT && quote !== APOS)) return -1;
      const from = p + 3;
      let k = from;
      for (; k < end; k++) {
        const c = buf[k];
        if (c === quote) break;
        if (c === LT || c === AMP || c === 0x09 || c === 0x0a || c === 0x0d) return -1;
      }
      if (k >= end) return -1;
      if (b === R && refFrom < 0) {
        refFrom = from;
        refTo = k;
      } else if (b === S && sFrom < 0) {
        sFrom = from;
        sTo = k;
      } else if (b === T && tFrom < 0) {
        tFrom = from;
        tTo = k;
      } else return -1;
      p = k + 1;
    }
    let vFrom = -1;
    let vTo = -1;
    if (!selfClosing) {
      if (p + 2 < end && buf[p] === LT && buf[p + 1] === V && buf[p + 2] === GT) {
        vFrom = p + 3;
        let k = vFrom;
        for (; k < end; k++) {
          const c = buf[k];
          if (c === LT) break;
          if (c === AMP || c === GT || c === 0x0d) return -1;
        }
        if (k + 3 >= end || buf[k + 1] !== SLASH || buf[k + 2] !== V || buf[k + 3] !== GT) {
          return -1;
        }
        vTo = k;
        p = k + 4;
      }
      if (p + 3 >= end || buf[p] !== LT || buf[p + 1] !== SLASH || buf[p + 2] !== C) return -1;
      if (buf[p + 3] !== GT) return -1;
      p += 4;
    }
    if (refFrom < 0) return -1;
    const cell = plainCellRef(buf, refFrom, refTo);
    if (cell < 0) return -1;
    const style = sFrom < 0 ? 0 : nineDigits(buf, sFrom, sTo);
    if (style < 0) return -1;
    // The whole cell is read and well-formed: from here on, as the tag-by-tag path.
    row = Math.floor(cell / GRID.columns);
    col = cell - row * GRID.columns;
    ref = "";
    refRead = true;
    // A cell without a value (only a style, as a formatted blank) is blank whatever its type:
    // the tag-by-tag path gives it null, which is not kept.
    if (vFrom < 0) return p;
    t =
      tFrom < 0
        ? undefined
        : tTo - tFrom === 1 && buf[tFrom] < 128
          ? CHARS[buf[tFrom]]
          : decode(buf, tFrom, tTo);
    s = style;
    f = undefined;
    fShared = undefined;
    vNumber = undefined;
    inline = undefined;
    if (vFrom < 0) v = undefined;
    else {
      v = "";
      if (vTo > vFrom && !valueDigits(buf, vFrom, vTo)) v = grow(decode(buf, vFrom, vTo), "");
    }
    put(typed());
    return p;
  }

  scanPart(
    zip,
    entry,
    {
      open(tag: string, a: TagAttributes) {
        switch (tag) {
          case "sheetData":
            inSheetData = true;
            break;
          case "row": {
            if (!inSheetData) break;
            // The usual row number, read from its bytes; anything else from its text, as before.
            const fast = plainDigits(a, "r");
            const r = fast >= 1 && fast <= GRID.rows ? undefined : a.get("r");
            if (fast >= 1 && fast <= GRID.rows) row = fast - 1;
            else if (r !== undefined) {
              const n = Number(r);
              if (!Number.isInteger(n) || n < 1)
                throw damaged(`ongeldig rijnummer "${shorten(r)}"`);
              if (n > GRID.rows) throw beyondGrid(`rij ${rowText(r, n)}`);
              row = n - 1;
            } else {
              row += 1;
              if (row >= GRID.rows) throw beyondGrid(`rij ${rowText("", row + 1)}`);
            }
            col = -1;
            break;
          }
          case "c": {
            if (!inSheetData) break;
            inCell = true;
            const plainRef = a.plain("r");
            const at = plainRef < 0 ? -1 : plainCellRef(a.bytes, a.from(plainRef), a.to(plainRef));
            // The usual reference, read without a string (its text is made again if a message needs it).
            ref = at < 0 ? (a.get("r") ?? "") : "";
            refRead = at >= 0;
            if (refRead) {
              row = Math.floor(at / GRID.columns);
              col = at - row * GRID.columns;
            } else if (ref) {
              const at = cellRef(ref);
              row = at.row;
              col = at.col;
            } else {
              col += 1;
              if (col >= GRID.columns) {
                throw beyondGrid(
                  `een cel in rij ${rowText("", row + 1)}, kolom ${columnLetters(col)},`
                );
              }
            }
            if (row < 0) row = 0;
            t = plainChar(a, "t") ?? a.get("t");
            const fastStyle = plainDigits(a, "s");
            if (fastStyle >= 0) s = fastStyle;
            else {
              const sAttr = a.get("s");
              const style = sAttr === undefined ? 0 : Number(sAttr);
              s = Number.isInteger(style) && style >= 0 ? style : 0;
            }
            f = undefined;
            fShared = undefined;
            v = undefined;
            vNumber = undefined;
            inline = undefined;
            break;
          }
          case "f":
            if (inCell) {
              f = "";
              target = "f";
              if (a.get("t") === "shared") fShared = a.get("si");
            }
            break;
          case "v":
            if (inCell) {
              v = "";
              vNumber = undefined;
              target = "v";
            }
            break;
          case "is":
            if (inCell) {
              inInline = true;
              inline = "";
            }
            break;
          case "t":
            if (inInline) target = "is";
            break;
          case "rPh":
            // Phonetic guide text (East Asian) is no part of the cell's value.
            inInline = false;
            break;
          case "mergeCell": {
            const refAttr = a.get("ref");
            const range = refAttr === undefined ? undefined : rangeRef(refAttr);
            if (range) {
              if (merges.length >= limits.merges) throw limitError("merges", limits, `"${name}"`);
              merges.push(range);
            }
            break;
          }
          default:
            break;
        }
      },
      close(tag: string) {
        switch (tag) {
          case "sheetData":
            inSheetData = false;
            break;
          case "f":
          case "v":
          case "t":
            target = null;
            break;
          case "rPh":
            if (inline !== undefined) inInline = true;
            break;
          case "is":
            inInline = false;
            target = null;
            break;
          case "c":
            if (!inCell) break;
            inCell = false;
            target = null;
            put(typed());
            break;
          default:
            break;
        }
      },
      textBytes(buf: Uint8Array, from: number, to: number): boolean {
        return target === "v" && v === "" && valueDigits(buf, from, to);
      },
      element: readCell,
      text(text: string) {
        if (target === "v") v = grow(text, v ?? "");
        else if (target === "f") f = grow(text, f ?? "");
        else if (target === "is" && inInline) inline = grow(text, inline ?? "");
      },
    },
    limits
  );
  flush();
  return toSheetData(name, rows, merges, limits);
}

/** Blanks every merged cell but the top-left one, with the work bounded by the area limit. */
function applyMerges(
  keys: number[],
  lefts: number[],
  vals: CellValue[][],
  merges: Merge[],
  limits: Limits,
  name: string
): void {
  let work = 0;
  for (const m of merges) {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid] < m.top) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < keys.length && keys[k] <= m.bottom; k++) {
      const left = lefts[k];
      const row = vals[k];
      const from = Math.max(m.left, left);
      const to = Math.min(m.right, left + row.length - 1);
      if (to < from) continue;
      work += to - from + 1;
      if (work > limits.sheetArea) throw limitError("merges", limits, `"${name}"`);
      for (let c = from; c <= to; c++) {
        if (keys[k] !== m.top || c !== m.left) row[c - left] = null;
      }
    }
  }
}

/**
 * The grid handed to the checker: from the top-left filled cell (`origin`), each row from the
 * sheet's left-most filled column to its own last filled cell. A row that starts there already
 * (the usual case) is handed over as it is, without a copy.
 */
function toSheetData(name: string, rows: Rows, merges: Merge[], limits: Limits): SheetData {
  let keys = rows.keys;
  let lefts = rows.lefts;
  let list = rows.vals;
  // Rows nearly always come in order; sort only when they do not.
  for (let i = 1; i < keys.length; i++) {
    if (keys[i] < keys[i - 1]) {
      const order = keys.map((_, k) => k).sort((x, y) => rows.keys[x] - rows.keys[y]);
      keys = order.map((k) => rows.keys[k]);
      lefts = order.map((k) => rows.lefts[k]);
      list = order.map((k) => rows.vals[k]);
      break;
    }
  }
  if (merges.length > 0) applyMerges(keys, lefts, list, merges, limits, name);
  // After merging, a row may start or end with blanks: its filled span.
  let minCol = Infinity;
  const first = new Int32Array(keys.length).fill(-1);
  const last = new Int32Array(keys.length);
  let top = -1;
  let bottom = -1;
  for (let i = 0; i < keys.length; i++) {
    const vals = list[i];
    let f = 0;
    while (f < vals.length && vals[f] === null) f++;
    if (f === vals.length) continue;
    let l = vals.length - 1;
    while (vals[l] === null) l--;
    first[i] = f;
    last[i] = l;
    if (lefts[i] + f < minCol) minCol = lefts[i] + f;
    if (top < 0) top = keys[i];
    bottom = keys[i];
  }
  const sheetMerges = merges.map((m) => ({ ...m }));
  if (top < 0) return { name, values: [], origin: { row: 0, col: 0 }, merges: sheetMerges };
  let area = 0;
  for (let i = 0; i < keys.length; i++) {
    if (first[i] < 0) continue;
    area += lefts[i] + last[i] - minCol + 1;
    if (area > limits.sheetArea) throw limitError("sheetArea", limits, `"${name}"`);
  }
  const values: CellValue[][] = new Array(bottom - top + 1);
  for (let i = 0; i < keys.length; i++) {
    if (first[i] < 0) continue;
    const vals = list[i];
    const left = lefts[i];
    if (left === minCol) {
      if (last[i] + 1 < vals.length) vals.length = last[i] + 1;
      values[keys[i] - top] = vals;
    } else {
      const dense: CellValue[] = new Array(left + last[i] - minCol + 1).fill(null);
      for (let j = 0; j <= last[i]; j++) dense[left + j - minCol] = vals[j];
      values[keys[i] - top] = dense;
    }
  }
  // Rows without a filled cell inside the grid are empty rows.
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  return { name, values, origin: { row: top, col: minCol }, merges: sheetMerges };
}
