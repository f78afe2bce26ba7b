import { type ColumnTerm, checkRollForward, nextUnsettled, yr } from "./equation";
import { byYear, columnFor, consecutive } from "./columns";
import type { Rule } from "./types";

/**
 * Every pair of consecutive years with all four columns present is checked, on every row including
 * the total row. A year block that lacks a column (the 2016 overview shows only "Uitstaande
 * garanties 2014") cannot be checked against the year before; nothing is assumed for it.
 */
export const rollForward: Rule = {
  id: "roll-forward",
  title: "Uitstaand sluit niet aan",
  description:
    "Uitstaande garanties eind jaar t = uitstaand eind jaar t-1 + verleend in t − vervallen in t, op elke regel (ook Totaal) en voor elk paar opeenvolgende jaren in de tabel.",
  severity: "error",
  kinds: ["garanties"],
  source:
    "RBV model 1.32e (begroting) en 3.21b (jaarverslag): uitstaand t = uitstaand t-1 + verleend t − vervallen t",
  check(table, ctx) {
    const uitstaand = byYear(table, "uitstaand");
    for (let k = 1; k < uitstaand.length; k++) {
      const prev = uitstaand[k - 1];
      const cur = uitstaand[k];
      if (!consecutive(prev.year, cur.year)) continue;
      const verleend = columnFor(table, "verleend", cur.year);
      const vervallen = columnFor(table, "vervallen", cur.year);
      if (!verleend || !vervallen) continue;
      // Vervallen published as negative amounts (sign convention) is added as written.
      const negated = vervallen.sign === -1;
      const statement = negated
        ? `Uitstaand${yr(cur)} moet gelijk zijn aan uitstaand${yr(prev)} + verleend${yr(cur)} + vervallen${yr(cur)} (als negatief bedrag gepubliceerd)`
        : `Uitstaand${yr(cur)} moet gelijk zijn aan uitstaand${yr(prev)} + verleend${yr(cur)} − vervallen${yr(cur)}`;
      const terms: ColumnTerm[] = [
        { column: prev, sign: 1 },
        { column: verleend, sign: 1 },
        { column: vervallen, sign: negated ? 1 : -1 },
      ];
      const n = table.rows.length;
      for (
        let i = nextUnsettled(cur, terms, 0, n);
        i < n;
        i = nextUnsettled(cur, terms, i + 1, n)
      ) {
        const rowTerms = terms.map((t) => ({ ...t, index: i }));
        checkRollForward(ctx, table, { column: cur, index: i }, rowTerms, statement);
      }
    }
  },
};
