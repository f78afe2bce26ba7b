import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";
import { rollForward } from "./roll-forward";

describe("roll-forward", () => {
  it("is silent on a table that rolls forward on every row and the total", () => {
    expect(run(GARANTIES).findings).toEqual([]);
  });

  it("fires at the uitstaand cell of the row that does not roll forward", () => {
    // F4 NHT: 50.000 + 0 − 0 = 50.000, published 50.001.
    const r = run(withCell(GARANTIES, "F4", 50001));
    expect(hits(r, "roll-forward")).toEqual([["F4", 50000, 50001]]);
    const [f] = only(r, "roll-forward");
    expect(f.severity).toBe("error");
    expect(f.rowLabel).toBe("Terrorismeschades (NHT)");
    expect(f.columnHeader).toBe("Uitstaande garanties 2016");
    expect(f.message).toBe(
      'Regel "Terrorismeschades (NHT)", kolom "Uitstaande garanties 2016": verwacht 50.000, gevonden 50.001 (verschil 1). Uitstaand 2016 moet gelijk zijn aan uitstaand 2015 + verleend 2016 − vervallen 2016 = 50.000 + 0 − 0 = 50.000.'
    );
    expect(rollForward.severity).toBe("error");
  });

  it("checks the total row too", () => {
    // E6 vervallen total 14.254.100: items sum to 14.254.099 (column-total) and
    // 27.446.678 + 10.000.000 − 14.254.100 = 23.192.578 ≠ 23.192.579 (roll-forward at F6).
    const r = run(withCell(GARANTIES, "E6", 14254100));
    expect(hits(r, "roll-forward")).toEqual([["F6", 23192578, 23192579]]);
    expect(hits(r, "column-total")).toEqual([["E6", 14254099, 14254100]]);
  });

  it("treats blank and a lone dash as 0 and accepts negative notations in the formula", () => {
    const g = withCell(withCell(GARANTIES, "D4", "–"), "E4", " ");
    expect(hits(run(g), "roll-forward")).toEqual([]);
  });

  it("checks every consecutive pair of years, relative years included", () => {
    const g = [
      [
        "Nr.",
        "Omschrijving",
        "Uitstaand t-2",
        "Verleend t-1",
        "Vervallen t-1",
        "Uitstaand t-1",
        "Verleend t",
        "Vervallen t",
        "Uitstaand t",
      ],
      // t-1: 100 + 20 − 10 = 110 ✓; t: 110 + 5 − 30 = 85, published 86.
      [1, "Regeling", 100, 20, 10, 110, 5, 30, 86],
    ];
    expect(hits(run(g), "roll-forward")).toEqual([["I2", 85, 86]]);
  });

  it("does not pair years that are not consecutive or a year block without verleend", () => {
    const g = [
      [
        "Omschrijving",
        "Uitstaande garanties 2014",
        "Verleend 2016",
        "Vervallen 2016",
        "Uitstaande garanties 2016",
      ],
      ["Regeling", 100, 0, 0, 999],
    ];
    expect(hits(run(g), "roll-forward")).toEqual([]);
    const h = [
      ["Omschrijving", "Uitstaande garanties 2015", "Vervallen 2016", "Uitstaande garanties 2016"],
      ["Regeling", 100, 0, 999],
    ];
    expect(hits(run(h), "roll-forward")).toEqual([]);
  });

  it("skips a row whose term is not a number (reported by its own rule), n.v.t. or an error", () => {
    expect(hits(run(withCell(GARANTIES, "C4", "abc")), "roll-forward")).toEqual([]);
    expect(hits(run(withCell(GARANTIES, "C4", "n.v.t.")), "roll-forward")).toEqual([]);
    expect(hits(run(withCell(GARANTIES, "F4", { error: "#VERW!" })), "roll-forward")).toEqual([]);
  });

  it("is exact with decimals (0,1 + 0,2 = 0,3) and reads cells as Excel shows them", () => {
    const g = [
      ["Omschrijving", "Uitstaand 2015", "Verleend 2016", "Vervallen 2016", "Uitstaand 2016"],
      ["Regeling", 0.1, 0.2, 0, 0.3],
      // Excel's =B3+C3-D3 stores 0,30000000000000004 and shows 0,3: right as shown.
      ["Regeling 2", 0.1, 0.2, 0, 0.1 + 0.2],
      ["Regeling 3", 0.1, 0.2, 0, 0.31],
    ];
    expect(hits(run(g), "roll-forward")).toEqual([["E4", 0.3, 0.31]]);
  });
});
