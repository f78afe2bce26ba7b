/**
 * The published 2016 tables of hoofdstuk IX, checked as published. Every finding here was verified
 * by hand against the seed text (the arithmetic is in the comments).
 */
import { exactSum } from "../../src/core/exact";
import { checkSheets } from "../../src/core/tables";
import {
  garantiesOverzicht2016,
  sheets2016,
  uitgavenOntvangsten2016,
} from "./fixtures/tables-2016";

describe("the published 2016 tables", () => {
  const result = checkSheets(sheets2016());

  it("recognises the five tables", () => {
    expect(result.tables).toEqual([
      {
        sheet: "Verstrekte garanties",
        range: "A2:M24",
        kind: "garanties",
        unit: "x € 1.000",
        years: [2014, 2015, 2016],
        title: "Overzicht verstrekte garanties",
        // Every filled amount cell is compared (column totals, roll-forward, ceilings): 115 in
        // columns D–M of rows 3–24, counted from the fixture.
        coverage: { checkedCells: 115, uncheckedCells: 0, unchecked: [] },
      },
      {
        sheet: "Uitgaven en ontvangsten",
        range: "A2:L24",
        kind: "uitgaven-ontvangsten",
        unit: "x € 1.000",
        years: [2014, 2015, 2016],
        title: "Overzicht uitgaven en ontvangsten garanties",
        coverage: { checkedCells: 63, uncheckedCells: 0, unchecked: [] },
      },
      ...[
        ["A3:F6", "19. Regeling Investeringen"],
        ["A10:F13", "20. MIGA-herverzekering"],
        ["A17:F20", "21. Exportkredietverzekering"],
      ].map(([range, scheme]) => ({
        sheet: "Benutting",
        range,
        kind: "benutting",
        unit: "x € 1.000",
        years: [2010, 2011, 2012, 2013, 2014],
        title: `Benutting garantieregeling – ${scheme}`,
        // Three rows of five years, all in netto = bruto − vervallen.
        coverage: { checkedCells: 15, uncheckedCells: 0, unchecked: [] },
      })),
    ]);
  });

  it("finds exactly the one real mistake: the total saldo 2016", () => {
    // Saldo 2016 items: – 245 + 1.075 + 609 + 7.800 + 0 (staatsdeelnemingen: 4.800 − 4.800) + 750
    // + 158.302 = 168.291, and ontvangsten − uitgaven of the total row: 248.736 − 80.445 = 168.291.
    // Published: 172.276 (difference 3.985). Every other figure, total and saldo adds up.
    expect(
      result.findings.map((f) => [f.sheet, f.cell, f.rule, f.severity, f.expected, f.actual])
    ).toEqual([
      ["Uitgaven en ontvangsten", "L24", "column-total", "error", 168291, 172276],
      ["Uitgaven en ontvangsten", "L24", "saldo", "error", 168291, 172276],
    ]);
    expect(result.findings[1].message).toBe(
      'Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 248.736 − 80.445 = 168.291.'
    );
  });

  it("has no rounding explanation for it: 3.985 is far beyond (n + 1)/2", () => {
    const r = checkSheets(sheets2016(), { rounding: true });
    expect(r.findings.map((f) => f.rule)).toEqual(["column-total", "saldo"]);
  });

  it("keeps the fixture's figures consistent with the published totals (independent sums)", () => {
    const num = (v: unknown) => (typeof v === "number" ? v : 0);
    const sumCol = (grid: unknown[][], c: number, from: number, to: number) =>
      exactSum(grid.slice(from, to).map((r) => num(r[c])));
    // Garanties: items are rows 2..22, the total row 23; every one of the 10 columns adds up.
    for (let c = 3; c <= 12; c++) {
      expect(sumCol(garantiesOverzicht2016, c, 2, 23)).toBe(garantiesOverzicht2016[23][c]);
    }
    // Uitgaven/ontvangsten: all columns but Saldo 2016 (column 11) add up.
    for (let c = 3; c <= 10; c++) {
      expect(sumCol(uitgavenOntvangsten2016, c, 2, 23)).toBe(uitgavenOntvangsten2016[23][c]);
    }
    expect(sumCol(uitgavenOntvangsten2016, 11, 2, 23)).toBe(168291);
    expect(uitgavenOntvangsten2016[23][11]).toBe(172276);
  });
});
