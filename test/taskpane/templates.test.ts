import { installFakeExcel } from "./setup";
import { checkSheets } from "../../src/core/tables";
import { readSheet, writeBlockIfEmpty } from "../../src/taskpane/excel-gateway";
import {
  AMOUNT_FORMAT,
  TemplateOptions,
  buildTemplate,
  toDutchNotation,
  validateTemplateOptions,
} from "../../src/taskpane/templates";
import type { FakeExcelHost } from "./fake-excel";

/** Writes the template through the gateway into a fake sheet at `anchor`. */
async function insert(
  host: FakeExcelHost,
  o: TemplateOptions,
  anchor: { row: number; col: number }
) {
  const layout = buildTemplate(o, anchor);
  const out = await writeBlockIfEmpty(
    {
      row: anchor.row,
      col: anchor.col,
      cells: layout.cells,
      numberFormat: layout.numberFormat,
      boldRows: layout.boldRows,
    },
    "Blad1"
  );
  expect(out.ok).toBe(true);
  return layout;
}

describe("garanties overview template", () => {
  const o: TemplateOptions = { kind: "garanties", firstYear: 2015, lastYear: 2017, itemRows: 3 };

  test("headers as published, EKV formulas in the computed cells, check cell beside the total row", () => {
    // Anchor B3 (row 2, col 1): title B3, header B4, items rows 5–7, Totaal row 8.
    const l = buildTemplate(o, { row: 2, col: 1 });
    expect(l.cells[0][0]).toBe("Overzicht verstrekte garanties (bedragen x\u00a0€\u00a01.000)");
    expect(l.cells[1].slice(0, 13)).toEqual([
      "Nr.",
      "Artikel",
      "Omschrijving",
      "Uitstaande garanties 2015",
      "Geraamd te verlenen 2016",
      "Geraamd te vervallen 2016",
      "Uitstaande garanties 2016",
      "Garantieplafond 2016",
      "Geraamd te verlenen 2017",
      "Geraamd te vervallen 2017",
      "Uitstaande garanties 2017",
      "Garantieplafond 2017",
      "Totaal plafond",
    ]);
    // Columns B..N; uitstaand 2016 is H = E + F − G, uitstaand 2017 is L = H + J − K.
    expect(l.cells[2][6]).toBe("=EKV.UITSTAAND(E5,F5,G5)");
    expect(l.cells[4][10]).toBe("=EKV.UITSTAAND(H7,J7,K7)");
    expect(l.cells[2][3]).toBeNull(); // uitstaand 2015 is input
    expect(l.cells[5][2]).toBe("Totaal");
    expect(l.cells[5][3]).toBe("=EKV.TOTAAL(E5:E7)");
    expect(l.cells[5][12]).toBe("=EKV.TOTAAL(N5:N7)");
    expect(l.tableRange).toBe("B4:N8");
    // A blank column O, then the check cell P8.
    expect(l.check).toEqual({ row: 5, col: 14, formula: "=EKV.CONTROLEER(B4:N8)" });
    expect(l.cells[5][14]).toBe("=EKV.CONTROLEER(B4:N8)");
    expect(l.cells[5][13]).toBeNull();
    expect(l.numberFormat[2][3]).toBe(AMOUNT_FORMAT);
    expect(l.numberFormat[2][2]).toBeNull();
    expect(l.numberFormat[1][3]).toBeNull();
    expect(AMOUNT_FORMAT).toBe('#,##0;"\u2013 "#,##0');
  });

  test("the inserted template is recognised by checkSheets, is consistent when filled, and a typed-over formula is found", async () => {
    const host = installFakeExcel([{ name: "Blad1" }]);
    await insert(host, o, { row: 2, col: 1 });
    // Fill the inputs of row 5: uitstaand 2015 100, verleend/vervallen 2016 40/10, plafond 2016 50,
    // verleend/vervallen 2017 20/30, plafond 2017 25. Computed: H5 = 100 + 40 − 10 = 130,
    // L5 = 130 + 20 − 30 = 120.
    const inputs: Array<[string, number]> = [
      ["B5", 1],
      ["E5", 100],
      ["F5", 40],
      ["G5", 10],
      ["I5", 50],
      ["J5", 20],
      ["K5", 30],
      ["M5", 25],
      ["E6", 7],
      ["F6", 3],
      ["I6", 3],
    ];
    for (const [a, v] of inputs) await host.userEdit("Blad1", a, v);
    expect(host.cell("Blad1", "H5").value).toBe(130);
    expect(host.cell("Blad1", "L5").value).toBe(120);
    expect(host.cell("Blad1", "H8").value).toBe(140); // 130 + (7 + 3) + 0
    expect(host.cell("Blad1", "P8").value).toBe("OK");

    const sheet = await readSheet("Blad1");
    const r = checkSheets([sheet]);
    expect(r.tables).toEqual([
      expect.objectContaining({
        sheet: "Blad1",
        range: "B4:N8",
        kind: "garanties",
        years: [2015, 2016, 2017],
      }),
    ]);
    expect(r.findings).toEqual([]);

    // The user types a number over the computed uitstaand 2016: the roll-forward rule reports it.
    await host.userEdit("Blad1", "H5", 131);
    const r2 = checkSheets([await readSheet("Blad1")]);
    expect(r2.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toContainEqual([
      "roll-forward",
      "H5",
      130,
      131,
    ]);
  });
});

describe("uitgaven/ontvangsten template", () => {
  test("saldo formulas and recognition", async () => {
    const o: TemplateOptions = {
      kind: "uitgaven-ontvangsten",
      firstYear: 2016,
      lastYear: 2017,
      itemRows: 2,
    };
    const host = installFakeExcel([{ name: "Blad1" }]);
    // Anchor A1: header row 2 (A2:I2), items 3–4, Totaal row 5; saldo 2016 in F, 2017 in I.
    const l = await insert(host, o, { row: 0, col: 0 });
    expect(l.cells[1]).toEqual([
      "Nr.",
      "Artikel",
      "Omschrijving",
      "Uitgaven 2016",
      "Ontvangsten 2016",
      "Saldo 2016",
      "Uitgaven 2017",
      "Ontvangsten 2017",
      "Saldo 2017",
      null,
      null,
    ]);
    expect(l.cells[2][5]).toBe("=EKV.SALDO(D3,E3)");
    expect(l.cells[3][8]).toBe("=EKV.SALDO(G4,H4)");
    expect(l.check.formula).toBe("=EKV.CONTROLEER(A2:I5)");
    await host.userEdit("Blad1", "D3", 378);
    await host.userEdit("Blad1", "E4", 1275);
    // saldo 2016: row 3: 0 − 378 = −378; row 4: 1275 − 0 = 1275; total F5 = 897.
    expect(host.cell("Blad1", "F5").value).toBe(897);
    const r = checkSheets([await readSheet("Blad1")]);
    expect(r.tables.map((t) => [t.kind, t.range, t.years])).toEqual([
      ["uitgaven-ontvangsten", "A2:I5", [2016, 2017]],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe("benutting template", () => {
  test("netto = bruto − vervallen with NETTO formulas, recognised", async () => {
    const o: TemplateOptions = { kind: "benutting", firstYear: 2010, lastYear: 2014, itemRows: 0 };
    const host = installFakeExcel([{ name: "Blad1" }]);
    const l = await insert(host, o, { row: 0, col: 0 });
    expect(l.cells[1]).toEqual([null, "2010", "2011", "2012", "2013", "2014", null, null]);
    expect(l.cells[2][0]).toBe("Aangegane garantieverplichtingen (bruto)");
    expect(l.cells[4][1]).toBe("=EKV.NETTO(B3,B4)");
    expect(l.cells[4][5]).toBe("=EKV.NETTO(F3,F4)");
    expect(l.check).toEqual({ row: 4, col: 7, formula: "=EKV.CONTROLEER(A2:F5)" });
    // The published Regeling Investeringen 2010: 22.340 − 71.559 = – 49.219.
    await host.userEdit("Blad1", "B3", 22340);
    await host.userEdit("Blad1", "B4", 71559);
    expect(host.cell("Blad1", "B5").value).toBe(-49219);
    const r = checkSheets([await readSheet("Blad1")]);
    expect(r.tables.map((t) => [t.kind, t.range, t.years])).toEqual([
      ["benutting", "A2:F5", [2010, 2011, 2012, 2013, 2014]],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe("options", () => {
  test.each([
    [{ kind: "garanties", firstYear: 2016, lastYear: 2016, itemRows: 5 }, "garanties-two-years"],
    [{ kind: "benutting", firstYear: 2016, lastYear: 2015, itemRows: 0 }, "year-order"],
    [{ kind: "benutting", firstYear: 2016.5, lastYear: 2017, itemRows: 0 }, "year-invalid"],
    [{ kind: "benutting", firstYear: 2000, lastYear: 2010, itemRows: 0 }, "too-many-years"],
    [
      { kind: "uitgaven-ontvangsten", firstYear: 2015, lastYear: 2016, itemRows: 0 },
      "rows-invalid",
    ],
  ] as Array<[TemplateOptions, string]>)("%o → %s", (o, code) => {
    expect(validateTemplateOptions(o)?.code).toBe(code);
    expect(() => buildTemplate(o, { row: 0, col: 0 })).toThrow(code);
  });

  test("one year is enough for uitgaven/ontvangsten and benutting", () => {
    expect(
      validateTemplateOptions({ kind: "benutting", firstYear: 2016, lastYear: 2016, itemRows: 0 })
    ).toBeNull();
  });
});

describe("Dutch notation of formulas", () => {
  test.each([
    ["=EKV.UITSTAAND(D3,E3,F3)", "=EKV.UITSTAAND(D3;E3;F3)"],
    [
      '=EKV.RIV.VERGOEDING(50000000,20000000,0.1,"lening")',
      '=EKV.RIV.VERGOEDING(50000000;20000000;0,1;"lening")',
    ],
    ['=EKV.MATCHING.SUBSIDIE(1,2,3,,TRUE,"a,b")', '=EKV.MATCHING.SUBSIDIE(1;2;3;;WAAR;"a,b")'],
    ["=EKV.TOTAAL(E5:E7)", "=EKV.TOTAAL(E5:E7)"],
    ['=X("TRUE, 1.5",TRUE,0.25,A1)', '=X("TRUE, 1.5";WAAR;0,25;A1)'],
    ['=X("a""b",1.5)', '=X("a""b";1,5)'],
  ])("%s → %s", (inv, nl) => expect(toDutchNotation(inv)).toBe(nl));
});
