import { checkSheets } from "../../src/core/tables";
import { recogniseSheets } from "../../src/core/tables/check";
import { BENUTTING, GARANTIES, UITGAVEN, copy, hits, run } from "./support";
import type { Grid } from "./support";

function tables(values: Grid) {
  return checkSheets([{ name: "Blad1", values }]).tables;
}

describe("recognising tables on a sheet", () => {
  it("finds a garanties overview with title, unit, years and range", () => {
    expect(tables(GARANTIES)).toEqual([
      {
        sheet: "Blad1",
        range: "A2:H6",
        kind: "garanties",
        unit: "x € 1.000",
        years: [2015, 2016],
        title: "Overzicht verstrekte garanties",
        // 6 + 4 + 4 + 6 filled amount cells in rows 3–6, each in a column total.
        coverage: { checkedCells: 20, uncheckedCells: 0, unchecked: [] },
      },
    ]);
  });

  it("finds several tables one under another, with and without blank rows between", () => {
    const sheet: Grid = [
      ...copy(GARANTIES),
      [],
      ...copy(UITGAVEN),
      ["Regeling Investeringen"],
      ...copy(BENUTTING),
      ...copy(BENUTTING),
    ];
    const t = tables(sheet);
    expect(t.map((x) => [x.kind, x.range])).toEqual([
      ["garanties", "A2:H6"],
      ["uitgaven-ontvangsten", "A9:E12"],
      ["benutting", "A15:D18"],
      ["benutting", "A20:D23"],
    ]);
    // The scheme's heading above the common title tells the benutting tables apart.
    expect(t[2].title).toBe("Benutting garantieregeling – Regeling Investeringen");
    expect(t[3].title).toBe("Benutting garantieregeling");
    expect(checkSheets([{ name: "Blad1", values: sheet }]).findings).toEqual([]);
  });

  it("does not count the next table's title as an item row", () => {
    const sheet: Grid = [
      ...copy(UITGAVEN.slice(0, 4)),
      ["Overzicht verstrekte garanties"],
      ...copy(GARANTIES.slice(1)),
    ];
    const parsed = recogniseSheets([{ name: "Blad1", values: sheet }]);
    expect(parsed.map((p) => p.range)).toEqual(["A2:E4", "A6:H10"]);
  });

  it("reads the unit from the title rows: x € 1.000, x € 1 mln., none", () => {
    const g = copy(GARANTIES);
    g[0] = ["Overzicht verstrekte garanties", "(bedragen x € 1 mln.)"];
    expect(tables(g)[0].unit).toBe("x € 1 mln.");
    const h = copy(GARANTIES);
    h.splice(0, 1, ["Tabel 12 Overzicht verstrekte garanties"], ["x\u00a0€\u00a01.000.000"]);
    expect(tables(h)[0]).toMatchObject({
      unit: "x € 1.000.000",
      title: "Tabel 12 Overzicht verstrekte garanties",
      range: "A3:H7",
    });
    expect(tables(GARANTIES.slice(1))[0].unit).toBe("x € 1.000");
    expect(tables(GARANTIES.slice(1))[0].title).toBeUndefined();
  });

  it("reads years 2023–2027 in a multi-year budget table", () => {
    const header = ["Omschrijving", "Uitstaande garanties 2023"];
    const row: Grid[number] = ["Regeling", 100];
    let prev = 100;
    for (const y of [2024, 2025, 2026, 2027]) {
      header.push(
        `Verleend ${y}`,
        `Vervallen ${y}`,
        `Uitstaande garanties ${y}`,
        `Garantieplafond ${y}`
      );
      row.push(10, 5, prev + 5, 20);
      prev += 5;
    }
    const r = run([header, row]);
    expect(r.tables[0].years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(r.findings).toEqual([]);
    // 2027 (columns O–R: verleend, vervallen, uitstaand, plafond): 115 + 10 − 5 = 120; publish 121.
    const bad = [header, [...row.slice(0, -2), 121, 20]];
    expect(hits(run(bad), "roll-forward")).toEqual([["Q2", 120, 121]]);
  });

  it("reads the budget model with t-2, t-1, t and the annual-report model", () => {
    const budget: Grid = [
      [
        "Art.",
        "Omschrijving",
        "Uitstaand t-2",
        "Geraamd te verlenen t-1",
        "Geraamd te vervallen t-1",
        "Uitstaand t-1",
        "Geraamd te verlenen t",
        "Geraamd te vervallen t",
        "Uitstaand t",
        "Garantieplafond",
        "Totaal plafond",
      ],
      ["1", "Regeling A", 100, 50, 30, 120, 60, 40, 140, 60, 0],
      ["2", "Regeling B", 500, 0, 0, 500, 0, 100, 400, 0, 500],
      ["", "Totaal", 600, 50, 30, 620, 60, 140, 540, 60, 500],
    ];
    const r = run(budget);
    expect(r.tables[0].years).toEqual(["t-2", "t-1", "t"]);
    expect(r.findings).toEqual([]);
    const annual: Grid = [
      [
        "Artikel",
        "Omschrijving",
        "Uitstaande garanties 2021",
        "Verleend 2022",
        "Vervallen 2022",
        "Uitstaande garanties 2022",
        "Garantieplafond",
        "Totaal plafond",
        "Totaal stand risicovoorziening",
      ],
      [9, "Exportkredietverzekering", 13000, 4000, 3000, 14000, 10000, 0, 1500],
      ["", "Totaal", 13000, 4000, 3000, 14000, 10000, 0, 1500],
    ];
    const s = run(annual);
    expect(s.tables[0]).toMatchObject({ kind: "garanties", years: [2021, 2022] });
    expect(s.findings).toEqual([]);
  });

  it("reads '22 years and a table with only an Omschrijving label column", () => {
    const g: Grid = [
      ["Omschrijving", "Uitstaand '21", "Verleend '22", "Vervallen '22", "Uitstaand '22"],
      ["Regeling", 10, 5, 1, 15],
    ];
    const r = run(g);
    expect(r.tables[0].years).toEqual([2021, 2022]);
    expect(hits(r, "roll-forward")).toEqual([["E2", 14, 15]]);
  });

  it("reads a two-row header with the years in merged cells above", () => {
    const g: Grid = [
      ["Overzicht uitgaven en ontvangsten garanties (x € 1 mln.)"],
      [null, null, 2022, null, null, 2023, null, null],
      [
        "Nr.",
        "Omschrijving",
        "Uitgaven",
        "Ontvangsten",
        "Saldo",
        "Uitgaven",
        "Ontvangsten",
        "Saldo",
      ],
      [1, "Regeling", 5, 8, 3, 2, 1, -2],
    ];
    const r = run(g);
    expect(r.tables).toEqual([
      {
        sheet: "Blad1",
        range: "A2:H4",
        kind: "uitgaven-ontvangsten",
        unit: "x € 1 mln.",
        years: [2022, 2023],
        title: "Overzicht uitgaven en ontvangsten garanties",
        coverage: {
          checkedCells: 6,
          uncheckedCells: 0,
          unchecked: [
            {
              range: "C4:H4",
              reason: "kolomtotalen niet gecontroleerd: de tabel heeft geen totaalregel",
            },
          ],
        },
      },
    ]);
    // 2023: 1 − 2 = – 1, published – 2.
    expect(hits(r, "saldo")).toEqual([["H4", -1, -2]]);
    expect(r.findings[0].columnHeader).toBe("Saldo 2023");
  });

  it("reads a two-row header with the years in a row below the names", () => {
    const g: Grid = [
      ["Omschrijving", "Uitstaande garanties", "Verleend", "Vervallen", "Uitstaande garanties"],
      [null, 2022, 2023, 2023, 2023],
      // 100 + 30 − 20 = 110, published 111.
      ["Regeling", 100, 30, 20, 111],
    ];
    const r = run(g);
    expect(r.tables[0]).toMatchObject({ range: "A1:E3", years: [2022, 2023] });
    expect(hits(r, "roll-forward")).toEqual([["E3", 110, 111]]);
    expect(r.findings[0].columnHeader).toBe("Uitstaande garanties 2023");
  });

  it("reads header texts broken over two rows when pasted", () => {
    const g: Grid = [
      ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
      ["Nr.", "Omschrijving", "Uitstaande", "Geraamd te", "Geraamd te", "Uitstaande", "Garantie-"],
      [
        null,
        null,
        "garanties 2015",
        "verlenen 2016",
        "vervallen 2016",
        "garanties 2016",
        "plafond 2016",
      ],
      // 13.373.678 + 10.000.001 − 10.000.000 = 13.373.679 ✓, but 10.000.001 > ceiling 10.000.000.
      [21, "Exportkredietverzekering", 13373678, 10000001, 10000000, 13373679, 10000000],
    ];
    const r = run(g);
    expect(r.tables[0]).toMatchObject({ kind: "garanties", range: "A2:G4", years: [2015, 2016] });
    expect(r.findings.map((f) => [f.cell, f.rule, f.columnHeader])).toEqual([
      ["D4", "ceiling", "Geraamd te verlenen 2016"],
    ]);
  });

  it("does not take a title row for the upper half of a header", () => {
    const g: Grid = [["Overzicht uitgaven en ontvangsten garanties"], ...copy(UITGAVEN.slice(1))];
    expect(tables(g)[0]).toMatchObject({
      range: "A2:E5",
      title: "Overzicht uitgaven en ontvangsten garanties",
    });
    expect(run(g).findings).toEqual([]);
  });

  it("handles a year block that lacks columns, as the 2014 block of the 2016 overview", () => {
    const g: Grid = [
      [
        "Omschrijving",
        "Uitstaande garanties 2014",
        "Geraamd te verlenen 2015",
        "Geraamd te vervallen 2015",
        "Uitstaande garanties 2015",
      ],
      ["Regeling", 100, 10, 20, 90],
    ];
    expect(run(g).findings).toEqual([]);
  });

  it("uses the sheet origin for addresses", () => {
    const r = checkSheets([{ name: "Blad1", values: copy(UITGAVEN), origin: { row: 9, col: 2 } }]);
    expect(r.tables[0].range).toBe("C11:G14");
    const s = checkSheets([
      {
        name: "Blad1",
        values: copy(UITGAVEN).map((row, i) => (i === 2 ? [1, "x", 378, null, 378] : row)),
        origin: { row: 9, col: 2 },
      },
    ]);
    expect(hits(s, "saldo")).toEqual([["G12", -378, 378]]);
  });

  it("finds nothing where there is no table", () => {
    expect(tables([["Toelichting"], ["Uitgaven zijn gestegen."], [1, 2, 3]])).toEqual([]);
    expect(tables([])).toEqual([]);
  });

  it("recognises benutting tables with text years and a footnoted label", () => {
    const g: Grid = [
      ["", "t-2", "t-1"],
      ["Aangegane garantieverplichtingen (bruto)¹", 10, 20],
      ["Vervallen garantieverplichtingen", 4, 25],
      ["Aangegane garantieverplichtingen (netto)", 6, -5],
    ];
    const r = run(g);
    expect(r.tables[0]).toMatchObject({ kind: "benutting", years: ["t-2", "t-1"], range: "A1:C4" });
    expect(r.findings).toEqual([]);
  });

  it("reads the unit of a benutting table from its header's label cell", () => {
    const g: Grid = [
      ["(bedragen x € 1 mln.)", 2013, 2014],
      ["Aangegane garantieverplichtingen (bruto)", 12901.9, 8882.1],
      ["Vervallen garantieverplichtingen", 9378.3, 16366.5],
      ["Aangegane garantieverplichtingen (netto)", 3523.6, -7484.4],
    ];
    const r = run(g);
    expect(r.tables[0]).toMatchObject({ kind: "benutting", unit: "x € 1 mln." });
    // 12.901,9 − 9.378,3 = 3.523,6 ✓; 8.882,1 − 16.366,5 = – 7.484,4 ✓ (exact in decimals).
    expect(r.findings).toEqual([]);
  });

  it("compares what Excel shows: 15 significant digits, not the binary noise of a SOM", () => {
    // Excel's =SOM(B2:B3) of 0,1 and 0,2 stores 0,30000000000000004 and shows 0,3.
    const g: Grid = [
      ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      ["a", 0.1, 0.2, 0.1],
      ["b", 0.2, 0.4, 0.2],
      ["Totaal", 0.1 + 0.2, 0.2 + 0.4, 0.1 + 0.2],
    ];
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(run(g).findings).toEqual([]);
    // A real difference in the 15th digit is still found.
    const h = g.map((r) => [...r]);
    h[3][1] = 0.30000000000001;
    expect(hits(run(h), "column-total")).toEqual([["B4", 0.3, 0.30000000000001]]);
  });

  it("treats p.m. (pro memorie) like n.v.t.: no value, no rule", () => {
    const g: Grid = [
      ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      ["a", "p.m.", "p.m.", "p.m."],
      ["b", 5, 8, 3],
      ["Totaal", 5, 8, 3],
    ];
    expect(run(g).findings).toEqual([]);
  });

  it("reads cell contents: dash, n.v.t., negative forms, numbers as text", () => {
    const g: Grid = [
      ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
      ["a", "–", "n.v.t.", "‒"],
      ["b", "1.275", "-", "– 1.275"],
      ["c", null, 4687, "4.687"],
    ];
    const r = run(g);
    expect(r.findings.map((f) => [f.cell, f.rule])).toEqual([
      ["B3", "number-as-text"],
      ["D3", "number-as-text"],
      ["D4", "number-as-text"],
    ]);
  });
});
