/**
 * The verdicts every front end shows (src/core/summary.ts): the CLI's closing line, the pane's
 * summary, the web page's and the HTML report's; the counts between documents; the coverage
 * phrase. Expected sentences written out by hand.
 */
import type { CrossFinding } from "../../src/core/documents";
import {
  closingLine,
  countFindings,
  coveragePhrase,
  crossCountsLine,
  crossCountsPhrase,
  summaryLine,
  type Counts,
} from "../../src/core/summary";
import { checkSheets } from "../../src/core/tables";
import type { SheetData } from "../../src/core/tables/model";

const counts = (
  errors: number,
  warnings: number,
  tablesWithFindings: number,
  tables = 5,
  cells?: [number, number]
): Counts => ({
  errors,
  warnings,
  tablesWithFindings,
  tables,
  ...(cells ? { checkedCells: cells[0], uncheckedCells: cells[1] } : {}),
});

test.each([
  [counts(3, 1, 2), "3 fouten, 1 waarschuwing in 2 tabellen."],
  [counts(1, 0, 1), "1 fout in 1 tabel."],
  [counts(0, 2, 1), "Geen fouten, 2 waarschuwingen in 1 tabel."],
  [counts(1200, 0, 3), "1.200 fouten in 3 tabellen."],
  [counts(0, 0, 0), "Alle tabellen zijn consistent."],
  [counts(0, 0, 0, 0), "Geen garantietabellen herkend."],
])("summaryLine %j", (c, line) => {
  expect(summaryLine(c)).toBe(line);
});

test.each([
  [counts(2, 0, 1, 5, [223, 0]), "2 fouten in 1 tabel; 223 bedragen gecontroleerd."],
  [counts(0, 0, 0, 1, [14, 0]), "Alle tabellen zijn consistent; 14 bedragen gecontroleerd."],
  [counts(0, 0, 0, 1, [1, 0]), "Alle tabellen zijn consistent; 1 bedrag gecontroleerd."],
  // Silence is not earned when amounts went unchecked: no "consistent".
  [
    counts(0, 0, 0, 2, [1500, 12]),
    "Geen bevindingen in de gecontroleerde bedragen; 1.500 bedragen gecontroleerd, 12 niet (zie Dekking per tabel).",
  ],
  [
    counts(1, 1, 1, 2, [40, 3]),
    "1 fout, 1 waarschuwing in 1 tabel; 40 bedragen gecontroleerd, 3 niet (zie Dekking per tabel).",
  ],
  [counts(0, 0, 0, 0, [0, 0]), "Geen garantietabellen herkend."],
  // No coverage given (a result from before coverage existed): the summary alone.
  [counts(0, 0, 0, 1), "Alle tabellen zijn consistent."],
])("closingLine %j", (c, line) => {
  expect(closingLine(c)).toBe(line);
});

test.each([
  [{ checkedCells: 115, uncheckedCells: 0 }, "alle 115 bedragen gecontroleerd"],
  [{ checkedCells: 1, uncheckedCells: 0 }, "1 bedrag gecontroleerd"],
  [{ checkedCells: 250, uncheckedCells: 12 }, "250 van 262 bedragen gecontroleerd"],
  [{ checkedCells: 0, uncheckedCells: 1 }, "0 van 1 bedrag gecontroleerd"],
  [{ checkedCells: 1000, uncheckedCells: 500 }, "1.000 van 1.500 bedragen gecontroleerd"],
  [{ checkedCells: 0, uncheckedCells: 0 }, "geen bedragen in de tabel"],
])("coveragePhrase %j", (c, phrase) => {
  expect(coveragePhrase(c)).toBe(phrase);
});

function cross(severity: CrossFinding["severity"]): CrossFinding {
  return { severity } as CrossFinding;
}

test.each([
  [[], "geen bevindingen", "Geen bevindingen."],
  [
    [cross("warning")],
    "geen fouten, 1 waarschuwing, 0 info",
    "Geen fouten, 1 waarschuwing, 0 info.",
  ],
  [
    [
      cross("error"),
      cross("error"),
      cross("info"),
      ...Array<CrossFinding>(1000).fill(cross("info")),
    ],
    "2 fouten, 0 waarschuwingen, 1.001 info",
    "2 fouten, 0 waarschuwingen, 1.001 info.",
  ],
])("cross counts of %#", (findings, phrase, line) => {
  expect(crossCountsPhrase(findings)).toBe(phrase);
  expect(crossCountsLine(findings)).toBe(line);
});

test("countFindings on a real check: errors, tables with findings and coverage", () => {
  // Uitgaven en ontvangsten with one wrong saldo (D3: 25 − 10 = 15, written 16).
  const sheet: SheetData = {
    name: "Blad1",
    values: [
      ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      ["Regeling A", 10, 25, 15],
      ["Regeling B", 10, 25, 16],
      ["Totaal", 20, 50, 31],
    ],
  };
  const result = checkSheets([sheet]);
  const c = countFindings(result);
  // Saldo wrong at D3 (25 − 10 = 15, not 16) and at D4 (50 − 20 = 30, not 31); the column
  // totals agree with the typed items.
  expect(result.findings.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual([
    "saldo D3",
    "saldo D4",
  ]);
  expect([c.errors, c.warnings, c.tablesWithFindings, c.tables]).toEqual([2, 0, 1, 1]);
  // 3 rows × 3 amount columns, all compared by a rule.
  expect([c.checkedCells, c.uncheckedCells]).toEqual([9, 0]);
});
