import { exactSum } from "../exact";
import { ST, published, usable } from "../tables/parsed";
import { decimalsOf, reportDifference } from "./equation";
import type { Rule } from "./types";

/**
 * An item marked n.v.t. adds nothing to the total; an item that is not a number or an error
 * makes the total uncheckable (that cell is reported by its own rule).
 */
export const columnTotal: Rule = {
  id: "column-total",
  description:
    "De totaalregel is gelijk aan de som van de regels erboven, in elke bedragkolom (een lege totaalcel telt als 0).",
  severity: "error",
  source: "RBV modellen 1.32e en 3.21b (regel Totaal): totaal = som van de regelingen per kolom",
  check(table, ctx) {
    const t = table.totalIndex;
    if (t < 0 || table.kind === "benutting") return;
    for (const column of table.columns) {
      if (!usable(column.status[t])) continue;
      let ok = true;
      let n = 0;
      for (let i = 0; i < t; i++) {
        const s = column.status[i];
        if (!usable(s) && s !== ST.NOT_APPLICABLE) {
          ok = false;
          break;
        }
        if (published(s)) n++;
      }
      if (!ok) continue;
      const expected = exactSum(column.values.subarray(0, t));
      reportDifference(
        ctx,
        table,
        this.id,
        { column, index: t },
        expected,
        column.values[t],
        n,
        (e) => `Het totaal moet gelijk zijn aan de som van de ${t} regels erboven (${e}).`,
        () => decimalsOf(column.values.subarray(0, t + 1))
      );
    }
  },
};
