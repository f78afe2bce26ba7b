import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";

describe("unknown-column", () => {
  it("warns at a header it cannot read and still checks the rest", () => {
    // "Garanties eind 2016" is no known header and no near miss of one (a near miss is the
    // error header-typo); EKV verleend above its ceiling shows the rest is still checked.
    const g = withCell(withCell(GARANTIES, "F2", "Garanties eind 2016"), "D3", 10000001);
    const r = run(g);
    expect(hits(r, "unknown-column")).toEqual([["F2", null, null]]);
    const [f] = only(r, "unknown-column");
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      'Kolomkop "Garanties eind 2016" is niet herkend: de kop komt met geen bekende kolom overeen. Deze kolom is niet gecontroleerd.'
    );
    expect(hits(r, "ceiling")).toEqual([["D3", 10000000, 10000001]]);
    // D3 also sums to 10.000.001 ≠ 10.000.000 in the total.
    expect(hits(r, "column-total")).toEqual([["D6", 10000001, 10000000]]);
  });

  it("warns at a column of another kind of table", () => {
    const g = withCell(GARANTIES, "I2", "Saldo 2016");
    expect(hits(run(g), "unknown-column")).toEqual([["I2", null, null]]);
  });

  it("is silent on every known header", () => {
    expect(hits(run(GARANTIES), "unknown-column")).toEqual([]);
  });
});
