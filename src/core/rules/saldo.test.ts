import { UITGAVEN, hits, only, run, withCell } from "../../../test/tables/support";

describe("saldo", () => {
  it("is silent when saldo = ontvangsten − uitgaven on every row", () => {
    expect(run(UITGAVEN).findings).toEqual([]);
  });

  it("fires at the saldo cell, also for a sign error", () => {
    // E3: 0 − 378 = – 378; published 378 (sign lost).
    const r = run(withCell(UITGAVEN, "E3", 378));
    expect(hits(r, "saldo")).toEqual([["E3", -378, 378]]);
    expect(only(r, "saldo")[0].message).toBe(
      'Regel "Garantie procesrisico\'s", kolom "Saldo 2016": verwacht – 378, gevonden 378 (verschil 756). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 0 − 378 = – 378.'
    );
  });

  it("checks the total row", () => {
    // Total ontvangsten 233.203: column-total at D5 and saldo 233.203 − 75.278 = 157.925 ≠ 157.924.
    const r = run(withCell(UITGAVEN, "D5", 233203));
    expect(hits(r, "saldo")).toEqual([["E5", 157925, 157924]]);
  });

  it("reads negative saldo text with en dash, figure dash, minus sign or hyphen", () => {
    for (const t of ["– 378", "‒ 378", "−378", "- 378"]) {
      const r = run(withCell(UITGAVEN, "E3", t));
      expect(hits(r, "saldo")).toEqual([]);
      expect(hits(r, "number-as-text")).toEqual([["E3", null, -378]]);
    }
  });

  it("pairs columns by year, including a stand risicovoorziening column in between", () => {
    const g = [
      [
        "Nr.",
        "Omschrijving",
        "Uitg.2019",
        "Ontv.2019",
        "Stand risicovoorz. 2019",
        "Saldo 2019",
        "Uitg. 2020",
        "Ontv. 2020",
        "Saldo 2020",
      ],
      // 2019: 30 − 10 = 20 ✓; 2020: 40 − 5 = 35, published 36.
      [1, "Regeling", 10, 30, 500, 20, 5, 40, 36],
    ];
    const r = run(g);
    expect(r.tables[0].kind).toBe("uitgaven-ontvangsten");
    expect(hits(r, "saldo")).toEqual([["I2", 35, 36]]);
  });
});
