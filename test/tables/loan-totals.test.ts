/**
 * Loan tables as published (issue 10 point 1; IV, model 3.21b): the totals stand ABOVE the items
 * — "Totaal verstrekte leningen" over "Totaal leningen Curaçao" and its loans — and are checked
 * like any total; Afgelost published as negative amounts is the sign convention (issue 8 point
 * 3); an amount written with its own unit ("74,9 mln") is read in every kind of table and
 * compared in the table's unit, and never guessed when the table names no unit. Figures by hand.
 */
import { type Grid, hits, only, run, setCell } from "./support";

const HEADER = [
  "Omschrijving",
  "Uitstaande lening 2020",
  "Verstrekt 2021",
  "Afgelost 2021",
  "Uitstaande lening 2021",
];

/**
 * x € 1.000. Curaçao 1,6%: 108.084 + 0 − 3.789 = 104.295; 1,0%: 29.702 unchanged; Sint Maarten
 * 50.000 unchanged. Totaal leningen Curaçao 137.786, 0, 3.789, 133.997; Totaal leningen Sint
 * Maarten 50.000; Totaal verstrekte leningen 187.786, 0, 3.789, 183.997 (items, not groups).
 */
const ABOVE: Grid = [
  ["Overzicht verstrekte leningen (bedragen x € 1.000)"],
  HEADER,
  ["Totaal verstrekte leningen", 187786, 0, 3789, 183997],
  ["Totaal leningen Curaçao", 137786, 0, 3789, 133997],
  ["Lening Curaçao 1,6%", 108084, 0, 3789, 104295],
  ["Lening Curaçao 1,0%", 29702, 0, 0, 29702],
  ["Totaal leningen Sint Maarten", 50000, 0, 0, 50000],
  ["Lening Sint Maarten", 50000, 0, 0, 50000],
];

const set = setCell;

describe("loan totals above the items", () => {
  it("is consistent as published: every total checked, nothing counted twice", () => {
    const r = run(ABOVE);
    expect(r.tables.map((t) => [t.kind, t.range])).toEqual([["leningen", "A2:E8"]]);
    expect(r.findings).toEqual([]);
    expect(r.tables[0].coverage).toEqual({ checkedCells: 24, uncheckedCells: 0, unchecked: [] });
  });

  it("a group total above its loans is checked against them", () => {
    // Totaal leningen Curaçao 2020 137.787: its loans 108.084 + 29.702 = 137.786; and its own
    // roll-forward 137.787 + 0 − 3.789 = 133.998 ≠ 133.997. The grand total adds the loans:
    // 108.084 + 29.702 + 50.000 = 187.786 still holds.
    const r = run(set(ABOVE, 3, 1, 137787));
    expect(hits(r, "column-total")).toEqual([["B4", 137786, 137787]]);
    expect(hits(r, "loan-roll-forward")).toEqual([["E4", 133998, 133997]]);
    expect(r.findings).toHaveLength(2);
    expect(r.findings[0].message).toContain("de som van de 2 regels eronder tot het volgende");
  });

  it("the grand total above everything is checked against the loans", () => {
    // 104.295 + 29.702 + 50.000 = 183.997, published 183.998; 187.786 − 3.789 = 183.997.
    const r = run(set(ABOVE, 2, 4, 183998));
    expect(hits(r, "column-total")).toEqual([["E3", 183997, 183998]]);
    expect(hits(r, "loan-roll-forward")).toEqual([["E3", 183997, 183998]]);
    expect(only(r, "column-total")[0].message).toContain("de som van de 3 regels eronder");
  });

  it("a loan table with its total below is checked too", () => {
    // 108.084 + 29.702 = 137.786; published 137.787.
    const r = run([
      ["Overzicht verstrekte leningen (bedragen x € 1.000)"],
      HEADER,
      ["Lening Curaçao 1,6%", 108084, 0, 3789, 104295],
      ["Lening Curaçao 1,0%", 29702, 0, 0, 29702],
      ["Totaal", 137787, 0, 3789, 133998],
    ]);
    // Its own roll-forward holds (137.787 − 3.789 = 133.998), but 104.295 + 29.702 = 133.997.
    expect(hits(r, "column-total")).toEqual([
      ["B5", 137786, 137787],
      ["E5", 133997, 133998],
    ]);
    expect(hits(r, "loan-roll-forward")).toEqual([]);
  });
});

describe("Afgelost published as negative amounts (sign convention)", () => {
  const negative: Grid = [
    ["Overzicht verstrekte leningen (bedragen x € 1.000)"],
    HEADER,
    ["Lening Curaçao 1,6%", 108084, 0, -3789, 104295],
    ["Lening Curaçao 1,0%", 29702, 0, 0, 29702],
    ["Totaal", 137786, 0, -3789, 133997],
  ];

  it("one warning at its header; the roll-forward adds it as written", () => {
    const r = run(negative);
    expect(r.findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ["sign-convention", "D2", "warning"],
    ]);
    expect(r.findings[0].message).toBe(
      '"Afgelost 2021" staat als negatieve bedragen gepubliceerd (alle bedragen ≤ 0, 2 < 0); gecontroleerd met dat teken: uitstaand = uitstaand vorig jaar + verstrekt + afgelost ± mutaties (afgelost negatief).'
    );
  });

  it("a planted error is still found with that sign", () => {
    // 108.084 + 0 + (– 3.789) = 104.295, published 104.296; total 104.296 + 29.702 = 133.998.
    const r = run(set(negative, 2, 4, 104296));
    expect(hits(r, "loan-roll-forward")).toEqual([["E3", 104295, 104296]]);
    expect(hits(r, "column-total")).toEqual([["E5", 133998, 133997]]);
    expect(only(r, "loan-roll-forward")[0].message).toContain("108.084 + 0 + (– 3.789) = 104.295");
  });

  it("mixed signs are no convention: the equation subtracts as the model does", () => {
    // Afgelost – 3.789 and 10: 108.084 + 0 − (– 3.789) = 111.873 ≠ 104.295; the 1,0% loan
    // 29.702 − 10 = 29.692 holds; Totaal 137.786 − (– 3.779) = 141.565 ≠ 133.997.
    const mixed = set(set(negative, 3, 3, 10), 3, 4, 29692);
    const r = run(set(mixed, 4, 3, -3779));
    expect(only(r, "sign-convention")).toEqual([]);
    expect(hits(r, "loan-roll-forward")).toEqual([
      ["E3", 111873, 104295],
      ["E5", 141565, 133997],
    ]);
  });
});

describe("amounts written with their own unit, in every kind of table", () => {
  // Uitgaven/ontvangsten x € 1.000: "74,9 mln" is € 74.900.000 = 74.900 in the table's unit;
  // saldo 233.202 − 74.900 = 158.302, total 378 + 74.900 = 75.278.
  const table: Grid = [
    ["Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)"],
    ["Nr", "Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
    [1, "Garantie procesrisico's", 378, null, -378],
    [2, "Exportkredietverzekering", "74,9 mln", 233202, 158302],
    [null, "Totaal", 75278, 233202, 157924],
  ];

  it("is converted to the table's unit in an uitgaven/ontvangsten table", () => {
    const r = run(table);
    expect(r.findings.map((f) => [f.rule, f.cell, f.actual])).toEqual([
      ["number-as-text", "C4", 74900],
    ]);
  });

  it('in a table x € 1 mln: "€ 74.900 mln" is 74.900', () => {
    const mln = set(
      set(table, 0, 0, "Overzicht uitgaven en ontvangsten garanties (x € 1 mln)"),
      3,
      2,
      "€ 74.900 mln"
    );
    expect(run(mln).findings.map((f) => [f.rule, f.cell, f.actual])).toEqual([
      ["number-as-text", "C4", 74900],
    ]);
  });

  it("is not guessed when the table names no unit: named, with the reason", () => {
    const r = run(table.slice(1));
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["not-a-number", "C3"]]);
    expect(r.findings[0].message).toContain(
      '"74,9 mln" noemt een eigen eenheid, maar de tabel noemt geen eenheid'
    );
    expect(r.tables[0].coverage?.unchecked).toContainEqual({
      range: "C3",
      reason: "bedrag met een eigen eenheid in een tabel zonder eenheid: niet omgerekend",
    });
  });

  it("an achterborgstelling table without a unit names '3,1 mld.' as not converted", () => {
    const r = run([
      ["Omschrijving", "t-2", "t-1", "t"],
      ["Achterborgstelling", 3100, "3,1 mld.", 3200],
      ["Obligo", 1200, 1250, 1300],
    ]);
    expect(r.tables.map((t) => t.kind)).toEqual(["achterborgstellingen"]);
    expect(r.findings.map((f) => [f.rule, f.cell])).toEqual([["not-a-number", "C2"]]);
  });
});
