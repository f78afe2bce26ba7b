import { exactSum } from "../exact";
import { ST, published, usable } from "../tables/parsed";
import { decimalsOf, reportDifference } from "./equation";
import type { Rule } from "./types";

/**
 * An item marked n.v.t. adds nothing to the total; an item that is not a number or an error
 * makes the total uncheckable (that cell is reported by its own rule). A "waarvan" row is part of
 * the row above and is not added again.
 */
export const columnTotal: Rule = {
  id: "column-total",
  description:
    'De totaalregel is gelijk aan de som van de regels erboven, in elke bedragkolom (een lege totaalcel telt als 0; een regel "waarvan …" telt niet apart mee).',
  severity: "error",
  source: "RBV modellen 1.32e en 3.21b (regel Totaal): totaal = som van de regelingen per kolom",
  check(table, ctx) {
    const t = table.totalIndex;
    if (t < 0 || table.kind === "benutting") return;
    for (const column of table.columns) {
      if (!usable(column.status[t])) continue;
      let ok = true;
      let n = 0;
      const parts = table.breakdown.some(Boolean);
      for (let i = 0; i < t; i++) {
        if (parts && table.breakdown[i]) continue;
        const s = column.status[i];
        if (!usable(s) && s !== ST.NOT_APPLICABLE) {
          ok = false;
          break;
        }
        if (published(s)) n++;
      }
      if (!ok) continue;
      const items = column.values.subarray(0, t);
      const expected = parts
        ? exactSum(items.filter((_, i) => !table.breakdown[i]))
        : exactSum(items);
      const count = parts ? table.breakdown.slice(0, t).filter((b) => !b).length : t;
      reportDifference(
        ctx,
        table,
        this.id,
        { column, index: t },
        expected,
        column.values[t],
        n,
        (e) =>
          `Het totaal moet gelijk zijn aan de som van de ${count} regels erboven (${e})${parts ? '; regels die met "waarvan" beginnen tellen niet mee, ze zitten al in de regel erboven' : ""}.`,
        () => decimalsOf(column.values.subarray(0, t + 1))
      );
    }
  },
};
