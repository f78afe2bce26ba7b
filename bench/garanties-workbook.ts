/**
 * The benchmark workbook of `ekv check` (bench/check.bench.ts): the garanties overview of the
 * 2016 budget (Nr. | Artikel | Omschrijving | three years of uitstaand/verleend/vervallen/plafond |
 * Totaal plafond), scaled up to any number of schemes, with a Totaal row, written with ExcelJS's
 * streaming writer as a budget team's workbook would be (shared strings, styles, a Dutch
 * number format).
 *
 * It carries deliberate roll-forward mistakes, and says where: every `mistakeEvery`-th scheme
 * has its 2016 outstanding amount (column K) one more than 2015 + verleend − vervallen. The
 * Totaal row holds the sums of the typed figures, so its own roll-forward is off by the number of
 * mistakes. Those cells, and nothing else, are what the checker must report
 * (test/cli/bench-workbook.test.ts holds it to that on a small copy).
 */
import ExcelJS from "exceljs";
import { garantiesOverzicht2016 } from "../test/tables/fixtures/tables-2016";

/** The header of the published 2016 overview. */
export const HEADER = garantiesOverzicht2016[1] as string[];

export interface BenchWorkbook {
  /** Sheet cells that break the roll-forward, in sheet order: the schemes', then Totaal's. */
  mistakes: Array<{ cell: string; expected: number; actual: number }>;
}

/** Column K: uitstaand ultimo 2016, the 11th column. */
const U16 = "K";

export async function writeBenchWorkbook(
  file: string,
  items: number,
  mistakeEvery = 5_000
): Promise<BenchWorkbook> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("Verstrekte garanties");
  ws.addRow(["Overzicht verstrekte garanties (bedragen x € 1.000)"]).commit();
  ws.addRow(HEADER).commit();
  const totals = new Array<number>(10).fill(0);
  let correctTotal = 0;
  const mistakes: BenchWorkbook["mistakes"] = [];
  for (let i = 0; i < items; i++) {
    // Rows alternate between schemes with an annual ceiling and with a total ceiling, as in 2016.
    const u14 = 1_000 + ((i * 7919) % 900_000);
    const v15 = (i * 31) % 5_000;
    const x15 = (i * 17) % 1_000;
    const u15 = u14 + v15 - x15;
    const v16 = (i * 13) % 4_000;
    const x16 = (i * 11) % 900;
    const correct = u15 + v16 - x16;
    let u16 = correct;
    correctTotal += correct;
    if (i % mistakeEvery === mistakeEvery - 1) {
      u16 += 1;
      // Sheet row: title, header, then scheme i.
      mistakes.push({ cell: `${U16}${i + 3}`, expected: correct, actual: u16 });
    }
    const annual = i % 2 === 0;
    const p15 = annual ? 5_000 : null;
    const p16 = annual ? 4_000 : null;
    const tp = annual ? null : u16 + 10_000;
    const amounts = [u14, v15, x15, u15, p15, v16, x16, u16, p16, tp];
    amounts.forEach((a, k) => (totals[k] += a ?? 0));
    const row = ws.addRow([i + 1, `Artikel ${1 + (i % 9)}`, `Regeling ${i + 1}`, ...amounts]);
    row.numFmt = "#,##0;\u2013 #,##0";
    row.commit();
  }
  ws.addRow([null, "Totaal", null, ...totals]).commit();
  await wb.commit();
  if (mistakes.length > 0) {
    // Totaal 2016 is the sum of the typed figures; its roll-forward from the totals of 2015 is the
    // sum of the correct ones.
    mistakes.push({ cell: `${U16}${items + 3}`, expected: correctTotal, actual: totals[7] });
  }
  return { mistakes };
}
