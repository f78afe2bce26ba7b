import {
  BENUTTING,
  GARANTIES,
  UITGAVEN,
  hits,
  only,
  run,
  withCell,
} from "../../../test/tables/support";

describe("negative", () => {
  it("is silent on negative saldo and negative netto", () => {
    expect(hits(run(UITGAVEN), "negative")).toEqual([]);
    expect(hits(run(BENUTTING), "negative")).toEqual([]);
  });

  it("fires on a negative vervallen, uitstaand, plafond or uitgaven", () => {
    // Vervallen written as a negative figure: also breaks the roll-forward.
    const r = run(withCell(GARANTIES, "E5", -4254099));
    expect(hits(r, "negative")).toEqual([["E5", null, -4254099]]);
    expect(only(r, "negative")[0].message).toBe(
      'Regel "WAKO (kernongevallen)", kolom "Geraamd te vervallen 2016": negatief bedrag – 4.254.099; vervallen garanties kan niet negatief zijn.'
    );
    expect(hits(run(withCell(UITGAVEN, "C3", "– 378")), "negative")).toEqual([["C3", null, -378]]);
  });

  it("fires on negative bruto in a benutting table, not on netto", () => {
    const r = run(withCell(BENUTTING, "B3", -1));
    expect(hits(r, "negative")).toEqual([["B3", null, -1]]);
  });
});
