/**
 * The benchmark workbook of `ekv check` carries deliberate roll-forward mistakes
 * (bench/garanties-workbook.ts). On a small copy, the checker must report exactly those cells
 * with the figures worked out here, one table recognised, and nothing else: so the finding count
 * the benchmark prints is the workbook's content, not a recognition regression.
 */
import { readXlsxFile } from "../../src/cli/read-file";
import { checkSheets } from "../../src/core/tables/check";
import { writeBenchWorkbook } from "../../bench/garanties-workbook";
import { removeTmp, tmpPath } from "./helpers";

afterAll(removeTmp);

/** Uitstaand 2016 of scheme i as the generator's formulas give it, worked out separately. */
function u16(i: number): number {
  const u14 = 1_000 + ((i * 7919) % 900_000);
  const u15 = u14 + ((i * 31) % 5_000) - ((i * 17) % 1_000);
  return u15 + ((i * 13) % 4_000) - ((i * 11) % 900);
}

test("ekv check finds exactly the mistakes built into the benchmark workbook", async () => {
  const file = tmpPath("bench-2000.xlsx");
  const items = 2_000;
  const { mistakes } = await writeBenchWorkbook(file, items, 500);
  // Schemes 500, 1000, 1500 and 2000 (i = 499, 999, …) sit on sheet rows i + 3.
  const wrong = [499, 999, 1499, 1999];
  let total = 0;
  for (let i = 0; i < items; i++) total += u16(i);
  const expected = [
    ...wrong.map((i) => ({
      rule: "roll-forward",
      cell: `K${i + 3}`,
      expected: u16(i),
      actual: u16(i) + 1,
    })),
    { rule: "roll-forward", cell: "K2003", expected: total, actual: total + wrong.length },
  ];
  expect(mistakes.map((m) => ({ rule: "roll-forward", ...m }))).toEqual(expected);

  const result = checkSheets(readXlsxFile(file));
  expect(result.tables.map((t) => [t.kind, t.range])).toEqual([["garanties", "A2:M2003"]]);
  expect(
    result.findings.map((f) => ({
      rule: f.rule,
      cell: f.cell,
      expected: f.expected,
      actual: f.actual,
    }))
  ).toEqual(expected);
});
