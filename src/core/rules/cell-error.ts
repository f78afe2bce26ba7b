import { ST } from "../tables/parsed";
import { forEachCell } from "./cells";
import { ALL_KINDS, type Rule } from "./types";

export const cellError: Rule = {
  id: "cell-error",
  title: "Foutwaarde in de cel",
  description:
    "Een foutwaarde van Excel in de tabel (#VERW!/#REF!, #WAARDE!/#VALUE!, #DEEL/0!, …).",
  severity: "error",
  kinds: ALL_KINDS,
  source: "Excel-foutwaarden: een formule die niet uitgerekend kan worden",
  check(table, ctx) {
    forEachCell(table, ST.ERROR, ctx, (note) => ({
      actual: null,
      message: `foutwaarde ${note}; herstel eerst die fout. Deze cel doet niet mee in de andere controles.`,
    }));
  },
};
