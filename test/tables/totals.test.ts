/**
 * Several total rows in one table (issue 8 point 1): "Totaal garanties" then "Totaal leningen",
 * group totals followed by a grand total, a table without a total row. The rows after the first
 * total stay in the table and are checked; each group total against its group, the grand total
 * against the item rows, never counting a row twice. Figures by hand in the comments.
 */
import { checkSheets } from "../../src/core/tables";
import { GARANTIES, type Grid, hits, run, setCell } from "./support";

const HEADER = [
  "Omschrijving",
  "Uitstaand 2015",
  "Verleend 2016",
  "Vervallen 2016",
  "Uitstaand 2016",
  "Garantieplafond 2016",
];

/**
 * Two groups, each with its own total and no grand total (x € 1.000):
 *   EKV 100 + 20 − 10 = 110; NHT 40 + 5 − 0 = 45; Totaal garanties 140, 25, 10, 155, 60.
 *   Lening A 30 + 5 − 5 = 30 (plafond 0: none); Lening B 20 + 10 − 0 = 30 (plafond 10);
 *   Totaal leningen 50, 15, 5, 60, 10 — verleend 15 over the summed plafond 10 is no ceiling
 *   violation: a total is no scheme.
 */
const TWO_GROUPS: Grid = [
  ["Overzicht verstrekte garanties en leningen (bedragen x € 1.000)"],
  HEADER,
  ["EKV", 100, 20, 10, 110, 50],
  ["NHT", 40, 5, 0, 45, 10],
  ["Totaal garanties", 140, 25, 10, 155, 60],
  ["Lening A", 30, 5, 5, 30, 0],
  ["Lening B", 20, 10, 0, 30, 10],
  ["Totaal leningen", 50, 15, 5, 60, 10],
];

/**
 * Group totals, then the grand total (which adds the items, not the group totals):
 *   A 100 + 20 − 10 = 110; B 10 + 0 − 0 = 10; Totaal EKV 110, 20, 10, 120.
 *   C 50 + 5 − 0 = 55; Totaal overig 50, 5, 0, 55.
 *   Totaal generaal 100 + 10 + 50 = 160, 25, 10, 110 + 10 + 55 = 175.
 */
const GROUPS_AND_GRAND: Grid = [
  HEADER.slice(0, 5),
  ["A", 100, 20, 10, 110],
  ["B", 10, 0, 0, 10],
  ["Totaal EKV", 110, 20, 10, 120],
  ["C", 50, 5, 0, 55],
  ["Totaal overig", 50, 5, 0, 55],
  ["Totaal generaal", 160, 25, 10, 175],
];

const set = setCell;

describe("a table with several total rows", () => {
  it("keeps the rows after the first Totaal in the table: consistent, every amount checked", () => {
    const r = run(TWO_GROUPS);
    expect(r.findings).toEqual([]);
    expect(r.tables.map((t) => t.range)).toEqual(["A2:F8"]);
    // Lening A's plafond 0 (no ceiling) is still compared by its group's total.
    expect(r.tables[0].coverage).toEqual({ checkedCells: 30, uncheckedCells: 0, unchecked: [] });
  });

  it("finds a defect after the first Totaal: at the row and at its group's total", () => {
    // Lening B uitstaand 2016 31: 20 + 10 − 0 = 30; Totaal leningen 30 + 31 = 61, published 60.
    const r = run(set(TWO_GROUPS, 6, 4, 31));
    expect(hits(r, "roll-forward")).toEqual([["E7", 30, 31]]);
    expect(hits(r, "column-total")).toEqual([["E8", 61, 60]]);
    expect(r.findings).toHaveLength(2);
  });

  it("checks the first group's total against its own rows only", () => {
    // NHT verleend 6: 40 + 6 − 0 = 46 ≠ 45; Totaal garanties verleend 20 + 6 = 26, published 25.
    const r = run(set(TWO_GROUPS, 3, 2, 6));
    expect(hits(r, "roll-forward")).toEqual([["E4", 46, 45]]);
    expect(hits(r, "column-total")).toEqual([["C5", 26, 25]]);
  });

  it("group totals and a grand total: consistent, nothing counted twice", () => {
    expect(run(GROUPS_AND_GRAND).findings).toEqual([]);
  });

  it("the grand total is checked against the items, a group total against its group", () => {
    // Totaal overig uitstaand 2015 51: its group is C = 50; its roll-forward 51 + 5 − 0 = 56.
    // The grand total's 160 = 100 + 10 + 50 still holds (it adds items, not group totals).
    const r = run(set(GROUPS_AND_GRAND, 5, 1, 51));
    expect(hits(r, "column-total")).toEqual([["B6", 50, 51]]);
    expect(hits(r, "roll-forward")).toEqual([["E6", 56, 55]]);
    // Grand total uitstaand 2016 176: items 110 + 10 + 55 = 175, roll-forward 160 + 25 − 10 = 175.
    const g = run(set(GROUPS_AND_GRAND, 6, 4, 176));
    expect(hits(g, "roll-forward")).toEqual([["E7", 175, 176]]);
    expect(hits(g, "column-total")).toEqual([["E7", 175, 176]]);
  });

  it('a plain "Totaal" right after the group totals, or after named groups, is the grand total', () => {
    const plain = GROUPS_AND_GRAND.map((row) => [...row]);
    plain[6][0] = "Totaal";
    expect(run(plain).findings).toEqual([]);
    // No total for the last group: "Totaal" after "Totaal EKV" and item C adds A, B and C.
    const open: Grid = [...GROUPS_AND_GRAND.slice(0, 5), ["Totaal", 160, 25, 10, 175]];
    expect(run(open).findings).toEqual([]);
    expect(hits(run(set(open, 5, 2, 26)), "column-total")).toEqual([["C6", 25, 26]]);
  });

  it("a note under the total, plain or merged over the table's width, does not continue it", () => {
    const g: Grid = [...GARANTIES.map((row) => [...row]), [null, "1) Exclusief rente."]];
    expect(run(g).tables.map((t) => t.range)).toEqual(["A2:H6"]);
    const merged = checkSheets([
      {
        name: "Blad1",
        values: [...GARANTIES.map((row) => [...row]), [null, "Bron: jaarverslag 2016"]],
        merges: [{ top: 6, left: 1, bottom: 6, right: 7 }],
      },
    ]);
    expect(merged.tables.map((t) => t.range)).toEqual(["A2:H6"]);
    expect(merged.findings).toEqual([]);
  });

  it("a loan table under the garanties table is a table of its own", () => {
    // Curaçao 1,6%: 108.084 + 0 − 3.789 = 104.295.
    const g: Grid = [
      ...GARANTIES.map((row) => [...row]),
      [],
      [
        "Omschrijving",
        "Uitstaande lening 2020",
        "Verstrekt 2021",
        "Afgelost 2021",
        "Uitstaande lening 2021",
      ],
      ["Lening Curaçao 1,6%", 108084, 0, 3789, 104295],
    ];
    const r = run(g);
    expect(r.tables.map((t) => [t.kind, t.range])).toEqual([
      ["garanties", "A2:H6"],
      ["leningen", "A8:E9"],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe("a table without a total row", () => {
  it("is recognised and its rows checked; coverage says the column totals were not", () => {
    // A: 30 − 10 = 20, published 21. B: 0 − 5 = – 5.
    const r = run([
      ["Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)"],
      ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      ["A", 10, 30, 21],
      ["B", 5, 0, -5],
    ]);
    expect(hits(r, "saldo")).toEqual([["D3", 20, 21]]);
    expect(r.tables[0].coverage).toEqual({
      checkedCells: 6,
      uncheckedCells: 0,
      unchecked: [
        {
          range: "B3:D4",
          reason: "kolomtotalen niet gecontroleerd: de tabel heeft geen totaalregel",
        },
      ],
    });
  });
});
