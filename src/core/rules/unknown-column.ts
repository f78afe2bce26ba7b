import { ALL_KINDS, type Rule } from "./types";

export const unknownColumn: Rule = {
  id: "unknown-column",
  title: "Kolomkop niet herkend",
  description:
    "Een kolomkop in een herkende tabel die met geen bekende kolom overeenkomt (bijvoorbeeld een typefout); de rest van de tabel wordt wel gecontroleerd.",
  severity: "warning",
  kinds: ALL_KINDS,
  source: "Kolomkoppen volgens RBV modellen 1.32e en 3.21b en de tabellen op rijksfinancien.nl",
  check(table, ctx) {
    for (const h of table.unknownHeaders) {
      ctx.report({
        row: h.row,
        col: h.col,
        columnHeader: h.text,
        expected: null,
        actual: null,
        message: `Kolomkop "${h.text}" is niet herkend: ${h.why}. Deze kolom is niet gecontroleerd.`,
      });
    }
  },
};
