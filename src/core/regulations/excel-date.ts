/**
 * Excel date serial numbers (1900 date system) and calendar months, without time zones.
 *
 * Serial 1 is 1 January 1900. Excel counts a 29 February 1900 that never existed (serial 60,
 * inherited from Lotus 1-2-3), so from 1 March 1900 (serial 61) on the serial is the number of days
 * since 30 December 1899. A fraction is a time of day and is ignored: dates compare as days.
 */
import { EkvError } from "../errors";
import { assertAmount } from "../exact";

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 31 December 9999, the last date Excel knows. */
export const MAX_SERIAL = 2_958_465;

/** The whole-day serial of an Excel date, validated. */
export function dateSerial(x: number, what: string, article: string): number {
  assertAmount(x, what);
  const s = Math.floor(x);
  if (s < 1 || s > MAX_SERIAL) {
    throw new EkvError(
      `${article}: ${what} is ${String(x).replace(".", ",")}; verwacht een Excel-datum tussen 1-1-1900 en 31-12-9999 (een datumcel of DATUM(jaar;maand;dag)).`
    );
  }
  if (s === 60) {
    throw new EkvError(
      `${article}: ${what} is 29-2-1900, een datum die niet bestaat (een fout in Excel's datumsysteem).`
    );
  }
  return s;
}

export function serialToYmd(serial: number): Ymd {
  const days = serial < 60 ? serial + 1 : serial;
  const dt = new Date(EPOCH + days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function ymdToSerial({ y, m, d }: Ymd): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  const days = Math.round((dt.getTime() - EPOCH) / DAY_MS);
  return days <= 60 ? days - 1 : days;
}

function daysInMonth(y: number, m: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m, 0);
  return dt.getUTCDate();
}

/**
 * The same day `months` calendar months later (negative: earlier), as Excel's EDATE (ZELFDE.DAG):
 * a day that does not exist in the target month becomes its last day (31 January + 1 month is
 * 28 or 29 February; 29 February 2024 − 12 months is 28 February 2023).
 */
export function addMonths(serial: number, months: number): number {
  const { y, m, d } = serialToYmd(serial);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return ymdToSerial({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/** A date in a message: 31-1-2024. */
export function dateText(serial: number): string {
  const { y, m, d } = serialToYmd(serial);
  return `${d}-${m}-${y}`;
}
