/**
 * Issue 8 point 1: recognition that survives the way finance staff lay tables out — spacer rows,
 * every spelling of the total row, breakdown rows, footnote markers, relative years beside real
 * ones. Each case plants a defect the plain table would show and expects it found at the same
 * cell, with exact figures worked out in the comments.
 */
import { checkSheets, recogniseSheets } from "../../src/core/tables/check";
import { readHeader } from "../../src/core/tables/headers";
import { GARANTIES, UITGAVEN, copy, hits, run, withCell } from "./support";
import type { Grid } from "./support";

/** GARANTIES with the Totaal "Uitstaande garanties 2015" (C6) off by 1.000: 27.447.678. */
const WRONG_TOTAL = withCell(GARANTIES, "C6", 27447678);

function insertRow(grid: Grid, at: number, row: Grid[number] = []): Grid {
  const g = copy(grid);
  g.splice(at, 0, row);
  return g;
}

describe("blank and spacer rows do not end a table", () => {
  // Rows of GARANTIES: 1 title, 2 header, 3–5 items, 6 Totaal. A row inserted at index k moves
  // the Totaal to row 7; the column total C: 13.373.678 + 50.000 + 14.023.000 = 27.446.678.
  it.each([
    ["under the header", 2],
    ["between items", 3],
    ["between items (2)", 4],
    ["above Totaal", 5],
  ])("a blank row %s", (_, at) => {
    const plain = run(insertRow(GARANTIES, at));
    expect(plain.tables[0].range).toBe("A2:H7");
    expect(plain.findings).toEqual([]);
    expect(hits(run(insertRow(WRONG_TOTAL, at)), "column-total")).toEqual([
      ["C7", 27446678, 27447678],
    ]);
  });

  it('a row of ="" formulas (empty texts) and two blank rows in a row', () => {
    const g = insertRow(insertRow(WRONG_TOTAL, 5, ["", "", "", " ", "", "", "", ""]), 3, []);
    const g2 = insertRow(g, 3, []);
    expect(hits(run(g2), "column-total")).toEqual([["C9", 27446678, 27447678]]);
  });

  it("a note under a table without a total row, after a blank row, is not part of it", () => {
    const g: Grid = [...copy(GARANTIES.slice(0, 5)), [], ["1) Bron: Financiën"]];
    expect(run(g).tables[0].range).toBe("A2:H5");
  });

  it("a blank row before the next table's title still separates the tables", () => {
    const g: Grid = [...copy(GARANTIES.slice(0, 5)), [], ...copy(UITGAVEN)];
    expect(run(g).tables.map((t) => t.range)).toEqual(["A2:H5", "A8:E11"]);
  });
});

describe("every spelling of the total row", () => {
  it.each([
    "TOTAAL",
    "Totaal:",
    "Totaal generaal",
    "Eindtotaal",
    "Totaal garanties",
    "Totaal 1)",
    "Totaal¹",
  ])("%s is the total row: its column totals are checked, the ceiling rules skip it", (label) => {
    const g = withCell(WRONG_TOTAL, "B6", label);
    const r = run(g);
    expect(r.tables[0].range).toBe("A2:H6");
    expect(hits(r, "column-total")).toEqual([["C6", 27446678, 27447678]]);
    // Totaal row: verleend 10.000.000 against plafond 10.000.000 and uitstaand 23.192.579
    // against totaal plafond 9.818.901 — a ceiling finding here would be a false one.
    expect(hits(r, "ceiling")).toEqual([]);
    expect(hits(r, "total-ceiling")).toEqual([]);
  });

  it("Subtotaal is no total row", () => {
    const parsed = recogniseSheets([
      { name: "Blad1", values: withCell(GARANTIES, "B6", "Subtotaal") },
    ]);
    expect(parsed[0].totalIndex).toBe(-1);
    expect(parsed[0].subtotal).toEqual([false, false, false, true]);
  });
});

describe("breakdown rows are shown, checked where a rule applies, never added twice", () => {
  // UITGAVEN: items 378 / 74.900 uitgaven, total 75.278. Breakdown rows of the
  // Exportkredietverzekering (row 4): 60.000 + 14.900 = 74.900.
  const part = (label: string, u: number, o: number): Grid[number] => [null, label, u, o, o - u];

  it('"waarvan:" on its own row with "- …" rows under it', () => {
    const g = copy(UITGAVEN);
    g.splice(
      4,
      0,
      [null, "waarvan:"],
      part("- polissen", 60000, 200000),
      part("– herverzekering", 14900, 33202)
    );
    const r = run(g);
    expect(r.tables[0].range).toBe("A2:E8");
    expect(r.findings).toEqual([]);
    // A saldo error in a breakdown row is still found: 200.000 − 60.000 = 140.000, not 140.001.
    const bad = copy(g);
    bad[5][4] = 140001;
    expect(hits(run(bad), "saldo")).toEqual([["E6", 140000, 140001]]);
  });

  it('"w.v." in the article column, beside a description', () => {
    const g: Grid = [
      ["Nr", "Art.", "Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      [1, "1", "Garantie procesrisico's", 378, null, -378],
      [2, "3", "Exportkredietverzekering", 74900, 233202, 158302],
      [null, "w.v.", "herverzekering", 14900, 33202, 18302],
      [null, null, "Totaal", 75278, 233202, 157924],
    ];
    expect(run(g).findings).toEqual([]);
  });

  it("a Subtotaal row is checked against the items above it and not added into the total", () => {
    const g: Grid = [
      ["Nr", "Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      [1, "Garantie procesrisico's", 378, null, -378],
      [2, "Exportkredietverzekering", 74900, 233202, 158302],
      [null, "Subtotaal", 75278, 233202, 157924],
      [3, "Regeling Investeringen", 500, 1250, 750],
      [null, "Subtotaal", 500, 1250, 750],
      [null, "Totaal", 75778, 234452, 158674],
    ];
    expect(run(g).findings).toEqual([]);
    // The first subtotal's uitgaven 75.279: the sum of 378 and 74.900 is 75.278.
    const bad = copy(g);
    bad[3][2] = 75279;
    expect(hits(run(bad), "column-total")).toEqual([["C4", 75278, 75279]]);
    expect(hits(run(bad), "saldo")).toEqual([["E4", 157923, 157924]]);
  });
});

describe("footnote markers in headers and labels", () => {
  it.each([
    ["Totaal plafond 2)"],
    ["Totaal plafond (1)"],
    ["Totaal plafond¹"],
    ["Totaal plafond*"],
    ["Totaal plafond *)"],
    ["Totaal plafond1"],
    ["Totaal plafond 2"],
  ])("%s is the totaal plafond: its ceiling violation is found", (header) => {
    // WAKO (row 5): uitstaand 2016 9.768.901 under a totaal plafond lowered to 9.000.000.
    const g = withCell(withCell(GARANTIES, "H2", header), "H5", 9000000);
    g[5][7] = 9050000;
    const r = run(g);
    expect(hits(r, "unknown-column")).toEqual([]);
    expect(hits(r, "total-ceiling")).toEqual([["F5", 9000000, 9768901]]);
  });

  it.each([
    "Uitstaande garanties 2016 1)",
    "Uitstaande garanties 2016 (2)",
    "Uitstaande garanties 2016²",
  ])("%s keeps its year", (h) =>
    expect(readHeader(h)).toEqual({ type: "data", kind: "uitstaand", year: 2016 })
  );

  it("a year in parentheses is no footnote", () => {
    expect(readHeader("Garantieplafond (2016)")).not.toEqual({
      type: "data",
      kind: "plafond",
      year: 16,
    });
  });
});

describe("relative years beside real years", () => {
  it.each([
    ["Uitstaande garanties 2015 (t-1)", 2015],
    ["Uitstaand t-1 = 2015", 2015],
    ["Verleend t 2016", 2016],
    ["Vervallen (t) 2016", 2016],
  ])("%s is the year %d", (h, year) => expect(readHeader(h)).toMatchObject({ type: "data", year }));

  it("a table labelled with both checks its roll-forward", () => {
    const g = copy(GARANTIES);
    g[1] = [
      "Nr.",
      "Omschrijving",
      "Uitstaande garanties 2015 (t-1)",
      "Geraamd te verlenen 2016 (t)",
      "Geraamd te vervallen 2016 (t)",
      "Uitstaande garanties 2016 (t)",
      "Garantieplafond 2016 (t)",
      "Totaal plafond",
    ];
    // EKV row 3: 13.373.678 + 10.000.000 − 10.000.000 = 13.373.678; publish 13.373.679.
    g[2][5] = 13373679;
    const r = run(g);
    expect(r.tables[0].years).toEqual([2015, 2016]);
    expect(hits(r, "roll-forward")).toEqual([["F3", 13373678, 13373679]]);
  });
});

/** Two grids side by side, `gap` blank columns between them, the rows aligned at the top. */
function sideBySide(a: Grid, b: Grid, gap = 1): Grid {
  const width = Math.max(...a.map((r) => r.length));
  const rows = Math.max(a.length, b.length);
  const out: Grid = [];
  for (let i = 0; i < rows; i++) {
    const left = [...(a[i] ?? [])];
    while (left.length < width + gap) left.push(null);
    out.push([...left, ...(b[i] ?? [])]);
  }
  return out;
}

describe("tables side by side and stacked", () => {
  it("garanties at A1 and uitgaven/ontvangsten at J1: both checked, no unknown columns", () => {
    const g = sideBySide(GARANTIES, UITGAVEN);
    const r = run(g);
    expect(r.tables.map((t) => [t.kind, t.range, t.title])).toEqual([
      ["garanties", "A2:H6", "Overzicht verstrekte garanties"],
      ["uitgaven-ontvangsten", "J2:N5", "Overzicht uitgaven en ontvangsten garanties"],
    ]);
    expect(r.findings).toEqual([]);
    // Saldo 2016 of the Exportkredietverzekering (N4): 233.202 − 74.900 = 158.302, not 158.303.
    const bad = copy(g);
    bad[3][13] = 158303;
    const rb = run(bad);
    expect(hits(rb, "saldo")).toEqual([["N4", 158302, 158303]]);
    expect(hits(rb, "column-total")).toEqual([["N5", 157925, 157924]]);
    expect(rb.findings.every((f) => f.table === 1)).toBe(true);
  });

  it("a table under the shorter one of two side by side, and one right of a long table", () => {
    const right: Grid = [...copy(UITGAVEN), [], ...copy(UITGAVEN)];
    const g = sideBySide(GARANTIES, right, 2);
    expect(run(g).tables.map((t) => t.range)).toEqual(["A2:H6", "K2:O5", "K8:O11"]);
    // The right table starts two rows lower than the left one.
    const lower = sideBySide(GARANTIES, [[], [], ...copy(UITGAVEN)]);
    expect(run(lower).tables.map((t) => t.range)).toEqual(["A2:H6", "J4:N7"]);
  });
});

describe("merged header cells", () => {
  // Two header rows: Nr. and Omschrijving merged down, 2015 over C, 2016 merged over D:G,
  // Totaal plafond merged down over both rows (RBV model 1.32e as laid out in Excel).
  const merged: Grid = [
    ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
    ["Nr.", "Omschrijving", 2015, 2016, null, null, null, "Totaal plafond"],
    [
      null,
      null,
      "Uitstaande garanties",
      "Geraamd te verlenen",
      "Geraamd te vervallen",
      "Uitstaande garanties",
      "Garantieplafond",
      null,
    ],
    ...copy(GARANTIES.slice(2)),
  ];
  const merges = [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 3, bottom: 1, right: 6 },
    { top: 1, left: 7, bottom: 2, right: 7 },
  ];

  it("reads the years merged above the names and Totaal plafond merged over both rows", () => {
    const r = checkSheets([{ name: "Blad1", values: merged, merges }]);
    expect(r.tables[0]).toMatchObject({ range: "A2:H7", years: [2015, 2016] });
    expect(r.findings).toEqual([]);
    const parsed = recogniseSheets([{ name: "Blad1", values: merged, merges }]);
    expect(parsed[0].columns.map((c) => c.header)).toEqual(GARANTIES[1].slice(2));
  });

  it("finds a planted error and the ceiling violation under the merged header", () => {
    // WAKO (row 6): 14.023.000 − 4.254.099 = 9.768.901; publish 9.768.902 (also over its
    // totaal plafond 9.768.901 by 1, and the total 23.192.580 ≠ 23.192.579).
    const bad = withCell(merged, "F6", 9768902);
    const r = checkSheets([{ name: "Blad1", values: bad, merges }]);
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ["roll-forward", "F6", 9768901, 9768902],
      ["total-ceiling", "F6", 9768901, 9768902],
      ["column-total", "F7", 23192580, 23192579],
    ]);
  });

  it("also without the merge information (the texts where Excel stores them)", () => {
    expect(run(merged).tables[0]).toMatchObject({ range: "A2:H7", years: [2015, 2016] });
    expect(run(merged).findings).toEqual([]);
  });

  it("an article header merged over the number and name columns", () => {
    const g: Grid = [
      ["Artikel", null, "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      ["1", "Belastingen", 378, null, -378],
      ["3", "Exportkredietverzekering", 74900, 233202, 158302],
      [null, "Totaal", 75278, 233202, 157925],
    ];
    const r = checkSheets([
      { name: "Blad1", values: g, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
    ]);
    expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual, f.rowLabel])).toEqual([
      ["column-total", "E4", 157924, 157925, "Totaal"],
      ["saldo", "E4", 157924, 157925, "Totaal"],
    ]);
  });
});
