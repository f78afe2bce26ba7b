import { ST } from "../tables/parsed";
import { forEachCell } from "./cells";
import type { Rule } from "./types";

export const notCalculated: Rule = {
  id: "not-calculated",
  description:
    "Een formule zonder berekende waarde (het bestand is opgeslagen zonder herberekening); de cel doet niet mee in de andere controles.",
  severity: "warning",
  source: "Office Open XML: een formulecel bewaart naast de formule de laatst berekende waarde",
  check(table, ctx) {
    forEachCell(table, ST.UNCALCULATED, ctx, (note) => ({
      actual: null,
      message: `de formule ${note ? `"${note}" ` : ""}heeft geen berekende waarde; open het bestand in Excel, laat het herberekenen en sla het op. Deze cel doet niet mee in de andere controles.`,
    }));
  },
};
