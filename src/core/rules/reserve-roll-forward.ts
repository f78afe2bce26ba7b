import { yearOrdinal } from "../tables/headers";
import type { YearLabel } from "../tables/model";
import type { ParsedColumn, ParsedTable } from "../tables/parsed";
import {
  type ColumnTerm,
  type Term,
  checkEquation,
  checkRollForward,
  nextUnsettled,
} from "./equation";
import type { Rule, RuleContext } from "./types";

const same = (a: YearLabel | null, b: YearLabel | null): boolean => String(a) === String(b);

/** Stand eind = stand begin + storting − onttrekking: the terms in table rows/columns. */
function reserveTerms(
  begin: { column: ParsedColumn; index: number },
  storting: { column: ParsedColumn; index: number },
  onttrekking: { column: ParsedColumn; index: number }
): Term[] {
  return [
    { ...begin, sign: 1 },
    { ...storting, sign: 1 },
    { ...onttrekking, sign: -1 },
  ];
}

/** Columns laid out per scheme: begin, storting, onttrekking, eind of one year on each row. */
function byColumns(table: ParsedTable, ctx: RuleContext): void {
  for (const end of table.columns.filter((c) => c.kind === "voorziening-eind")) {
    const find = (kind: string): ParsedColumn | undefined =>
      table.columns.find((c) => c.kind === kind && same(c.year, end.year));
    const begin = find("voorziening-begin");
    const storting = find("voorziening-storting");
    const onttrekking = find("voorziening-onttrekking");
    if (!begin || !storting || !onttrekking) continue;
    const terms: ColumnTerm[] = [
      { column: begin, sign: 1 },
      { column: storting, sign: 1 },
      { column: onttrekking, sign: -1 },
    ];
    const n = table.rows.length;
    for (let i = nextUnsettled(end, terms, 0, n); i < n; i = nextUnsettled(end, terms, i + 1, n)) {
      checkRollForward(
        ctx,
        table,
        { column: end, index: i },
        reserveTerms(
          { column: begin, index: i },
          { column: storting, index: i },
          { column: onttrekking, index: i }
        ),
        "De stand eind moet gelijk zijn aan stand begin + storting − onttrekking"
      );
    }
  }
}

/** Rows laid out per year column: Stand 1 januari, Storting, Onttrekking, Stand 31 december. */
function byRows(table: ParsedTable, ctx: RuleContext): void {
  const roles = table.rowRoles ?? [];
  const at = (role: string): number => roles.indexOf(role as (typeof roles)[number]);
  const b = at("voorziening-begin");
  const s = at("voorziening-storting");
  const o = at("voorziening-onttrekking");
  const e = at("voorziening-eind");
  if (e < 0) return;
  const cols = [...table.columns].sort(
    (x, y) => yearOrdinal(x.year as YearLabel) - yearOrdinal(y.year as YearLabel)
  );
  for (const col of cols) {
    if (b < 0 || s < 0 || o < 0) break;
    checkRollForward(
      ctx,
      table,
      { column: col, index: e },
      reserveTerms({ column: col, index: b }, { column: col, index: s }, { column: col, index: o }),
      `De stand 31 december ${String(col.year)} moet gelijk zijn aan stand 1 januari + storting − onttrekking`
    );
  }
  // The stand at the start of a year is the stand at the end of the year before.
  if (b < 0) return;
  for (let k = 1; k < cols.length; k++) {
    const prev = cols[k - 1];
    const cur = cols[k];
    if (typeof prev.year !== typeof cur.year) continue;
    if (yearOrdinal(cur.year as YearLabel) - yearOrdinal(prev.year as YearLabel) !== 1) continue;
    checkEquation(
      ctx,
      table,
      { column: cur, index: b },
      [{ column: prev, index: e, sign: 1 }],
      (x) =>
        `De stand 1 januari ${String(cur.year)} moet gelijk zijn aan de stand 31 december ${String(prev.year)} (${x}).`
    );
  }
}

export const reserveRollForward: Rule = {
  id: "reserve-roll-forward",
  title: "Voorziening sluit niet aan",
  kinds: ["risicovoorziening"],
  description:
    "Risicovoorziening (begrotingsreserve): stand eind = stand begin + storting (dotatie) − onttrekking, per regeling en per jaar; de stand begin van een jaar is de stand eind van het jaar ervoor.",
  severity: "error",
  source:
    "RBV model 3.21b (risicovoorziening per risicoregeling) en de saldibalans, posten 5/5a begrotingsreserves: stand eind = stand begin + storting − onttrekking",
  check(table, ctx) {
    if (table.kind !== "risicovoorziening") return;
    if (table.rowRoles) byRows(table, ctx);
    else byColumns(table, ctx);
  },
};
