import { ST } from "../tables/parsed";
import { forEachCell } from "./cells";
import { ALL_KINDS, type Rule } from "./types";

export const notCalculated: Rule = {
  id: "not-calculated",
  title: "Formule niet berekend",
  description:
    "Een formule zonder berekende waarde (het bestand is opgeslagen zonder herberekening); de cel doet niet mee in de andere controles.",
  severity: "warning",
  kinds: ALL_KINDS,
  source: "Office Open XML: een formulecel bewaart naast de formule de laatst berekende waarde",
  check(table, ctx) {
    forEachCell(table, ST.UNCALCULATED, ctx, (note) => ({
      actual: null,
      message: `de formule ${note ? `"${note}" ` : ""}heeft geen berekende waarde; open het bestand in Excel, laat het herberekenen en sla het op. Deze cel doet niet mee in de andere controles.`,
    }));
  },
};
