import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";

describe("cell-error", () => {
  it("fires on an error value from a reader and on error text from Excel", () => {
    const r = run(withCell(GARANTIES, "F6", { error: "#VERW!" }));
    expect(hits(r, "cell-error")).toEqual([["F6", null, null]]);
    expect(only(r, "cell-error")[0].message).toBe(
      'Regel "Totaal", kolom "Uitstaande garanties 2016": foutwaarde #VERW!; herstel eerst die fout. Deze cel doet niet mee in de andere controles.'
    );
    // The total cannot be checked, so column-total and roll-forward stay silent there.
    expect(r.findings.map((f) => f.rule)).toEqual(["cell-error"]);
    expect(hits(run(withCell(GARANTIES, "C3", "#REF!")), "cell-error")).toEqual([
      ["C3", null, null],
    ]);
  });

  it("is silent on a correct table", () => {
    expect(hits(run(GARANTIES), "cell-error")).toEqual([]);
  });
});
