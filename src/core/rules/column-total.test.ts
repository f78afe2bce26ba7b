import { GARANTIES, UITGAVEN, hits, only, run, withCell } from "../../../test/tables/support";

describe("column-total", () => {
  it("is silent when every total is the sum of the rows above", () => {
    expect(hits(run(GARANTIES), "column-total")).toEqual([]);
    expect(hits(run(UITGAVEN), "column-total")).toEqual([]);
  });

  it("fires at the total cell with the exact sum", () => {
    // C3 + C4 in the uitgaven table: 378 + 74.900 = 75.278; published total 75.287 (digits swapped).
    const r = run(withCell(UITGAVEN, "C5", 75287));
    expect(hits(r, "column-total")).toEqual([["C5", 75278, 75287]]);
    expect(only(r, "column-total")[0].message).toBe(
      'Regel "Totaal", kolom "Uitgaven 2016": verwacht 75.278, gevonden 75.287 (verschil 9). Het totaal moet gelijk zijn aan de som van de 2 regels erboven (75.278).'
    );
  });

  it("reports an empty total cell (blank counts as 0)", () => {
    expect(hits(run(withCell(GARANTIES, "H6", null)), "column-total")).toEqual([
      ["H6", 9818901, 0],
    ]);
  });

  it("lets an n.v.t. item add nothing and skips a column with a text item", () => {
    // H3 n.v.t. instead of 0: the total 50.000 + 9.768.901 = 9.818.901 still holds.
    expect(hits(run(withCell(GARANTIES, "H3", "n.v.t.")), "column-total")).toEqual([]);
    expect(hits(run(withCell(GARANTIES, "C4", "vijftigduizend")), "column-total")).toEqual([]);
  });

  it("does nothing without a total row", () => {
    expect(hits(run(GARANTIES.slice(0, 5)), "column-total")).toEqual([]);
  });

  it("finds the Totaal label in any label column", () => {
    const g = withCell(withCell(GARANTIES, "B6", null), "A6", "Totaal");
    expect(hits(run(withCell(g, "C6", 1)), "column-total")).toEqual([["C6", 27446678, 1]]);
  });

  it("does not add a 'waarvan' row again: it is part of the row above", () => {
    // Items 378 + 74.900 = 75.278; "waarvan premies" 50.000 is part of the EKV row.
    const g = [
      ...UITGAVEN.slice(0, 4).map((r) => [...r]),
      [null, "waarvan premies", 50000, 50000, 0],
      [null, "Totaal", 75278, 233202, 157924],
    ];
    const r = run(g);
    expect(hits(r, "column-total")).toEqual([]);
    const bad = g.map((row) => [...row]);
    bad[5][2] = 125278;
    expect(only(run(bad), "column-total")[0].message).toBe(
      'Regel "Totaal", kolom "Uitgaven 2016": verwacht 75.278, gevonden 125.278 (verschil 50.000). Het totaal moet gelijk zijn aan de som van de 2 regels erboven (75.278); regels die met "waarvan" beginnen tellen niet mee, ze zitten al in de regel erboven.'
    );
  });
});
