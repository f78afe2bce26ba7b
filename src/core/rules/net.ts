import { formatDutch } from "../amount";
import { checkEquation } from "./equation";
import type { Rule } from "./types";

export const net: Rule = {
  id: "net",
  title: "Netto klopt niet",
  description:
    "Aangegane garantieverplichtingen (netto) = aangegaan (bruto) − vervallen (incl. schade-uitkeringen), per jaar.",
  severity: "error",
  kinds: ["benutting"],
  source: "Tabel Benutting garantieregeling: netto = bruto − vervallen",
  check(table, ctx) {
    const { bruto, vervallen, netto } = table.roles;
    if (bruto === undefined || vervallen === undefined || netto === undefined) return;
    // Vervallen published as negative amounts (sign convention) is added as written.
    const negated = table.roleSign.vervallen === -1;
    for (const column of table.columns) {
      checkEquation(
        ctx,
        table,
        { column, index: netto },
        [
          { column, index: bruto, sign: 1 },
          { column, index: vervallen, sign: negated ? 1 : -1 },
        ],
        (e) =>
          negated
            ? `Netto ${String(column.year)} moet gelijk zijn aan bruto + vervallen (als negatief bedrag gepubliceerd) = ${formatDutch(column.values[bruto])} + (${formatDutch(column.values[vervallen])}) = ${e}.`
            : `Netto ${String(column.year)} moet gelijk zijn aan bruto − vervallen = ${formatDutch(column.values[bruto])} − ${formatDutch(column.values[vervallen])} = ${e}.`
      );
    }
  },
};
