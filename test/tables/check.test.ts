import { EkvError } from "../../src/core/errors";
import { allRules, checkSheets, ruleCatalogue } from "../../src/core/tables";
import { GARANTIES, UITGAVEN, copy, run, withCell } from "./support";

describe("checkSheets", () => {
  it("orders findings by sheet (input order), table, row, column, then rule", () => {
    const bad1 = withCell(withCell(UITGAVEN, "E4", 1), "C3", "tekst");
    const bad2 = withCell(GARANTIES, "F4", 50001);
    const r = checkSheets([
      { name: "Z-blad", values: bad2 },
      { name: "A-blad", values: bad1 },
    ]);
    expect(r.findings.map((f) => [f.sheet, f.table, f.cell, f.rule])).toEqual([
      ["Z-blad", 0, "F4", "roll-forward"],
      // NHT's 50.001 also exceeds its total ceiling of 50.000.
      ["Z-blad", 0, "F4", "total-ceiling"],
      ["Z-blad", 0, "F6", "column-total"],
      ["A-blad", 1, "C3", "not-a-number"],
      ["A-blad", 1, "E4", "saldo"],
      ["A-blad", 1, "E5", "column-total"],
    ]);
    expect(r.findings[0]).toMatchObject({ row: 3, col: 5, rowLabel: "Terrorismeschades (NHT)" });
  });

  it("refuses a negative or non-finite tolerance with a Dutch message", () => {
    expect(() => run(GARANTIES, { tolerance: -1 })).toThrow(EkvError);
    expect(() => run(GARANTIES, { tolerance: -1 })).toThrow(
      /tolerantie: -1 is geen geldige tolerantie/
    );
    expect(() => run(GARANTIES, { tolerance: Number.NaN })).toThrow(EkvError);
    expect(() => run(GARANTIES, { ceiling: "jaarlijks" as "bruto" })).toThrow(
      /plafond: "jaarlijks" is onbekend/
    );
  });

  it("does not change its input", () => {
    const g = copy(GARANTIES);
    const before = JSON.stringify(g);
    run(g);
    expect(JSON.stringify(g)).toBe(before);
  });

  it("publishes the rule catalogue with the ids and severities of the output format", () => {
    expect(ruleCatalogue.map((r) => [r.id, r.severity])).toEqual([
      ["roll-forward", "error"],
      ["loan-roll-forward", "error"],
      ["reserve-roll-forward", "error"],
      ["column-total", "error"],
      ["saldo", "error"],
      ["net", "error"],
      ["ceiling", "error"],
      ["total-ceiling", "error"],
      ["negative", "error"],
      ["achterborg-negative", "error"],
      ["currency-amount", "error"],
      ["looptijd", "warning"],
      ["sign-convention", "warning"],
      ["number-as-text", "warning"],
      ["not-a-number", "error"],
      ["cell-error", "error"],
      ["unknown-column", "warning"],
      ["header-year", "error"],
      ["header-typo", "error"],
      ["not-calculated", "warning"],
    ]);
    for (const r of allRules) {
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.source.length).toBeGreaterThan(10);
    }
  });

  it("checks 50 000 item rows exactly, finding the one planted mistake", () => {
    // Row i: uitstaand t-1 = i, verleend 3, vervallen 1, uitstaand t = i + 2.
    const n = 50000;
    const values: Array<Array<string | number | null>> = [
      [
        "Omschrijving",
        "Uitstaande garanties 2023",
        "Verleend 2024",
        "Vervallen 2024",
        "Uitstaande garanties 2024",
      ],
    ];
    for (let i = 1; i <= n; i++) values.push([`Regeling ${i}`, i, 3, 1, i + 2]);
    // Σ i = n(n + 1)/2 = 1.250.025.000; Σ (i + 2) = 1.250.125.000.
    values.push(["Totaal", (n * (n + 1)) / 2, 3 * n, n, (n * (n + 1)) / 2 + 2 * n]);
    values[30000][4] = 1; // i = 30.000 (sheet row 30.001): expected 30.000 + 3 − 1 = 30.002
    const r = checkSheets([{ name: "Groot", values }]);
    expect(r.findings.map((f) => [f.cell, f.rule, f.expected, f.actual])).toEqual([
      ["E30001", "roll-forward", 30002, 1],
      // Items now sum to 1.250.125.000 − 30.002 + 1 = 1.250.094.999.
      ["E50002", "column-total", 1250094999, 1250125000],
    ]);
  });
});
