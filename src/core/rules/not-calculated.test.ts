import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";

describe("not-calculated", () => {
  it("warns at a formula without a cached value and leaves it out of the sums", () => {
    const r = run(withCell(GARANTIES, "C6", { uncalculated: "SUM(C3:C5)" }));
    expect(hits(r, "not-calculated")).toEqual([["C6", null, null]]);
    expect(only(r, "not-calculated")[0].severity).toBe("warning");
    expect(r.findings.map((f) => f.rule)).toEqual(["not-calculated"]);
  });

  it("is silent on calculated cells", () => {
    expect(hits(run(GARANTIES), "not-calculated")).toEqual([]);
  });
});
