/**
 * `--tolerance` in Dutch notation (issue 8 point 8): read exactly as EKV.GETAL reads text, so
 * "1.000" is a thousand and text a Dutch reader could read two ways is refused.
 */
import { parseTolerance } from "../../src/cli/main";
import { GETAL } from "../../src/functions/garanties";
import { EXAMPLE, runCli } from "./helpers";

describe("parseTolerance", () => {
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
    expect(parseTolerance(text)).toBe(value);
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
    expect(() => parseTolerance(text)).toThrow(`Ongeldige waarde voor --tolerance: `);
    expect(() => parseTolerance(text)).toThrow(why);
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
      if (ok) expect([t, parseTolerance(t)]).toEqual([t, getal]);
      else expect(() => parseTolerance(t)).toThrow("Ongeldige waarde voor --tolerance");
    }
  });
});

describe("ekv check --tolerance in Dutch notation", () => {
  // The example's one real mistake: saldo total L24 is 172.276, ontvangsten − uitgaven 168.291
  // (difference 3.985), and the column's items add up to 168.291 as well.
  test("--tolerance 4.000 (four thousand) covers the difference of 3.985: exit 0", () => {
    const r = runCli(["check", EXAMPLE, "--tolerance", "4.000", "--json"]);
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> }).files[0].findings
    ).toEqual([]);
  });

  test("--tolerance 3.984 leaves the two findings at L24: exit 1", () => {
    const r = runCli(["check", EXAMPLE, "--tolerance=3.984", "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      files: Array<{ findings: Array<{ cell: string; rule: string }> }>;
    };
    expect(doc.files[0].findings.map((f) => [f.cell, f.rule])).toEqual([
      ["L24", "column-total"],
      ["L24", "saldo"],
    ]);
  });

  test("--tolerance 1.27 is refused as ambiguous, one line, exit 2", () => {
    const r = runCli(["check", EXAMPLE, "--tolerance", "1.27"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'ekv: Ongeldige waarde voor --tolerance: "1.27" is geen bedrag in Nederlandse notatie: na de punt staan 2 cijfers; in het Nederlands groepeert de punt duizendtallen. Bedoelt u 1,27? Schrijf dan een komma. Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.\n'
    );
  });
});
