import { formatDutch } from "../amount";
import type { DataColumnKind } from "../tables/headers";
import { BENUTTING_ROW_NOUNS, DATA_COLUMNS } from "../vocabulary";
import { usable } from "../tables/parsed";
import { reportCell } from "./equation";
import { ALL_KINDS, type Rule } from "./types";

/** Amounts that are stocks, flows or ceilings of one direction; saldo and netto may be negative. */
const NEVER_NEGATIVE: ReadonlySet<string> = new Set<DataColumnKind>([
  "uitstaand",
  "verleend",
  "vervallen",
  "plafond",
  "totaal-plafond",
  "uitgaven",
  "ontvangsten",
]);

/**
 * The first index from `from` on (below `n`) whose value is below 0, or `n`: one tight loop the
 * engine compiles once, for every column of every table.
 */
function nextNegative(values: Float64Array, from: number, n: number): number {
  for (let i = from; i < n; i++) if (values[i] < 0) return i;
  return n;
}

export const negative: Rule = {
  id: "negative",
  title: "Negatief bedrag",
  description:
    "Geen negatief bedrag waar dat niet kan: uitstaand, verleend, vervallen, garantieplafond, totaal plafond, uitgaven, ontvangsten, bruto aangegaan en vervallen (benutting).",
  severity: "error",
  kinds: ALL_KINDS,
  source:
    "Definities RBV modellen 1.32e/3.21b en tabel Benutting: deze grootheden zijn standen, bruto stromen of plafonds en zijn nooit negatief (saldo en netto wel)",
  check(table, ctx) {
    const rowsToCheck: Array<{ index: number; what: string }> = [];
    if (table.kind === "benutting") {
      if (table.roles.bruto !== undefined)
        rowsToCheck.push({ index: table.roles.bruto, what: BENUTTING_ROW_NOUNS.bruto as string });
      // A Vervallen row published as negative amounts is the sign convention, not an error.
      if (table.roles.vervallen !== undefined && table.roleSign.vervallen !== -1)
        rowsToCheck.push({
          index: table.roles.vervallen,
          what: BENUTTING_ROW_NOUNS.vervallen as string,
        });
    }
    for (const column of table.columns) {
      // A column published as negative amounts (sign convention) is reported once, at its header.
      const targets =
        table.kind === "benutting"
          ? rowsToCheck
          : NEVER_NEGATIVE.has(column.kind) && column.sign === 1
            ? null
            : [];
      const report = (i: number, what: string) => {
        const v = column.values[i];
        if (!(v < 0) || !usable(column.status[i])) return;
        reportCell(ctx, table, i, column, {
          expected: null,
          actual: v,
          message: `negatief bedrag ${formatDutch(v)}; ${what} kan niet negatief zijn.`,
        });
      };
      if (targets === null) {
        // Every row of a long column: only a negative amount is looked at further.
        const n = table.rows.length;
        const noun = DATA_COLUMNS[column.kind as DataColumnKind].noun;
        for (
          let i = nextNegative(column.values, 0, n);
          i < n;
          i = nextNegative(column.values, i + 1, n)
        )
          report(i, noun);
      } else for (const t of targets) report(t.index, t.what);
    }
  },
};
