/**
 * `--tolerance` in Dutch notation (issue 8 point 8): read exactly as EKV.GETAL reads text, so
 * "1.000" is a thousand and text a Dutch reader could read two ways is refused.
 */
import { parseToleranceOption } from "../../src/cli/main";
import { EXAMPLE, runCli } from "./helpers";

describe("parseToleranceOption", () => {
  it("reads through the core's tolerance parser: 1.000 is a thousand", () => {
    expect(parseToleranceOption("1.000")).toBe(1000);
    expect(parseToleranceOption("0,5")).toBe(0.5);
  });

  it("refuses what the core refuses, with the option named and a hint", () => {
    expect(() => parseToleranceOption("5%")).toThrow(
      'Ongeldige waarde voor --tolerance: "5%" is een percentage; de tolerantie is een bedrag in de eenheid van de tabel. Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.'
    );
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
