import { formatDutch } from "../amount";
import { ST } from "../tables/parsed";
import { forEachCell } from "./cells";
import { ALL_KINDS, type Rule } from "./types";

export const numberAsText: Rule = {
  id: "number-as-text",
  title: "Bedrag als tekst",
  description:
    "Een bedrag dat als tekst in de cel staat: Excel's SOM slaat het over. De waarde telt wel mee in de andere controles.",
  severity: "warning",
  kinds: ALL_KINDS,
  source:
    "Excel: SOM en andere rekenfuncties negeren tekst in een bereik, ook tekst die er als getal uitziet",
  check(table, ctx) {
    forEachCell(table, ST.TEXT_NUMBER, ctx, (note, value) => ({
      actual: value,
      message: `het bedrag ${formatDutch(value)} staat als tekst in de cel ("${note}"); Excel's SOM slaat het over. Zet de cel om naar een getal. In de andere controles telt ${formatDutch(value)} wel mee.`,
    }));
  },
};
