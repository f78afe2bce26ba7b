import { ST } from "../tables/parsed";
import { forEachCell } from "./cells";
import { ALL_KINDS, type Rule } from "./types";

export const notANumber: Rule = {
  id: "not-a-number",
  title: "Geen bedrag",
  description:
    "Tekst in een bedragkolom die geen bedrag is (leeg, een los streepje, n.v.t. en p.m. zijn wel toegestaan). De cel doet niet mee in de andere controles.",
  severity: "error",
  kinds: ALL_KINDS,
  source:
    "Notatie van bedragen in de begrotingstabellen: punt voor duizendtallen, komma voor decimalen, streepje voor nihil",
  check(table, ctx) {
    forEachCell(table, ST.TEXT, ctx, (note) => ({
      actual: null,
      message: `geen bedrag: ${note}${/[.!?]$/.test(note) ? "" : "."} Deze cel doet niet mee in de andere controles.`,
    }));
  },
};
