/**
 * The cell-conversion contract: what one cell of a worksheet is to the rules, whichever front end
 * read it. The .xlsx reader (src/xlsx), the task pane's Office.js gateway and EKV.CONTROLEER all
 * hand each cell to `convertCell`, so the same cell gives the same findings everywhere.
 *
 * - A number is the amount, except when its number format shows it as a date or time: then it
 *   is the text of that date ("1-5-2016", with " 12:00" for a time of day). The tables hold no
 *   dates; a date in an amount column is a typing accident (Excel turns "1-5" into 1 May) that
 *   the checker reports as text instead of silently adding the serial number 42491.
 *   Escaped or quoted letters, colours, conditions and locale tags make no date (number-format.ts).
 * - Text is text (rich text already joined by the reader); an empty text is a blank cell, as
 *   Excel shows it (a formula ="" included).
 * - TRUE/FALSE stay booleans; an error value is `{ error: "#REF!" }` in the language it came in.
 * - A formula is read by its cached result; a formula without one (a file saved without
 *   calculation) is `{ uncalculated: formula }`.
 * - -0 is 0; a number that is not finite (no file or host should give one) is the error #NUM!.
 */
import { serialToYmd, MAX_SERIAL } from "../regulations/excel-date";
import type { CellError, CellValue } from "../tables/model";
import { showsAsDate } from "./number-format";

export interface RawCell {
  /** The value, or a formula's cached result; undefined when a formula has no cached result. */
  value: number | string | boolean | CellError | null | undefined;
  /** The formula text, when the cell holds a formula. */
  formula?: string;
  /** The number format code (ECMA-376 18.8.31); absent or "General" for none. */
  numberFormat?: string;
  /** The workbook counts dates from 1904 (Mac Excel before 2011). */
  date1904?: boolean;
}

/** Days from 1 January 1900 to 1 January 1904 in Excel's 1900 system. */
const OFFSET_1904 = 1462;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A date serial as Dutch text: "1-5-2016", with the time when there is one ("1-5-2016 12:00").
 * Serials outside Excel's calendar (negative, or after 31-12-9999) are shown as Excel shows
 * them: "#####".
 */
export function serialToDateText(serial: number, date1904 = false): string {
  const s = date1904 ? serial + OFFSET_1904 : serial;
  if (!(s >= 0) || s >= MAX_SERIAL + 1) return "#####";
  let day = Math.floor(s);
  let minutes = Math.round((s - day) * 1440);
  if (minutes === 1440) {
    day += 1;
    minutes = 0;
  }
  // Serial 0 is shown by Excel as 0-1-1900; it only occurs with a time of day.
  const date =
    day === 0
      ? "0-1-1900"
      : (() => {
          const { y, m, d } = serialToYmd(day);
          return `${d}-${m}-${y}`;
        })();
  return minutes === 0 ? date : `${date} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** The value the rules see for one cell. */
export function convertCell(cell: RawCell): CellValue {
  const { value } = cell;
  if (value === undefined) {
    return cell.formula !== undefined ? { uncalculated: cell.formula } : null;
  }
  if (value === null) return null;
  if (typeof value === "number") return convertNumber(value, cell.numberFormat, cell.date1904);
  if (typeof value === "string") return convertText(value);
  return value;
}

/**
 * `convertCell` for a number (a formula's cached result included) in this number format: the
 * same contract without a `RawCell` to build, for a reader that converts hundreds of thousands
 * of cells.
 */
export function convertNumber(value: number, numberFormat?: string, date1904?: boolean): CellValue {
  if (!Number.isFinite(value)) return { error: "#NUM!" };
  if (showsAsDate(numberFormat, value)) return serialToDateText(value, date1904);
  return value === 0 ? 0 : value;
}

/** `convertCell` for a text: an empty text is a blank cell. */
export function convertText(value: string): CellValue {
  return value === "" ? null : value;
}
