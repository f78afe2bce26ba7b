import { yearOrdinal } from "../tables/headers";
import type { YearLabel } from "../tables/model";
import type { ParsedColumn } from "../tables/parsed";
import { type ColumnTerm, checkRollForward, nextUnsettled } from "./equation";
import type { Rule } from "./types";

function sameYear(a: YearLabel | null, b: YearLabel | null): boolean {
  return a !== null && b !== null && String(a) === String(b);
}

/**
 * Afgelost is subtracted, unless published as negative amounts (sign convention: the column's
 * `sign` is -1), when it is added as written; the other flows are added with their sign.
 */
function signOf(c: ParsedColumn): 1 | -1 {
  return c.kind === "lening-afgelost" && c.sign === 1 ? -1 : 1;
}

/**
 * Model 1.32e/3.21b, Overzicht verstrekte leningen: every pair of consecutive outstanding columns
 * with the year's flows between them. Mutation columns (koersverschil, omzetting, overige
 * mutaties) are added with their published sign; a year without a Verstrekt or Afgelost column
 * is not checked (nothing is assumed).
 */
export const loanRollForward: Rule = {
  id: "loan-roll-forward",
  title: "Lening sluit niet aan",
  kinds: ["leningen"],
  description:
    "Uitstaande leningen eind jaar t = uitstaand eind t-1 + verstrekt in t − afgelost in t ± de overige mutatiekolommen van t (koersverschil, omzetting, overige mutaties), op elke regel.",
  severity: "error",
  source:
    "RBV model 1.32e en 3.21b, Overzicht verstrekte leningen: uitstaand t = uitstaand t-1 + verstrekt − afgelost ± mutaties",
  check(table, ctx) {
    if (table.kind !== "leningen") return;
    const stocks = table.columns
      .filter((c) => c.kind === "lening-uitstaand" && c.year !== null)
      .sort((a, b) => yearOrdinal(a.year as YearLabel) - yearOrdinal(b.year as YearLabel));
    for (let k = 1; k < stocks.length; k++) {
      const prev = stocks[k - 1];
      const cur = stocks[k];
      if (typeof prev.year !== typeof cur.year) continue;
      if (yearOrdinal(cur.year as YearLabel) - yearOrdinal(prev.year as YearLabel) !== 1) continue;
      const flows = table.columns.filter(
        (c) =>
          (c.kind === "lening-verstrekt" ||
            c.kind === "lening-afgelost" ||
            c.kind === "lening-mutatie") &&
          sameYear(c.year, cur.year)
      );
      if (!flows.some((c) => c.kind === "lening-verstrekt" || c.kind === "lening-afgelost"))
        continue;
      const terms: ColumnTerm[] = [
        { column: prev, sign: 1 },
        ...flows.map((c): ColumnTerm => ({ column: c, sign: signOf(c) })),
      ];
      const n = table.rows.length;
      for (
        let i = nextUnsettled(cur, terms, 0, n);
        i < n;
        i = nextUnsettled(cur, terms, i + 1, n)
      ) {
        checkRollForward(
          ctx,
          table,
          { column: cur, index: i },
          terms.map((t) => ({ ...t, index: i })),
          `Uitstaand ${String(cur.year)} moet gelijk zijn aan uitstaand ${String(prev.year)} + verstrekt − afgelost ± mutaties`
        );
      }
    }
  },
};
