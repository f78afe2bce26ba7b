/**
 * The one tolerance parser (issue 8 point 8): the CLI's --tolerance, the task pane's tolerance
 * field and EKV.CONTROLEER's tolerantie read text exactly as EKV.GETAL does, so "1.000" is a
 * thousand and text a Dutch reader could read two ways is refused.
 */
import { parseTolerance } from "../../src/core/tolerance";
import { GETAL } from "../../src/functions/garanties";

describe("parseTolerance (core)", () => {
  it.each([
    ["1", 1],
    ["0", 0],
    ["0,5", 0.5],
    ["1.000", 1000],
    ["1.000,5", 1000.5],
    ["12.500", 12500],
    [" 2.000 ", 2000],
    ["€ 1.000", 1000],
    ["1 mln", 1000000],
  ])("reads %p as %p", (text, value) => {
    expect(parseTolerance(text)).toEqual({ ok: true, value });
  });

  it.each([
    [
      "1.27",
      "na de punt staan 2 cijfers; in het Nederlands groepeert de punt duizendtallen. Bedoelt u 1,27?",
    ],
    [
      "0.5",
      "een getal met duizendtalpunten begint niet met een 0 (Engelse notatie?); in het Nederlands is de komma het decimaalteken. Bedoelt u 0,5?",
    ],
    ["1,000.5", "een punt na de komma (Engelse notatie?)"],
    ["79.3002", 'na een punt staan 4 cijfers ("3002")'],
    ["veel", 'het teken "v" hoort niet in een bedrag'],
    ["", "de tekst is leeg."],
    ["-1", '"-1" is negatief.'],
    ["5%", '"5%" is een percentage; de tolerantie is een bedrag in de eenheid van de tabel.'],
    ["2.000.000.000.000.000", "groter dan 10^15"],
  ])("refuses %p: %s", (text, why) => {
    const r = parseTolerance(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.reason).toContain(why);
  });

  it("accepts and refuses exactly what EKV.GETAL accepts and refuses (a non-negative amount)", () => {
    const texts = [
      "1",
      "1.000",
      "1.000,25",
      "0,5",
      "0.5",
      "1.27",
      "1.2.3",
      "12,34,5",
      "79.3002",
      "€ 3",
      "3 mld.",
      "– 2",
      "abc",
      "1 000",
      "1.0000",
      "10.00",
      ",5",
      "5,",
      "007",
      "1.000.000",
    ];
    for (const t of texts) {
      let getal: number | Error;
      try {
        getal = GETAL(t);
      } catch (e) {
        getal = e as Error;
      }
      const ok = typeof getal === "number" && !(getal < 0) && t.trim() !== "";
      if (ok) expect([t, parseTolerance(t)]).toEqual([t, { ok: true, value: getal }]);
      else expect([t, parseTolerance(t).ok]).toEqual([t, false]);
    }
  });
});
