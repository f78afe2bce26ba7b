import type { Rule } from "./types";

/**
 * Annual reports (RBV model 3.21b) and some budgets publish the amounts that are subtracted in
 * the table's equation as negative figures, so that a row adds up as written ("‒ 115.076" under
 * Vervallen). Recognition reads such a column — every amount ≤ 0 and at least one < 0 — as
 * published negative (ParsedColumn.published = -1); the rules then use the amounts with that
 * sign. This rule says so once, at the column's header, so the reading is never silent.
 * The convention is recognised where the models subtract: Vervallen (garanties overview),
 * Uitgaven (uitgaven en ontvangsten: saldo = ontvangsten − uitgaven), Afgelost (overzicht
 * verstrekte leningen: uitstaand = vorig + verstrekt − afgelost) and the row Vervallen
 * garantieverplichtingen (benutting: netto = bruto − vervallen). Not in Verstrekt, Verleend,
 * Ontvangsten or a stock: those are added, so a negative amount there is an error. A column mixing signs is no
 * convention: its negative amounts stay errors of the rule "negative", one per cell.
 */
export const signConvention: Rule = {
  id: "sign-convention",
  title: "Negatief gepubliceerd",
  description:
    "Een kolom Vervallen (garanties), Uitgaven (uitgaven en ontvangsten) of Afgelost (leningen), of de regel Vervallen van een benuttingstabel, met alleen bedragen ≤ 0 en minstens één < 0 staat als negatief gepubliceerd (jaarverslag, RBV model 3.21b); de controles rekenen met dat teken. Gemengde tekens blijven een fout per cel. Andere kolommen kennen deze conventie niet: daar worden de bedragen opgeteld.",
  severity: "warning",
  kinds: ["garanties", "uitgaven-ontvangsten", "benutting", "leningen"],
  source:
    "RBV model 3.21b (jaarverslag): vervallen garanties als negatieve bedragen, zodat de regel optelt zoals geschreven",
  check(table, ctx) {
    for (const n of table.negated) {
      ctx.report({
        row: n.row,
        col: n.col,
        columnHeader: n.header,
        expected: null,
        actual: null,
        message: `"${n.header}" staat als negatieve bedragen gepubliceerd (alle bedragen ≤ 0, ${n.negative} < 0); gecontroleerd met dat teken: ${n.equation}.`,
      });
    }
  },
};
