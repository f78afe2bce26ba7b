import { GARANTIES, hits, only, run, withCell } from "../../../test/tables/support";

describe("total-ceiling", () => {
  it("is silent when uitstaand is within the total ceiling, and where it is 0 or blank", () => {
    // EKV H3 total ceiling 0: it has an annual ceiling instead.
    expect(hits(run(GARANTIES), "total-ceiling")).toEqual([]);
    expect(hits(run(withCell(GARANTIES, "H4", null)), "total-ceiling")).toEqual([]);
  });

  it("fires at the last year's uitstaand cell", () => {
    // WAKO total ceiling lowered to 9.000.000 while 9.768.901 is outstanding.
    const r = run(withCell(GARANTIES, "H5", 9000000));
    expect(hits(r, "total-ceiling")).toEqual([["F5", 9000000, 9768901]]);
    expect(only(r, "total-ceiling")[0].message).toBe(
      'Regel "WAKO (kernongevallen)", kolom "Uitstaande garanties 2016": uitstaand 9.768.901 is hoger dan het totaal plafond 9.000.000 ("Totaal plafond"); overschrijding 768.901.'
    );
  });

  it("does not compare an earlier year with the total ceiling", () => {
    // 2015 uitstaand of WAKO was 14.023.000, above its 2016 total ceiling: allowed.
    expect(hits(run(GARANTIES), "total-ceiling")).toEqual([]);
    expect(GARANTIES[4][2]).toBe(14023000);
  });

  it("exempts the total row", () => {
    // Total row: 23.192.579 outstanding against a total-ceiling sum of 9.818.901.
    expect(hits(run(GARANTIES), "total-ceiling")).toEqual([]);
  });
});
