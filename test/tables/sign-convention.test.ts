/**
 * Issue 8 point 3: annual reports (RBV model 3.21b) publish Vervallen as negative amounts so that
 * a row adds up as written. Such a column is read with its sign: one warning at its header, and
 * roll-forward, ceiling and totals use the amounts as published. A column mixing signs is no
 * convention and stays an error per cell. The same holds for Uitgaven (saldo = ontvangsten −
 * uitgaven) and the Vervallen row of a benutting table (netto = bruto − vervallen).
 */
import { BENUTTING, UITGAVEN, copy, hits, run } from "./support";
import type { Grid } from "./support";

// Row 2: 500.000 + 100.000 + (– 115.076) = 484.924; row 3: 200.000 + 0 + 0 = 200.000.
// Totaal: 700.000 + 100.000 + (– 115.076) = 684.924. Garantieplafond 2022 of row 2: 100.000.
const ANNUAL: Grid = [
  [
    "Artikel",
    "Omschrijving",
    "Uitstaande garanties 2021",
    "Verleend 2022",
    "Vervallen 2022",
    "Uitstaande garanties 2022",
    "Garantieplafond 2022",
  ],
  ["1", "Regeling A", 500000, 100000, -115076, 484924, 100000],
  ["2", "Regeling B", 200000, 0, 0, 200000, 0],
  [null, "Totaal", 700000, 100000, -115076, 684924, 100000],
];

describe("Vervallen published as negative amounts", () => {
  it("gives one warning at its header and no roll-forward or negative errors", () => {
    const r = run(ANNUAL);
    expect(r.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["sign-convention", "warning", "E1"],
    ]);
    // Two amounts below 0: Regeling A and the Totaal row.
    expect(r.findings[0].message).toContain("alle bedragen ≤ 0, 2 < 0");
  });

  it("still finds a planted roll-forward error, computed with the published sign", () => {
    const bad = copy(ANNUAL);
    bad[1][5] = 484925;
    const r = run(bad);
    expect(hits(r, "roll-forward")).toEqual([["F2", 484924, 484925]]);
    expect(hits(r, "column-total")).toEqual([["F4", 684925, 684924]]);
    expect(r.findings.find((f) => f.rule === "roll-forward")?.message).toContain(
      "500.000 + 100.000 + (– 115.076) = 484.924"
    );
  });

  it("the netto ceiling subtracts the vervallen amount, whatever sign it is published with", () => {
    // Verleend 2022 of Regeling A raised to 215.077 (uitstaand 600.001, totals to match): netto
    // verleend − vervallen = 215.077 − 115.076 = 100.001, over the ceiling 100.000 by 1.
    const g = copy(ANNUAL);
    g[1][3] = 215077;
    g[1][5] = 600001;
    g[3][3] = 215077;
    g[3][5] = 800001;
    expect(hits(run(g, { ceiling: "netto" }), "ceiling")).toEqual([["D2", 100000, 100001]]);
    expect(hits(run(g), "ceiling")).toEqual([["D2", 100000, 215077]]);
  });

  it("a column mixing signs stays an error per negative cell", () => {
    const g = copy(ANNUAL);
    // Regeling B: vervallen + 5.000 (uitstaand 195.000); now the column has both signs.
    g[2][4] = 5000;
    g[2][5] = 195000;
    g[3][4] = -110076;
    g[3][5] = 679924;
    const r = run(g);
    expect(hits(r, "sign-convention")).toEqual([]);
    expect(hits(r, "negative")).toEqual([
      ["E2", null, -115076],
      ["E4", null, -110076],
    ]);
    // Read as subtracted: 500.000 + 100.000 − (– 115.076) = 715.076.
    expect(hits(r, "roll-forward")).toContainEqual(["F2", 715076, 484924]);
  });
});

describe("the same convention elsewhere", () => {
  it("Uitgaven as negative amounts: saldo = ontvangsten + uitgaven", () => {
    const g = copy(UITGAVEN);
    // -378 + 0 = -378; -74.900 + 233.202 = 158.302; totals -75.278 + 233.202 = 157.924.
    g[2][2] = -378;
    g[3][2] = -74900;
    g[4][2] = -75278;
    const r = run(g);
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["sign-convention", "C2"]]);
  });

  it("a benutting table's Vervallen row as negative amounts: netto = bruto + vervallen", () => {
    const g = copy(BENUTTING);
    g[3] = [g[3][0], -9701607, -9378339, -16366533];
    const r = run(g);
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["sign-convention", "A4"]]);
    // 2014: 8.882.142 + (– 16.366.533) = – 7.484.391; publish – 7.484.390.
    g[4][3] = -7484390;
    expect(hits(run(g), "net")).toEqual([["D5", -7484391, -7484390]]);
  });
});
