/** Looking up the columns of a parsed table by kind and year. */
import type { DataColumnKind } from "../tables/headers";
import { yearOrdinal } from "../tables/headers";
import type { YearLabel } from "../tables/model";
import type { ParsedColumn, ParsedTable } from "../tables/parsed";

export function columnsOf(table: ParsedTable, kind: DataColumnKind): ParsedColumn[] {
  return table.columns.filter((c) => c.kind === kind);
}

function sameYear(a: YearLabel | null, b: YearLabel | null): boolean {
  return a === b;
}

/** The first column of `kind` for `year` (null: the column without a year). */
export function columnFor(
  table: ParsedTable,
  kind: DataColumnKind,
  year: YearLabel | null
): ParsedColumn | undefined {
  return table.columns.find((c) => c.kind === kind && sameYear(c.year, year));
}

/** True when `b` is the year after `a` in the same notation (2015 → 2016, t-1 → t). */
export function consecutive(a: YearLabel | null, b: YearLabel | null): boolean {
  if (a === null || b === null || typeof a !== typeof b) return false;
  return yearOrdinal(b) - yearOrdinal(a) === 1;
}

/** Columns of `kind` ordered by year (columns without a year left out). */
export function byYear(table: ParsedTable, kind: DataColumnKind): ParsedColumn[] {
  return columnsOf(table, kind)
    .filter((c) => c.year !== null)
    .sort((x, y) => yearOrdinal(x.year as YearLabel) - yearOrdinal(y.year as YearLabel));
}
