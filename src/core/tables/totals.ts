/**
 * Which rows of a table are totals and what each one adds up (issue 8 point 1, issue 10 point 1):
 * one total row, several ("Totaal garanties" then "Totaal leningen"), group totals followed by a
 * grand total, and — as loan tables are published (IV, model 3.21b) — totals standing ABOVE the
 * items they add up. Recognition marks the rows; the column-total rule checks every sum, and no
 * row is ever counted twice: a grand total adds the item rows, never the group totals.
 */
import { GRAND_TOTAL_ROW } from "../vocabulary";

export interface TotalRoles {
  /**
   * Index of the grand total (the table's Totaal row), or -1. Every other row labelled as a
   * total is a group total (also marked as breakdown, since no total adds it again).
   */
  totalIndex: number;
  /** True when the totals stand above the items they add up. */
  above: boolean;
}

/**
 * The roles of the total rows of a body of `n` rows. `totals` lists the rows labelled as a total
 * (ascending), `isItem(i)` tells the rows a total adds (not a breakdown, not a subtotal row, not a
 * total), `normal(i)` the normalised label of total row i.
 *
 * - One total row: the table's total (as before; above the items when no item precedes it).
 * - Totals below their items: the last one is the grand total when it follows another total with
 *   no item between, or its label says so ("Totaal generaal", "Eindtotaal", or plain "Totaal"
 *   after totals that each name their group); every other total adds the items since the total
 *   before it.
 * - Totals above their items (the first total precedes every item): the first one is the grand
 *   total when the next row is a total as well ("Totaal verstrekte leningen" over "Totaal leningen
 *   Curaçao"); every other total adds the items up to the next total.
 */
export function totalRoles(
  n: number,
  totals: readonly number[],
  isItem: (i: number) => boolean,
  normal: (i: number) => string
): TotalRoles {
  if (totals.length === 0) return { totalIndex: -1, above: false };
  let firstItem = -1;
  for (let i = 0; i < n && firstItem < 0; i++) if (isItem(i)) firstItem = i;
  const above = firstItem >= 0 && totals[0] < firstItem;
  if (totals.length === 1) return { totalIndex: totals[0], above };
  let grand: number;
  if (above) {
    const [first, second] = totals;
    grand = !itemBetween(isItem, first, second) ? first : -1;
  } else {
    const last = totals[totals.length - 1];
    const before = totals[totals.length - 2];
    const plain = (i: number) => /^totaal[:.]?$/.test(normal(i));
    const explicit =
      GRAND_TOTAL_ROW.test(normal(last)) ||
      (plain(last) && totals.slice(0, -1).every((i) => !plain(i)));
    grand = !itemBetween(isItem, before, last) || explicit ? last : -1;
  }
  return { totalIndex: grand, above };
}

function itemBetween(isItem: (i: number) => boolean, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (isItem(i)) return true;
  return false;
}
