/**
 * Header sanity (issue 8 point 2): a header is a visible part of a document for parliament, so a
 * duplicated year, a year out of sequence, an impossible year ("2061", "2105", "2O15") or a near
 * miss of a known column name ("Uitstaande garnaties 2016") is an error at that header cell.
 *
 * The probable reading is taken from the table itself: the columns of one kind (uitstaand,
 * verleend, …) run through consecutive years from left to right, so a column's year follows
 * from its neighbours of the same kind. When that reading is unambiguous the column is checked
 * under it (its year corrected, or a column the header did not name added), and the message
 * says so; otherwise the column stays unchecked and the issue names the reason, which coverage
 * can report.
 */
import { DATA_COLUMNS, type DataColumnKind } from "../vocabulary";
import {
  GARANTIES_COLUMNS,
  UITGAVEN_COLUMNS,
  findYear,
  normaliseHeader,
  readHeader,
} from "./headers";
import type { CellValue, SheetData } from "./model";
import { type ParsedColumn, type ParsedTable, readDataCell } from "./parsed";

export type HeaderProblem = "duplicate-year" | "year-order" | "impossible-year" | "typo";

export interface HeaderIssue {
  /** 0-based sheet coordinates of the header cell. */
  row: number;
  col: number;
  text: string;
  problem: HeaderProblem;
  /** What the header probably should read, when that is unambiguous. */
  suggestion?: string;
  /** True when the column is checked under the suggested reading. */
  checked: boolean;
  /** Why the column is not checked (for coverage), when it is not. */
  unchecked?: string;
}

/** Spellings a near miss is measured against, per column kind (normalised, without a year). */
const KNOWN_NAMES: Array<[string, DataColumnKind]> = [
  ...(Object.keys(DATA_COLUMNS) as DataColumnKind[]).map(
    (k) => [DATA_COLUMNS[k].header.toLowerCase(), k] as [string, DataColumnKind]
  ),
  ["verleend", "verleend"],
  ["vervallen", "vervallen"],
  ["uitstaand", "uitstaand"],
];

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

/** The kind a near-miss name stands for, when exactly one kind is within two edits. */
function nearMiss(rest: string): DataColumnKind | undefined {
  if (rest.length < 5) return undefined;
  const kinds = new Set<DataColumnKind>();
  for (const [name, kind] of KNOWN_NAMES) if (distance(rest, name) <= 2) kinds.add(kind);
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** A year-like token that is no year: "2105", "2O15", "2l16". */
const BAD_YEAR = /(^|\s)([0-9OoIl]{4})(?=\s|$)/;

interface Slot {
  /** The year a letter-for-digit slip reads as ("2O15" → 2015), when that is a real year. */
  lettered?: number;
  col: number;
  kind: DataColumnKind;
  year: number | null;
  column?: ParsedColumn;
  issue?: HeaderIssue;
}

/** Finds the header issues of `table`, corrects what is unambiguous, and returns the issues. */
export function checkHeaders(table: ParsedTable, sheet: SheetData): HeaderIssue[] {
  if (table.kind !== "garanties" && table.kind !== "uitgaven-ontvangsten") return [];
  const family = table.kind === "garanties" ? GARANTIES_COLUMNS : UITGAVEN_COLUMNS;
  const issues: HeaderIssue[] = [];
  const slots: Slot[] = [];
  for (const column of table.columns) {
    if (
      column.kind === "jaar" ||
      (column.kind.includes("-") &&
        !GARANTIES_COLUMNS.has(column.kind) &&
        !UITGAVEN_COLUMNS.has(column.kind)) ||
      typeof column.year === "string"
    )
      continue;
    slots.push({ col: column.col, kind: column.kind as DataColumnKind, year: column.year, column });
  }
  // Unknown headers that are a near miss of a known name or hold a year that is no year.
  const keep: ParsedTable["unknownHeaders"] = [];
  for (const h of table.unknownHeaders) {
    const normal = normaliseHeader(h.text);
    const token = BAD_YEAR.exec(normal);
    // A real year in the usual range is read by readHeader; only other tokens are impossible.
    const bad = token && !/^(?:19|20)\d\d$/.test(token[2]) ? token : null;
    const withoutYear = bad
      ? (normal.slice(0, bad.index) + " " + normal.slice(bad.index + bad[0].length)).trim()
      : (findYear(normal)?.rest ?? normal);
    const known = readHeader(withoutYear);
    const kind =
      known.type === "data" ? known.kind : nearMiss(withoutYear.replace(/\s+/g, " ").trim());
    if (kind === undefined || !family.has(kind)) {
      keep.push(h);
      continue;
    }
    const year = bad ? null : (findYear(normal)?.year ?? null);
    const issue: HeaderIssue = {
      row: h.row,
      col: h.col,
      text: h.text,
      problem: bad ? "impossible-year" : "typo",
      checked: false,
    };
    issues.push(issue);
    const digits = bad?.[2].replace(/[Oo]/g, "0").replace(/[Il]/g, "1");
    const lettered = digits && /^(?:19|20)\d\d$/.test(digits) ? Number(digits) : undefined;
    slots.push({ col: h.col, kind, year: typeof year === "number" ? year : null, issue, lettered });
  }
  table.unknownHeaders = keep;
  slots.sort((a, b) => a.col - b.col);

  // Years per kind, left to right: each should be the one before plus one.
  const byKind = new Map<DataColumnKind, Slot[]>();
  for (const s of slots) {
    if (s.year === null && !s.issue) continue;
    const list = byKind.get(s.kind) ?? [];
    list.push(s);
    byKind.set(s.kind, list);
  }
  const resolved = new Map<Slot, number | null>();
  for (const list of byKind.values()) {
    list.forEach((s, k) => {
      const prev = list[k - 1]?.year ?? null;
      const next = list[k + 1]?.year ?? null;
      const fromPrev = prev !== null ? prev + 1 : null;
      const fromNext = next !== null ? next - 1 : null;
      const expected =
        fromPrev !== null && fromNext !== null
          ? fromPrev === fromNext
            ? fromPrev
            : null
          : (fromPrev ?? fromNext);
      if (s.issue) {
        resolved.set(s, s.year ?? expected ?? s.lettered ?? null);
        return;
      }
      if (s.year === null || expected === null || s.year === expected) return;
      // Only a year that breaks the run where its neighbours agree is wrong; with one neighbour,
      // only when the table has another column of this kind for that year (a duplicate) or the
      // year is far from every other year of the table (impossible).
      // Of two columns with one year, the later one is the slip (a header copied from the left).
      const duplicate = list.slice(0, k).some((o) => o.year === s.year);
      const others = table.years.filter((y): y is number => typeof y === "number" && y !== s.year);
      const far = others.length > 0 && others.every((y) => Math.abs(y - s.year!) > 10);
      const between = fromPrev !== null && fromNext !== null;
      if (!duplicate && !far && !between) return;
      const issue: HeaderIssue = {
        row: table.headerRow,
        col: s.col,
        text: s.column?.header ?? "",
        problem: duplicate ? "duplicate-year" : far ? "impossible-year" : "year-order",
        checked: false,
      };
      s.issue = issue;
      issues.push(issue);
      resolved.set(s, expected);
    });
  }

  const origin = sheet.origin ?? { row: 0, col: 0 };
  const cell = (r: number, c: number): CellValue | undefined =>
    sheet.values[r - origin.row]?.[c - origin.col];
  for (const [s, year] of resolved) {
    const issue = s.issue as HeaderIssue;
    const taken = table.columns.some(
      (c) => c !== s.column && c.kind === s.kind && c.year === year && year !== null
    );
    if (year === null || taken) {
      issue.unchecked = `kop "${issue.text}" niet eenduidig te lezen`;
      if (s.column) table.columns = table.columns.filter((c) => c !== s.column);
      continue;
    }
    const header = `${DATA_COLUMNS[s.kind].header} ${year}`;
    issue.suggestion = header;
    issue.checked = true;
    if (s.column) {
      s.column.year = year;
      continue;
    }
    const n = table.rows.length;
    const column: ParsedColumn = {
      col: s.col,
      header,
      kind: s.kind,
      year,
      values: new Float64Array(n),
      status: new Uint8Array(n),
      notes: new Map(),
      sign: 1,
      checked: new Uint8Array(n),
    };
    for (let i = 0; i < n; i++)
      readDataCell(column, i, cell(table.rows[i], s.col), table.euroPerUnit);
    table.columns.push(column);
  }
  table.columns.sort((a, b) => a.col - b.col);
  // A ceiling without a year in its header is the ceiling of the table's last year (recognise.ts),
  // which a corrected year may have changed.
  const numeric = (c: ParsedColumn) => typeof c.year === "number";
  const yearless = (c: ParsedColumn) =>
    (c.kind === "plafond" || c.kind === "totaal-plafond") && !findYear(normaliseHeader(c.header));
  const dated = table.columns
    .filter((c) => numeric(c) && !yearless(c))
    .map((c) => c.year as number);
  if (issues.some((i) => i.checked) && dated.length) {
    const last = Math.max(...dated);
    for (const c of table.columns) if (yearless(c) && numeric(c)) c.year = last;
  }
  // The table's years follow its (corrected) columns.
  const years = new Map<string, number | string>();
  for (const c of table.columns) if (c.year !== null) years.set(String(c.year), c.year);
  if (issues.length && table.years.every((y) => typeof y === "number")) {
    table.years = [...years.values()].sort((a, b) => Number(a) - Number(b));
  }
  return issues;
}
