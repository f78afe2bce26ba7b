/** Small builders for table-checker tests. */
import { checkSheets } from "../../src/core/tables";
import type { CellValue, CheckOptions, CheckResult, Finding } from "../../src/core/tables/model";

export type Grid = CellValue[][];

export function run(values: Grid, options?: CheckOptions, name = "Blad1"): CheckResult {
  return checkSheets([{ name, values }], options);
}

/** Findings of one rule as compact tuples: [cell, expected, actual]. */
export function hits(
  result: CheckResult,
  rule: string
): Array<[string, number | null, number | null]> {
  return result.findings.filter((f) => f.rule === rule).map((f) => [f.cell, f.expected, f.actual]);
}

export function only(result: CheckResult, rule: string): Finding[] {
  return result.findings.filter((f) => f.rule === rule);
}

/** Deep copy so that a test can change one cell of a shared grid. */
export function copy(grid: Grid): Grid {
  return grid.map((r) => [...r]);
}

/** A copy of the grid with the cell at 0-based row r, column c set to v. */
export function setCell(grid: Grid, r: number, c: number, v: CellValue): Grid {
  const g = copy(grid);
  g[r][c] = v;
  return g;
}

/** Sets the cell at an A1 address (single letters only) in a copy of the grid. */
export function withCell(grid: Grid, address: string, value: CellValue): Grid {
  const g = copy(grid);
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const r = Number(m[2]) - 1;
  const c = m[1].charCodeAt(0) - 65;
  while (g.length <= r) g.push([]);
  g[r][c] = value;
  return g;
}

/**
 * A small budget-style garanties overview (x € 1.000), correct as given:
 *   A Nr. | B Omschrijving | C Uitstaande garanties 2015 | D Geraamd te verlenen 2016 |
 *   E Geraamd te vervallen 2016 | F Uitstaande garanties 2016 | G Garantieplafond 2016 |
 *   H Totaal plafond
 * Row 3 EKV: 13.373.678 + 10.000.000 − 10.000.000 = 13.373.678, verleend = plafond 10.000.000.
 * Row 4 NHT: 50.000 + 0 − 0 = 50.000 under a total ceiling of 50.000, annual ceiling 0.
 * Row 5 WAKO: 14.023.000 + 0 − 4.254.099 = 9.768.901 under total ceiling 9.768.901, ceiling blank.
 * Row 6 Totaal: 13.373.678 + 50.000 + 14.023.000 = 27.446.678; 10.000.000; 14.254.099;
 *   13.373.678 + 50.000 + 9.768.901 = 23.192.579; 10.000.000; 50.000 + 9.768.901 = 9.818.901.
 */
export const GARANTIES: Grid = [
  ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
  [
    "Nr.",
    "Omschrijving",
    "Uitstaande garanties 2015",
    "Geraamd te verlenen 2016",
    "Geraamd te vervallen 2016",
    "Uitstaande garanties 2016",
    "Garantieplafond 2016",
    "Totaal plafond",
  ],
  [1, "Exportkredietverzekering", 13373678, 10000000, 10000000, 13373678, 10000000, 0],
  [2, "Terrorismeschades (NHT)", 50000, null, null, 50000, 0, 50000],
  [3, "WAKO (kernongevallen)", 14023000, null, 4254099, 9768901, null, 9768901],
  [null, "Totaal", 27446678, 10000000, 14254099, 23192579, 10000000, 9818901],
];

/**
 * A small uitgaven/ontvangsten table, correct as given:
 *   A Nr | B Omschrijving | C Uitgaven 2016 | D Ontvangsten 2016 | E Saldo 2016
 * Row 3: 0 − 378 = – 378. Row 4: 233.202 − 74.900 = 158.302.
 * Row 5 Totaal: 378 + 74.900 = 75.278; 233.202; – 378 + 158.302 = 157.924 = 233.202 − 75.278.
 */
export const UITGAVEN: Grid = [
  ["Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)"],
  ["Nr", "Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  [1, "Garantie procesrisico's", 378, null, -378],
  [2, "Exportkredietverzekering", 74900, 233202, 158302],
  [null, "Totaal", 75278, 233202, 157924],
];

/**
 * Benutting table of the EKV as published in 2016 (2012–2014 only), correct:
 * 12.644.489 − 9.701.607 = 2.942.882; 12.901.909 − 9.378.339 = 3.523.570;
 * 8.882.142 − 16.366.533 = – 7.484.391.
 *   A label | B 2012 | C 2013 | D 2014; rows 3 bruto, 4 vervallen, 5 netto.
 */
export const BENUTTING: Grid = [
  ["Benutting garantieregeling (bedragen x € 1.000)"],
  [null, 2012, 2013, 2014],
  ["Aangegane garantieverplichtingen (bruto)", 12644489, 12901909, 8882142],
  ["Vervallen garantieverplichtingen (incl. schade-uitkeringen)", 9701607, 9378339, 16366533],
  ["Aangegane garantieverplichtingen (netto)", 2942882, 3523570, -7484391],
];

export type { Finding };
