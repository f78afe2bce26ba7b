import { exactSum, safeIntegerSumAt } from "../exact";
import type { ParsedColumn, ParsedTable } from "../tables/parsed";
import { ST, cover, published, usable } from "../tables/parsed";
import { decimalsOf, reportDifference } from "./equation";
import type { Rule, RuleContext } from "./types";

/** One sum to check: the row `target` against the item rows `items` (indexes, ascending). */
interface Sum {
  target: number;
  items: Int32Array;
  subtotal: boolean;
}

/**
 * Every sum of the table (recognition marks the rows, tables/totals.ts): the total adds the item
 * rows; a "waarvan" row (and the "- …" rows under "waarvan:") is part of the row above and a
 * subtotal or group total sums rows already counted, so neither is added again. A subtotal is
 * itself checked against the item rows since the previous one — or, with the totals above the
 * items (loan tables), up to the next one.
 */
function sumsOf(table: ParsedTable): Sum[] {
  const n = table.rows.length;
  const isItem = (i: number) => !table.breakdown[i] && i !== table.totalIndex;
  // Counted first, then filled: one exact typed array, not a list grown row by row (50 000 rows
  // of a total would otherwise be several large copies).
  const items = (from: number, to: number) => {
    let count = 0;
    for (let i = from; i < to; i++) if (isItem(i)) count++;
    const out = new Int32Array(count);
    let k = 0;
    for (let i = from; i < to; i++) if (isItem(i)) out[k++] = i;
    return out;
  };
  const sums: Sum[] = [];
  if (table.totalsAbove) {
    let end = n;
    for (let i = n - 1; i >= 0; i--) {
      if (table.subtotal[i]) {
        sums.push({ target: i, items: items(i + 1, end), subtotal: true });
        end = i;
      } else if (i === table.totalIndex) {
        sums.push({ target: i, items: items(i + 1, n), subtotal: false });
        end = i;
      }
    }
    return sums.reverse();
  }
  let start = 0;
  const end = table.totalIndex >= 0 ? table.totalIndex : n;
  for (let i = 0; i < end; i++) {
    if (!table.subtotal[i]) continue;
    sums.push({ target: i, items: items(start, i), subtotal: true });
    start = i + 1;
  }
  if (table.totalIndex >= 0) {
    sums.push({ target: table.totalIndex, items: items(0, table.totalIndex), subtotal: false });
  }
  return sums;
}

/**
 * The number of published terms among the items, or -1 when one of them is no usable amount.
 * The loops over the items are small functions of their own: called once per column, each is
 * optimised as a whole, where one long function would run its later loops unoptimised.
 */
function publishedTerms(status: Uint8Array, items: Int32Array): number {
  let n = 0;
  // Indexed, not for…of: until the loop is compiled, each step of an iterator allocates a result
  // object, and these loops run over every row of every column.
  for (let k = 0; k < items.length; k++) {
    const s = status[items[k]];
    if (!usable(s) && s !== ST.NOT_APPLICABLE) return -1;
    if (published(s)) n++;
  }
  return n;
}

function coverItems(column: ParsedColumn, items: Int32Array): void {
  for (let k = 0; k < items.length; k++) cover(column, items[k]);
}

function valuesAt(values: Float64Array, items: Int32Array): number[] {
  const out = new Array<number>(items.length);
  for (let k = 0; k < items.length; k++) out[k] = values[items[k]];
  return out;
}

function checkSum(ctx: RuleContext, table: ParsedTable, column: ParsedColumn, sum: Sum): void {
  const t = sum.target;
  if (!usable(column.status[t])) return;
  const n = publishedTerms(column.status, sum.items);
  if (n < 0) return;
  cover(column, t);
  coverItems(column, sum.items);
  // Whole amounts (nearly every table) are added where they stand; only others are copied out
  // for `exactSum`, and for the decimals of a difference only when one is reported.
  const integers = safeIntegerSumAt(column.values, sum.items);
  const expected = integers ?? exactSum(valuesAt(column.values, sum.items));
  const count = sum.items.length;
  const above = table.totalsAbove === true;
  const counted = above ? table.rows.length : t;
  // Only for the message of a difference (asked for only then): not per column of every table.
  const skipped = (): boolean => table.breakdown.slice(above ? t + 1 : 0, counted).some(Boolean);
  const subtotals = (): boolean => table.subtotal.slice(above ? t + 1 : 0, counted).some(Boolean);
  const where = above ? "eronder" : "erboven";
  reportDifference(
    ctx,
    table,
    { column, index: t },
    expected,
    column.values[t],
    n,
    (e) =>
      sum.subtotal
        ? above
          ? `Het subtotaal moet gelijk zijn aan de som van de ${count} regels eronder tot het volgende subtotaal (${e}).`
          : `Het subtotaal moet gelijk zijn aan de som van de ${count} regels erboven sinds het vorige subtotaal (${e}).`
        : `Het totaal moet gelijk zijn aan de som van de ${count} regels ${where} (${e})${
            subtotals()
              ? `; subtotalen en regels die met "waarvan" beginnen tellen niet mee, ze zitten al in de regels ${where}`
              : skipped()
                ? '; regels die met "waarvan" beginnen tellen niet mee, ze zitten al in de regel erboven'
                : ""
          }.`,
    () => decimalsOf([column.values[t], ...valuesAt(column.values, sum.items)])
  );
}

/**
 * An item marked n.v.t. adds nothing to the total; an item that is not a number or an error
 * makes the total uncheckable (that cell is reported by its own rule).
 */
export const columnTotal: Rule = {
  id: "column-total",
  title: "Totaal klopt niet",
  description:
    'De totaalregel is gelijk aan de som van de regels erboven, in elke bedragkolom (een lege totaalcel telt als 0; een regel "waarvan …" en de regels "- …" onder "waarvan:" tellen niet apart mee). Een subtotaal of groepstotaal ("Totaal garanties", "Totaal leningen Curaçao") is gelijk aan de som van de regels sinds het vorige en telt niet mee in het eindtotaal. Staan de totalen boven de regels (overzicht verstrekte leningen), dan telt een totaal de regels eronder.',
  severity: "error",
  kinds: ["garanties", "uitgaven-ontvangsten", "leningen"],
  source:
    "RBV modellen 1.32e en 3.21b (regel Totaal, en de totalen per groep van het overzicht verstrekte leningen): totaal = som van de regelingen per kolom",
  check(table, ctx) {
    const sums = sumsOf(table);
    if (!sums.length) return;
    for (const column of table.columns) {
      for (const sum of sums) checkSum(ctx, table, column, sum);
    }
  },
};
