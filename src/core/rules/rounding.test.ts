import { UITGAVEN, hits, only, run, withCell } from "../../../test/tables/support";
import type { CheckResult } from "../tables/model";

/** Findings marked as rounding, as [rule, cell, expected, actual]. */
function roundingHits(r: CheckResult): Array<[string, string, number | null, number | null]> {
  return r.findings.filter((f) => f.rounding).map((f) => [f.rule, f.cell, f.expected, f.actual]);
}

describe("rounding", () => {
  // Total uitgaven 75.279 instead of 378 + 74.900 = 75.278: two rounded items, so the margin is
  // (2 + 1)/2 = 1,5 and a difference of 1 can be rounding; 2 cannot.
  it("is off by default: the difference is an error", () => {
    const r = run(withCell(UITGAVEN, "C5", 75279));
    expect(hits(r, "column-total")).toEqual([["C5", 75278, 75279]]);
    expect(roundingHits(r)).toEqual([]);
    expect(r.findings[0].severity).toBe("error");
    expect("rounding" in r.findings[0]).toBe(false);
  });

  it("reports a difference within (n + 1)/2 as a warning under the rule that found it", () => {
    const r = run(withCell(UITGAVEN, "C5", 75279), { rounding: true });
    // The total saldo now disagrees by 1 as well: 233.202 − 75.279 = 157.923 vs 157.924 (n = 2).
    expect(roundingHits(r)).toEqual([
      ["column-total", "C5", 75278, 75279],
      ["saldo", "E5", 157923, 157924],
    ]);
    const [f] = only(r, "column-total");
    expect(f.severity).toBe("warning");
    expect(f.rounding).toBe(true);
    expect(f.message).toBe(
      'Regel "Totaal", kolom "Uitgaven 2016": verwacht 75.278, gevonden 75.279 (verschil 1). Het totaal moet gelijk zijn aan de som van de 2 regels erboven (75.278). Het verschil valt binnen de afrondingsmarge (n + 1)/2 = 1,5 voor 2 op hele eenheden afgeronde termen (XBRL Calculations 1.1); controleer of het een afrondingsverschil is.'
    );
  });

  it("gives two rounding findings at one cell two rules and two ids (one React key each)", () => {
    // Saldo total 157.925: off by 1 from ontvangsten − uitgaven 233.202 − 75.278 = 157.924 (n = 2)
    // and from the column's items – 378 + 158.302 = 157.924 (n = 2). On one cell, under one
    // placeholder rule, these two shared a key in the task pane.
    const r = run(withCell(UITGAVEN, "E5", 157925), { rounding: true });
    expect(r.findings.map((f) => [f.id, f.rule, f.severity, f.rounding])).toEqual([
      ["Blad1/E5/column-total", "column-total", "warning", true],
      ["Blad1/E5/saldo", "saldo", "warning", true],
    ]);
  });

  it("keeps a larger difference an error", () => {
    const r = run(withCell(UITGAVEN, "C5", 75280), { rounding: true });
    expect(hits(r, "column-total")).toEqual([["C5", 75278, 75280]]);
    expect(roundingHits(r)).toEqual([]);
  });

  it("counts only published terms: a blank is not a rounded figure", () => {
    // Saldo row 3: ontvangsten blank, uitgaven 378 → n = 1, margin 1; – 377 differs by 1.
    const r = run(withCell(UITGAVEN, "E3", -377), { rounding: true });
    // The saldo total then differs by 1 from – 377 + 158.302 = 157.925 (n = 2): rounding too.
    expect(roundingHits(r)).toEqual([
      ["saldo", "E3", -378, -377],
      ["column-total", "E5", 157925, 157924],
    ]);
    const s = run(withCell(UITGAVEN, "E3", -376), { rounding: true });
    expect(hits(s, "saldo")).toEqual([["E3", -378, -376]]);
  });

  it("tolerance hides differences up to it", () => {
    expect(run(withCell(UITGAVEN, "C5", 75279), { tolerance: 1 }).findings).toEqual([]);
    expect(hits(run(withCell(UITGAVEN, "C5", 75280), { tolerance: 1 }), "column-total")).toEqual([
      ["C5", 75278, 75280],
    ]);
  });
});

describe("rounding with decimals (tables in x € 1 mln. with one decimal)", () => {
  // 1,2 + 3,4 = 4,6; each figure rounded to 0,1, so the margin is (2 + 1)/2 × 0,1 = 0,15.
  const grid = [
    ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
    ["a", 1.2, 0, -1.2],
    ["b", 3.4, 0, -3.4],
    ["Totaal", 4.7, 0, -4.6],
  ];
  it("treats 0,1 as a rounding difference", () => {
    const r = run(grid, { rounding: true });
    expect(roundingHits(r)).toEqual([
      ["column-total", "B4", 4.6, 4.7],
      ["saldo", "D4", -4.7, -4.6],
    ]);
    expect(r.findings[0].message).toContain(
      "(n + 1)/2 × 0,1 = 0,15 voor 2 op 0,1 afgeronde termen"
    );
  });

  it("keeps 0,2 an error", () => {
    const g = grid.map((row) => [...row]);
    g[3][1] = 4.8;
    const r = run(g, { rounding: true });
    expect(hits(r, "column-total")).toEqual([["B4", 4.6, 4.8]]);
  });
});
