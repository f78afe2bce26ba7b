import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";
import { numberAsText } from "./number-as-text";

describe("number-as-text", () => {
  it("warns at the cell and still uses the value", () => {
    const r = run(withCell(GARANTIES, "C4", "50.000"));
    expect(hits(r, "number-as-text")).toEqual([["C4", null, 50000]]);
    expect(only(r, "number-as-text")[0].severity).toBe("warning");
    expect(numberAsText.severity).toBe("warning");
    // 50.000 used: roll-forward and column-total still hold.
    expect(r.findings.map((f) => f.rule)).toEqual(["number-as-text"]);
  });

  it("uses the text value in the other rules", () => {
    const r = run(withCell(GARANTIES, "C4", "50.001"));
    expect(hits(r, "roll-forward")).toEqual([["F4", 50001, 50000]]);
  });

  it("is silent on real numbers, blanks, dashes and n.v.t.", () => {
    for (const v of [50000, null, "–", "n.v.t.", "nvt"]) {
      expect(hits(run(withCell(GARANTIES, "D4", v)), "number-as-text")).toEqual([]);
    }
  });
});
