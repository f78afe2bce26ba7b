import { formatDutch } from "../amount";
import { usable } from "../tables/parsed";
import { reportCell } from "./equation";
import type { Rule } from "./types";

const NAMES: Record<string, string> = {
  "achterborg-achterborgstelling": "een achterborgstelling",
  "achterborg-buffer": "bufferkapitaal (fondsvermogen)",
  "achterborg-obligo": "een obligo",
  "achterborg-voorziening": "een stand risicovoorziening",
};

/**
 * Model 1.32e, Overzicht achterborgstellingen: the backstop, the fund's buffer capital, the
 * obligo and the reserve are stocks and never negative. Amounts written with their own unit
 * ("3,1 mld.") have been converted to the table's unit when the table was read.
 */
export const achterborgNegative: Rule = {
  id: "achterborg-negative",
  title: "Negatieve achterborgstelling",
  kinds: ["achterborgstellingen"],
  description:
    'In het overzicht achterborgstellingen zijn achterborgstelling, bufferkapitaal (fondsvermogen), obligo en stand risicovoorziening nooit negatief; bedragen als "3,1 mld." worden in hun eigen eenheid gelezen en in de eenheid van de tabel vergeleken.',
  severity: "error",
  source: "RBV model 1.32e, Overzicht achterborgstellingen (bedragen x € 1.000.000)",
  check(table, ctx) {
    if (table.kind !== "achterborgstellingen") return;
    const roles = table.rowRoles ?? [];
    for (const column of table.columns) {
      roles.forEach((role, i) => {
        const v = column.values[i];
        if (!(v < 0) || !usable(column.status[i])) return;
        reportCell(ctx, table, i, column, {
          expected: null,
          actual: v,
          message: `negatief bedrag ${formatDutch(v)}; ${NAMES[role] ?? "dit bedrag"} kan niet negatief zijn.`,
        });
      });
    }
  },
};
