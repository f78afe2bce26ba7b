import { formatDutch } from "../amount";
import { type ColumnTerm, checkEquation, nextUnsettled, yr } from "./equation";
import { columnFor, columnsOf } from "./columns";
import type { Rule } from "./types";

export const saldo: Rule = {
  id: "saldo",
  title: "Saldo klopt niet",
  description:
    "Saldo = ontvangsten − uitgaven, per regel (ook Totaal) en per jaar; een negatief saldo betekent per saldo uitgaven.",
  severity: "error",
  kinds: ["uitgaven-ontvangsten"],
  source:
    "RBV model 1.32e, overzicht uitgaven en ontvangsten garanties: saldo = ontvangsten − uitgaven",
  check(table, ctx) {
    for (const s of columnsOf(table, "saldo")) {
      const uitgaven = columnFor(table, "uitgaven", s.year);
      const ontvangsten = columnFor(table, "ontvangsten", s.year);
      if (!uitgaven || !ontvangsten) continue;
      // Uitgaven published as negative amounts (sign convention) are added as written.
      const negated = uitgaven.sign === -1;
      const terms: ColumnTerm[] = [
        { column: ontvangsten, sign: 1 },
        { column: uitgaven, sign: negated ? 1 : -1 },
      ];
      const n = table.rows.length;
      for (let i = nextUnsettled(s, terms, 0, n); i < n; i = nextUnsettled(s, terms, i + 1, n)) {
        checkEquation(
          ctx,
          table,
          { column: s, index: i },
          terms.map((t) => ({ ...t, index: i })),
          (e) =>
            negated
              ? `Saldo${yr(s)} moet gelijk zijn aan ontvangsten + uitgaven (als negatief bedrag gepubliceerd) = ${formatDutch(ontvangsten.values[i])} + (${formatDutch(uitgaven.values[i])}) = ${e}.`
              : `Saldo${yr(s)} moet gelijk zijn aan ontvangsten − uitgaven = ${formatDutch(ontvangsten.values[i])} − ${formatDutch(uitgaven.values[i])} = ${e}.`
        );
      }
    }
  },
};
