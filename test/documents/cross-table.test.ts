/**
 * The rules between the tables of one workbook: the same schemes under the same article in the
 * overview and the uitgaven/ontvangsten table, one risk reserve per scheme and year, and the
 * benutting tables against the overview. Each fires and does not fire at the exact cells.
 */
import { crossTableFindings, type CrossFinding } from "../../src/core/documents";
import { recogniseSheets } from "../../src/core/tables";
import type { SheetData } from "../../src/core/tables/model";
import { benuttingSheetGrid2016, sheets2016 } from "../tables/fixtures/tables-2016";
import { XVII_JV2020, type Grid } from "./fixtures/published";

function run(sheets: SheetData[]): CrossFinding[] {
  return crossTableFindings("map.xlsx", sheets, recogniseSheets(sheets));
}

function brief(
  findings: readonly CrossFinding[]
): Array<[string, string, string, unknown, unknown]> {
  return findings.map((f) => [
    f.rule,
    f.severity,
    f.cells.map((c) => `${/^\w+$/.test(c.sheet) ? c.sheet : `'${c.sheet}'`}!${c.cell}`).join(" ↔ "),
    f.expected,
    f.actual,
  ]);
}

describe("the published 2016 workbook (overview, uitgaven/ontvangsten, benutting)", () => {
  it("has the same 21 schemes in both tables and no benutting year the overview states: no finding", () => {
    expect(run(sheets2016())).toEqual([]);
  });

  it("scheme-sets fires on both sides when a scheme is renamed in one table", () => {
    const sheets = sheets2016();
    // "EBRD" (row 16 of the uitgaven/ontvangsten sheet, C16) renamed.
    sheets[1].values[15][2] = "Europese Ontwikkelingsbank";
    expect(brief(run(sheets))).toEqual([
      [
        "scheme-sets",
        "warning",
        "'Verstrekte garanties'!C16 ↔ 'Uitgaven en ontvangsten'!A2",
        null,
        null,
      ],
      [
        "scheme-sets",
        "warning",
        "'Uitgaven en ontvangsten'!C16 ↔ 'Verstrekte garanties'!A2",
        null,
        null,
      ],
    ]);
  });
});

describe("scheme-sets: articles", () => {
  const overview = (art: string): Grid => [
    ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
    [
      "Art.",
      "Omschrijving",
      "Uitstaande garanties 2019",
      "Verleend 2020",
      "Vervallen 2020",
      "Uitstaande garanties 2020",
    ],
    [art, "Garantie FOM", 22827, 0, 9631, 13196],
    ["Totaal", null, 22827, 0, 9631, 13196],
  ];
  const flows = (art: string, name = "FOM¹"): Grid => [
    ["Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)"],
    ["Artikel", "Omschrijving", "Uitgaven 2020", "Ontvangsten 2020", "Saldo 2020"],
    [art, name, 1450, 51, -1399],
    ["Totaal", null, 1450, 51, -1399],
  ];
  const sheets = (a: string, b: string, name?: string): SheetData[] => [
    { name: "G", values: overview(a) },
    { name: "U", values: flows(b, name) },
  ];

  it("matches 'Art. 1' with 'Artikel 1 Duurzame handel' and 'Garantie FOM' with 'FOM¹'", () => {
    expect(run(sheets("Art. 1", "Artikel 1 Duurzame handel en investering"))).toEqual([]);
  });

  it("fires at both article cells when the article differs", () => {
    const f = run(sheets("Art. 1", "Artikel 5 Multilaterale samenwerking"));
    expect(brief(f)).toEqual([["scheme-sets", "warning", "G!A3 ↔ U!A3", 1, 5]]);
    expect(f[0].message).toBe(
      'Regeling "Garantie FOM" staat in het overzicht verstrekte garanties onder artikel 1 (G!A3), maar in het overzicht uitgaven en ontvangsten onder artikel 5 (U!A3).'
    );
  });
});

describe("risk-reserve-agreement", () => {
  // XVII JV2020's overview (FOM: Totaalstand risicovoorziening 30.560 at I3) and a flows table
  // with FOM's 2020 figures as OWB2022 publishes them (1.450, 51, 30.560, ‒ 1.399).
  const flows = (stand: number): Grid => [
    ["Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)"],
    [
      "Artikel",
      "Omschrijving",
      "Uitgaven t",
      "Ontvangsten t",
      "Stand risicovoorziening t",
      "Saldo t",
    ],
    ["Artikel 1 Duurzame handel en investering", "Garantie FOM", 1450, 51, stand, -1399],
  ];
  const only = (f: CrossFinding[]): CrossFinding[] =>
    f.filter((x) => x.rule === "risk-reserve-agreement");

  it("is silent when both tables state 30.560", () => {
    const f = run([
      { name: "G", values: XVII_JV2020.grid },
      { name: "U", values: flows(30560) },
    ]);
    expect(only(f)).toEqual([]);
    // The other seven schemes of the overview are not in this flows table.
    expect(f.filter((x) => x.rule === "scheme-sets")).toHaveLength(7);
  });

  it("fires at both cells when the flows table states 30.650", () => {
    const f = only(
      run([
        { name: "G", values: XVII_JV2020.grid },
        { name: "U", values: flows(30650) },
      ])
    );
    expect(brief(f)).toEqual([["risk-reserve-agreement", "error", "G!I3 ↔ U!E3", 30560, 30650]]);
  });
});

describe("benutting-vs-overview", () => {
  // The 2014 benutting figures of the EKV (Benutting!F18 bruto 8.882.142, F19 vervallen
  // 16.366.533) against an overview that states Verleend and Vervallen 2014.
  const overview = (verleend: number): Grid => [
    ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
    [
      "Nr.",
      "Artikel",
      "Omschrijving",
      "Uitstaande garanties 2013",
      "Verleend 2014",
      "Vervallen 2014",
      "Uitstaande garanties 2014",
    ],
    [
      21,
      "Exportkredietverzekeringen",
      "Exportkredietverzekering",
      20858069,
      verleend,
      16366533,
      20858069 + verleend - 16366533,
    ],
    [null, "Totaal", null, 20858069, verleend, 16366533, 20858069 + verleend - 16366533],
  ];

  it("is silent when the overview states the benutting table's 2014 figures", () => {
    expect(
      run([
        { name: "Overzicht", values: overview(8882142) },
        { name: "Benutting", values: benuttingSheetGrid2016() },
      ])
    ).toEqual([]);
  });

  it("fires at both cells when Verleend 2014 differs", () => {
    expect(
      brief(
        run([
          { name: "Overzicht", values: overview(8882143) },
          { name: "Benutting", values: benuttingSheetGrid2016() },
        ])
      )
    ).toEqual([
      ["benutting-vs-overview", "error", "Overzicht!E3 ↔ Benutting!F18", 8882143, 8882142],
    ]);
  });
});
