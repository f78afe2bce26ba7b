import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";

describe("not-a-number", () => {
  it("fires on other text in an amount column and on a footnote marker stuck to a number", () => {
    const r = run(withCell(GARANTIES, "C4", "zie noot"));
    expect(hits(r, "not-a-number")).toEqual([["C4", null, null]]);
    expect(only(r, "not-a-number")[0].severity).toBe("error");
    const s = run(withCell(GARANTIES, "F4", "50.0002"));
    expect(hits(s, "not-a-number")).toEqual([["F4", null, null]]);
    expect(only(s, "not-a-number")[0].message).toContain("voetnootcijfer");
  });

  it("fires on a boolean", () => {
    expect(hits(run(withCell(GARANTIES, "C4", true)), "not-a-number")).toEqual([
      ["C4", null, null],
    ]);
  });

  it("is silent on labels and on allowed contents", () => {
    expect(hits(run(GARANTIES), "not-a-number")).toEqual([]);
    for (const v of ["–", "-", "‒", "n.v.t.", "", "  "]) {
      expect(hits(run(withCell(GARANTIES, "D4", v)), "not-a-number")).toEqual([]);
    }
  });
});
