/**
 * Annual-report headers (RBV model 3.21b, issue 10 point 1): Inkomsten for ontvangsten, the
 * columns Verleend t | Vervallen t | Totaalstand risicovoorziening, Stand risicovoorziening and
 * Totaalstand mutatie volume risicovoorziening per year, years in a separate row under the
 * column names, and a year in brackets ("Uitstaand (2016)"). Each table is recognised with every
 * column and a planted defect is found at its cell; figures by hand in the comments.
 */
import { hits, only, run } from "./support";

describe("annual-report uitgaven/ontvangsten table", () => {
  // x € 1.000. Row 3 A: 30 − 10 = 20; row 4 B: 0 − 5 = – 5; Totaal: 15, 30, 15 (= 30 − 15),
  // stand 100 + 50 = 150, mutatie 20 + – 5 = 15.
  const table = [
    ["Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)"],
    [
      "Omschrijving",
      "Uitgaven 2016",
      "Inkomsten 2016",
      "Saldo 2016",
      "Stand risicovoorziening 2016",
      "Totaalstand mutatie volume risicovoorziening 2016",
    ],
    ["A", 10, 30, 20, 100, 20],
    ["B", 5, 0, -5, 50, -5],
    ["Totaal", 15, 30, 15, 150, 15],
  ];

  it("reads Inkomsten as ontvangsten and the reserve columns: every amount checked", () => {
    const r = run(table);
    expect(r.findings).toEqual([]);
    expect(r.tables.map((t) => [t.kind, t.range, t.years])).toEqual([
      ["uitgaven-ontvangsten", "A2:F5", [2016]],
    ]);
    expect(r.tables[0].coverage).toEqual({ checkedCells: 15, uncheckedCells: 0, unchecked: [] });
  });

  it("checks the saldo against Inkomsten and the reserve columns against their total", () => {
    const bad = table.map((row) => [...row]);
    bad[2][2] = 31; // Inkomsten A: saldo 31 − 10 = 21 ≠ 20; total 31 + 0 = 31 ≠ 30.
    bad[3][5] = -6; // mutatie B: total 20 + – 6 = 14 ≠ 15.
    const r = run(bad);
    expect(hits(r, "saldo")).toEqual([["D3", 21, 20]]);
    expect(hits(r, "column-total")).toEqual([
      ["C5", 31, 30],
      ["F5", 14, 15],
    ]);
    expect(only(r, "unknown-column")).toEqual([]);
  });
});

describe("annual-report garanties overview", () => {
  // Verleend t | Vervallen t | Totaalstand risicovoorziening, years in a row under the names.
  // A: 100 + 20 − 10 = 110; B: 50 + 0 − 5 = 45; Totaal 150 + 20 − 15 = 155; reserve 5 + 0 = 5.
  const table = [
    ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
    [
      "Omschrijving",
      "Uitstaand",
      "Verleend",
      "Vervallen",
      "Uitstaand",
      "Totaalstand risicovoorziening",
    ],
    [null, "t-1", "t", "t", "t", null],
    ["A", 100, 20, 10, 110, 5],
    ["B", 50, 0, 5, 45, 0],
    ["Totaal", 150, 20, 15, 155, 5],
  ];

  it("reads the years from the row under the names, relative years included", () => {
    const r = run(table);
    expect(r.findings).toEqual([]);
    expect(r.tables.map((t) => [t.kind, t.range, t.years])).toEqual([
      ["garanties", "A2:F6", ["t-1", "t"]],
    ]);
    expect(r.tables[0].coverage?.uncheckedCells).toBe(0);
  });

  it("finds a roll-forward error and a reserve total error there", () => {
    const bad = table.map((row) => [...row]);
    bad[3][4] = 111; // A: 100 + 20 − 10 = 110; total 111 + 45 = 156 ≠ 155.
    bad[5][5] = 6; // reserve total: 5 + 0 = 5.
    const r = run(bad);
    expect(hits(r, "roll-forward")).toEqual([["E4", 110, 111]]);
    expect(hits(r, "column-total")).toEqual([
      ["E6", 156, 155],
      ["F6", 5, 6],
    ]);
  });

  it('reads a year in brackets: "Uitstaand (2015)" … "Uitstaand (2016)"', () => {
    const r = run([
      [
        "Omschrijving",
        "Uitstaand (2015)",
        "Verleend (2016)",
        "Vervallen (2016)",
        "Uitstaand (2016)",
      ],
      ["A", 100, 20, 10, 111], // 100 + 20 − 10 = 110
      ["Totaal", 100, 20, 10, 110],
    ]);
    expect(r.tables.map((t) => t.years)).toEqual([[2015, 2016]]);
    expect(hits(r, "roll-forward")).toEqual([["E2", 110, 111]]);
    expect(hits(r, "column-total")).toEqual([["E3", 111, 110]]);
    expect(only(r, "unknown-column")).toEqual([]);
  });
});
