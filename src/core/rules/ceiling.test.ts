import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";

describe("ceiling", () => {
  it("is silent when verleend equals the ceiling, and where the ceiling is 0 or blank", () => {
    // EKV D3 10.000.000 = G3; NHT G4 is 0 and WAKO G5 blank: no annual ceiling applies.
    expect(hits(run(GARANTIES), "ceiling")).toEqual([]);
    const g = withCell(withCell(GARANTIES, "D4", 500), "D5", 700);
    expect(hits(run(g), "ceiling")).toEqual([]);
  });

  it("fires at the verleend cell when it exceeds the ceiling of the same year", () => {
    // EKV verleend 10.000.001 > plafond 10.000.000.
    const r = run(withCell(GARANTIES, "D3", 10000001));
    expect(hits(r, "ceiling")).toEqual([["D3", 10000000, 10000001]]);
    expect(only(r, "ceiling")[0].message).toBe(
      'Regel "Exportkredietverzekering", kolom "Geraamd te verlenen 2016": verleend 10.000.001 is hoger dan het garantieplafond 10.000.000 ("Garantieplafond 2016"); overschrijding 1.'
    );
  });

  it("exempts the total row", () => {
    const g = withCell(GARANTIES, "G6", 1);
    expect(hits(run(g), "ceiling")).toEqual([]);
  });

  it("compares with the ceiling of the same year only; a yearless ceiling is the last year's", () => {
    const g = [
      [
        "Omschrijving",
        "Uitstaand 2015",
        "Verleend 2016",
        "Vervallen 2016",
        "Uitstaand 2016",
        "Verleend 2017",
        "Vervallen 2017",
        "Uitstaand 2017",
        "Garantieplafond",
      ],
      // 2016 verleend 900 is above 800 but the ceiling column is 2017's; 2017: 850 > 800.
      ["Regeling", 0, 900, 0, 900, 850, 0, 1750, 800],
    ];
    expect(hits(run(g), "ceiling")).toEqual([["F2", 800, 850]]);
  });

  it("respects the tolerance", () => {
    expect(hits(run(withCell(GARANTIES, "D3", 10000001), { tolerance: 1 }), "ceiling")).toEqual([]);
  });

  it("reads a net ceiling with the option: verleend − vervallen", () => {
    // EKV: 10.000.001 − 10.000.000 = 1 ≤ 10.000.000: within a net ceiling, above a gross one.
    const g = withCell(withCell(GARANTIES, "D3", 10000001), "F3", 13373679);
    const totals = withCell(withCell(g, "D6", 10000001), "F6", 23192580);
    expect(hits(run(totals), "ceiling")).toEqual([["D3", 10000000, 10000001]]);
    expect(hits(run(totals, { ceiling: "netto" }), "ceiling")).toEqual([]);
    expect(run(totals, { ceiling: "netto" }).findings).toEqual([]);
    // Net 10.000.001 − 0 (vervallen set to 0, uitstaand rolled forward) exceeds 10.000.000 by 1.
    const n = withCell(withCell(withCell(totals, "E3", 0), "F3", 23373679), "E6", 4254099);
    const r = run(withCell(n, "F6", 33192580), { ceiling: "netto" });
    expect(hits(r, "ceiling")).toEqual([["D3", 10000000, 10000001]]);
    expect(only(r, "ceiling")[0].message).toContain(
      "verleend − vervallen = 10.000.001 − 0 = 10.000.001 is hoger dan het netto garantieplafond 10.000.000"
    );
    expect(r.findings.map((f) => f.rule)).toEqual(["ceiling"]);
  });
});
