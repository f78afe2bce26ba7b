import { BENUTTING, hits, only, run, withCell } from "../../../test/tables/support";

describe("net", () => {
  it("is silent when netto = bruto − vervallen every year (2016 EKV figures)", () => {
    expect(run(BENUTTING).findings).toEqual([]);
  });

  it("fires at the netto cell", () => {
    // 2014: 8.882.142 − 16.366.533 = – 7.484.391; published as + 7.484.391.
    const r = run(withCell(BENUTTING, "D5", 7484391));
    expect(hits(r, "net")).toEqual([["D5", -7484391, 7484391]]);
    expect(only(r, "net")[0].message).toBe(
      'Regel "Aangegane garantieverplichtingen (netto)", kolom "2014": verwacht – 7.484.391, gevonden 7.484.391 (verschil 14.968.782). Netto 2014 moet gelijk zijn aan bruto − vervallen = 8.882.142 − 16.366.533 = – 7.484.391.'
    );
  });

  it("does not apply to a table without a netto row", () => {
    expect(hits(run(BENUTTING.slice(0, 4)), "net")).toEqual([]);
  });
});
