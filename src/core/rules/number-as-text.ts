import { formatDutch } from "../amount";
import { ST } from "../tables/parsed";
import { forEachCell } from "./cells";
import type { Rule } from "./types";

export const numberAsText: Rule = {
  id: "number-as-text",
  title: "Bedrag als tekst",
  description:
    "Een bedrag dat als tekst in de cel staat: Excel's SOM slaat het over. De waarde telt wel mee in de andere controles.",
  severity: "warning",
  // The tables whose totals Excel adds with SOM; the risk tables publish amounts such as
  // "3,1 mld." as text by design (read in their own unit), so no warning there.
  kinds: ["garanties", "uitgaven-ontvangsten", "benutting"],
  source:
    "Excel: SOM en andere rekenfuncties negeren tekst in een bereik, ook tekst die er als getal uitziet",
  check(table, ctx) {
    forEachCell(table, ST.TEXT_NUMBER, ctx, (note, value) => ({
      actual: value,
      message: `het bedrag ${formatDutch(value)} staat als tekst in de cel ("${note}"); Excel's SOM slaat het over. Zet de cel om naar een getal. In de andere controles telt ${formatDutch(value)} wel mee.`,
    }));
  },
};
