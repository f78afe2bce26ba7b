import { formatDutch } from "../amount";
import { subtract } from "../exact";
import { type ParsedColumn, type ParsedTable, ST, cover, usable } from "../tables/parsed";
import { reportCell } from "./equation";
import { columnFor, columnsOf } from "./columns";
import type { Rule, RuleContext } from "./types";

/**
 * Whether the ceiling in `plafond` applies on row i: one filled in (usable, not blank, not a
 * dash) and above zero, on a scheme's own row (a total or group total sums schemes). The status
 * is read before the amount: on many rows of a long table no ceiling is filled in. Also used by
 * total-ceiling.
 */
export function ceilingApplies(table: ParsedTable, plafond: ParsedColumn, i: number): boolean {
  const ps = plafond.status[i];
  if (ps !== ST.NUMBER && ps !== ST.TEXT_NUMBER) return false;
  if (i === table.totalIndex || table.subtotal[i]) return false;
  return plafond.values[i] > 0;
}

/**
 * The ceiling of one year against verleend (and vervallen) on every row. A function of its own
 * per column: the engine compiles its loop once for every column, where a loop inside the loop
 * over the columns was thrown back to the interpreter when the next column came.
 */
function checkColumn(
  table: ParsedTable,
  ctx: RuleContext,
  plafond: ParsedColumn,
  verleend: ParsedColumn,
  vervallen: ParsedColumn | undefined
): void {
  for (let i = 0; i < table.rows.length; i++) {
    if (!ceilingApplies(table, plafond, i) || !usable(verleend.status[i])) continue;
    const p = plafond.values[i];
    const netto = ctx.options.ceiling === "netto";
    if (netto && (!vervallen || !usable(vervallen.status[i]))) continue;
    // Vervallen published as negative amounts (sign convention) counts with its sign undone.
    const v =
      netto && vervallen
        ? subtract(verleend.values[i], vervallen.sign * vervallen.values[i])
        : verleend.values[i];
    cover(plafond, i);
    cover(verleend, i);
    if (netto && vervallen) cover(vervallen, i);
    const over = subtract(v, p);
    if (over <= ctx.options.tolerance) continue;
    const what = netto
      ? `verleend − vervallen = ${formatDutch(verleend.values[i])} − ${formatDutch(vervallen ? vervallen.sign * vervallen.values[i] : 0)} = ${formatDutch(v)} is hoger dan het netto garantieplafond`
      : `verleend ${formatDutch(v)} is hoger dan het garantieplafond`;
    reportCell(ctx, table, i, verleend, {
      expected: p,
      actual: v,
      message: `${what} ${formatDutch(p)} ("${plafond.header}"); overschrijding ${formatDutch(over)}.`,
    });
  }
}

/**
 * Only a ceiling that applies is checked: a ceiling of 0 or a blank one means this kind of
 * ceiling does not apply to the row (a row under a total ceiling shows annual ceiling 0), never
 * "nothing may be granted". The total row is exempt: its ceiling is a sum of other rows' ceilings.
 * The ceiling is gross (new guarantees in the year), as the EKV and RIV ceilings are defined.
 */
export const ceiling: Rule = {
  id: "ceiling",
  title: "Garantieplafond overschreden",
  description:
    "Verleend (of geraamd te verlenen) in jaar t is niet hoger dan het garantieplafond van jaar t, op regels met een plafond voor dat jaar (een plafond van 0 of leeg geldt niet). Met de optie netto plafond: verleend − vervallen.",
  severity: "error",
  kinds: ["garanties"],
  source:
    "Begroting IX 2016, toelichting EKV en RIV: het garantieplafond is het bedrag dat de Staat jaarlijks aan nieuwe verplichtingen kan aangaan (bruto plafond): verleend t ≤ garantieplafond t",
  check(table, ctx) {
    for (const plafond of columnsOf(table, "plafond")) {
      const verleend = columnFor(table, "verleend", plafond.year);
      const vervallen = columnFor(table, "vervallen", plafond.year);
      if (verleend) checkColumn(table, ctx, plafond, verleend, vervallen);
    }
  },
};
