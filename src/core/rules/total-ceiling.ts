import { formatDutch } from "../amount";
import { subtract } from "../exact";
import { type ParsedColumn, type ParsedTable, cover, usable } from "../tables/parsed";
import { ceilingApplies } from "./ceiling";
import { reportCell } from "./equation";
import { byYear, columnsOf } from "./columns";
import type { Rule, RuleContext } from "./types";

/**
 * One total-ceiling column against uitstaand on every row: a function of its own, so that the
 * engine compiles its loop once for every such column (see ceiling.ts).
 */
function checkColumn(
  table: ParsedTable,
  ctx: RuleContext,
  plafond: ParsedColumn,
  u: ParsedColumn
): void {
  for (let i = 0; i < table.rows.length; i++) {
    if (!ceilingApplies(table, plafond, i) || !usable(u.status[i])) continue;
    const p = plafond.values[i];
    cover(plafond, i);
    cover(u, i);
    const v = u.values[i];
    const over = subtract(v, p);
    if (over <= ctx.options.tolerance) continue;
    reportCell(ctx, table, i, u, {
      expected: p,
      actual: v,
      message: `uitstaand ${formatDutch(v)} is hoger dan het totaal plafond ${formatDutch(p)} ("${plafond.header}"); overschrijding ${formatDutch(over)}.`,
    });
  }
}

/**
 * The total ceiling is the ceiling on the outstanding amount in the budget year, so it is
 * compared with the uitstaand column of that year (the last year of the table when the header
 * gives none). Rows that show 0 or blank have no total ceiling; the total row is exempt.
 */
export const totalCeiling: Rule = {
  id: "total-ceiling",
  title: "Totaal plafond overschreden",
  description:
    "Uitstaand in het laatste jaar van de tabel is niet hoger dan het totaal plafond, op regels met een totaal plafond (0 of leeg geldt niet).",
  severity: "error",
  kinds: ["garanties"],
  source:
    "RBV model 1.32e: totaal plafond = plafond op het totaal uitstaande bedrag van een regeling zonder jaarlijks plafond, in het begrotingsjaar",
  check(table, ctx) {
    const uitstaand = byYear(table, "uitstaand");
    if (!uitstaand.length) return;
    for (const plafond of columnsOf(table, "totaal-plafond")) {
      const u =
        uitstaand.find((c) => plafond.year !== null && c.year === plafond.year) ??
        uitstaand[uitstaand.length - 1];
      checkColumn(table, ctx, plafond, u);
    }
  },
};
