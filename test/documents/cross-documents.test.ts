/**
 * The cross-document rules on published budgets and annual reports of three ministries (IV,
 * IX, XVII; fixtures/published.ts): chains that agree, the real inconsistency found (XVII: IFFEd
 * left out of JV2020), revised estimates as info, and each rule firing and not firing at the
 * exact cells on single planted changes. Expected figures are the published ones, worked out by
 * hand in the fixture comments.
 */
import {
  checkDocuments,
  parseDocumentSpec,
  type CrossFinding,
  type WorkbookInput,
} from "../../src/core/documents";
import { checkSheets } from "../../src/core/tables";
import { garantiesOverzicht2016 } from "../tables/fixtures/tables-2016";
import {
  IV_JV2020,
  IV_JV2021,
  IV_OWB2020,
  IV_OWB2022,
  IX_JV2017_EXCERPT,
  XVII_JV2020,
  XVII_OWB2020,
  XVII_OWB2022,
  type Grid,
  type PublishedTable,
} from "./fixtures/published";

function wb(file: string, t: PublishedTable, grid: Grid = t.grid): WorkbookInput {
  const document = parseDocumentSpec(t.document);
  return { file, sheets: [{ name: "Blad1", values: grid }], document };
}

/** A copy of a grid with one cell set (A1 address, single letter columns). */
function withCell(grid: Grid, address: string, value: Grid[number][number]): Grid {
  const g = grid.map((r) => [...r]);
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  g[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
  return g;
}

/** [rule, severity, "file!cell ↔ file!cell", expected, actual] per finding. */
function brief(
  findings: readonly CrossFinding[]
): Array<[string, string, string, unknown, unknown]> {
  return findings.map((f) => [
    f.rule,
    f.severity,
    f.cells.map((c) => `${c.file}!${c.cell}`).join(" ↔ "),
    f.expected,
    f.actual,
  ]);
}

const of = (findings: readonly CrossFinding[], rule: string): CrossFinding[] =>
  findings.filter((f) => f.rule === rule);

describe("the published tables themselves", () => {
  it.each([
    ["XVII OWB2020", XVII_OWB2020, "A2:K12", [2018, 2019, 2020]],
    ["XVII JV2020", XVII_JV2020, "A2:I11", ["t-1", "t"]],
    ["XVII OWB2022", XVII_OWB2022, "A2:K13", [2020, 2021, 2022]],
    ["IV OWB2020", IV_OWB2020, "A2:K5", [2018, 2019, 2020]],
    ["IV JV2020", IV_JV2020, "A2:I4", [2019, 2020]],
    ["IV JV2021", IV_JV2021, "A2:I4", [2020, 2021]],
    ["IV OWB2022", IV_OWB2022, "A2:K4", [2020, 2021, 2022]],
    ["IX JV2017 (excerpt)", IX_JV2017_EXCERPT, "A2:J20", [2016, 2017]],
  ])("%s is recognised and consistent within itself", (_name, t, range, years) => {
    const r = checkSheets([{ name: "Blad1", values: t.grid }]);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0]).toMatchObject({ kind: "garanties", range, years });
    expect(r.findings).toEqual([]);
  });
});

describe("XVII: JV2020 and the budget that follows from it (OWB2022)", () => {
  const r = checkDocuments([wb("jv2020.xlsx", XVII_JV2020), wb("owb2022.xlsx", XVII_OWB2022)]);

  it("agree on every realisation of 2020: no finding at all", () => {
    expect(r.findings).toEqual([]);
  });

  it("the timeline of FOM shows 13.196 realised at the end of 2020 in both documents", () => {
    const fom = r.timelines.find((t) => t.scheme === "Garantie FOM");
    const end2020 = fom?.figures.find((f) => f.measure === "uitstaand" && f.year === 2020);
    expect(end2020?.entries).toEqual([
      {
        file: "jv2020.xlsx",
        document: "JV2020",
        sheet: "Blad1",
        cell: "F3",
        value: 13196,
        kind: "realisatie",
      },
      {
        file: "owb2022.xlsx",
        document: "OWB2022",
        sheet: "Blad1",
        cell: "C4",
        value: 13196,
        kind: "realisatie",
      },
    ]);
    // FOM, DTIF, DRIVE, DGGF, IDB, AfDB, AsDB, IS-NIO, IFFEd (OWB2022 only) and the total.
    expect(r.timelines).toHaveLength(10);
  });

  it("realisation-mismatch fires at both cells when OWB2022 carries FOM 2020 as 13.197", () => {
    const changed = checkDocuments([
      wb("jv2020.xlsx", XVII_JV2020),
      wb("owb2022.xlsx", XVII_OWB2022, withCell(XVII_OWB2022.grid, "C4", 13197)),
    ]);
    expect(brief(changed.findings)).toEqual([
      ["realisation-mismatch", "error", "jv2020.xlsx!F3 ↔ owb2022.xlsx!C4", 13196, 13197],
    ]);
    expect(changed.findings[0].message).toBe(
      'Realisatie uitstaand eind 2020 van "FOM": 13.196 in JV2020 (Blad1!F3), maar 13.197 in OWB2022 (Blad1!C4) (verschil 1). Een realisatie hoort in elk document gelijk te zijn.'
    );
  });

  it("realisation-mismatch compares the totals too", () => {
    const changed = checkDocuments([
      wb("jv2020.xlsx", XVII_JV2020, withCell(XVII_JV2020.grid, "F11", 3272514)),
      wb("owb2022.xlsx", XVII_OWB2022),
    ]);
    expect(brief(of(changed.findings, "realisation-mismatch"))).toEqual([
      ["realisation-mismatch", "error", "jv2020.xlsx!F11 ↔ owb2022.xlsx!C13", 3272514, 3272513],
    ]);
  });

  it("plafond-move fires when DRIVE's 55.000 moves from Garantieplafond to Totaal plafond", () => {
    let g = withCell(XVII_OWB2022.grid, "J6", 0);
    g = withCell(g, "K6", 55000);
    const changed = checkDocuments([
      wb("jv2020.xlsx", XVII_JV2020),
      wb("owb2022.xlsx", XVII_OWB2022, g),
    ]);
    expect(brief(of(changed.findings, "plafond-move"))).toEqual([
      ["plafond-move", "warning", "jv2020.xlsx!G5 ↔ owb2022.xlsx!K6", 55000, 55000],
    ]);
  });
});

describe("XVII: OWB2020, JV2020 and OWB2022 (a real inconsistency)", () => {
  const files = [
    wb("owb2020.xlsx", XVII_OWB2020),
    wb("jv2020.xlsx", XVII_JV2020),
    wb("owb2022.xlsx", XVII_OWB2022),
  ];
  const r = checkDocuments(files);

  it("JV2020 leaves out IFFEd, estimated at 212.500 for the end of 2020 in OWB2020", () => {
    expect(brief(of(r.findings, "scheme-missing"))).toEqual([
      ["scheme-missing", "warning", "owb2020.xlsx!I7 ↔ jv2020.xlsx!A2", 212500, null],
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("every estimate that the next document revises is one info item", () => {
    const info = of(r.findings, "revised-estimate");
    expect(info).toHaveLength(31);
    expect(info.every((f) => f.severity === "info")).toBe(true);
    expect(brief(info.slice(0, 3))).toEqual([
      ["revised-estimate", "info", "owb2020.xlsx!F3 ↔ jv2020.xlsx!C3", 14760, 22827],
      ["revised-estimate", "info", "owb2020.xlsx!H3 ↔ jv2020.xlsx!E3", 5000, 9631],
      ["revised-estimate", "info", "owb2020.xlsx!I3 ↔ jv2020.xlsx!F3", 9760, 13196],
    ]);
    // IFFEd: 212.500 estimated in OWB2020, 0 realised in OWB2022 (JV2020 has no figure).
    expect(brief(info.filter((f) => f.message.includes("IFFEd")))).toEqual([
      ["revised-estimate", "info", "owb2020.xlsx!I7 ↔ owb2022.xlsx!C8", 212500, 0],
    ]);
  });

  it("metamorphic: the order of the files does not change the findings", () => {
    for (const order of [
      [2, 1, 0],
      [1, 0, 2],
      [1, 2, 0],
    ]) {
      expect(checkDocuments(order.map((i) => files[i])).findings).toEqual(r.findings);
    }
  });

  it("metamorphic: renaming a file changes only the file names in the findings", () => {
    const renamed = checkDocuments([
      { ...files[0], file: "zz-begroting.xlsx" },
      files[1],
      { ...files[2], file: "aa-begroting.xlsx" },
    ]);
    const rename = (s: string): string =>
      s
        .replace(/owb2020\.xlsx/g, "zz-begroting.xlsx")
        .replace(/owb2022\.xlsx/g, "aa-begroting.xlsx");
    expect(JSON.stringify(renamed.findings)).toBe(rename(JSON.stringify(r.findings)));
  });
});

describe("IV Koninkrijksrelaties: OWB2020, JV2020, JV2021, OWB2022", () => {
  const r = checkDocuments([
    wb("owb2022.xlsx", IV_OWB2022),
    wb("jv2021.xlsx", IV_JV2021),
    wb("owb2020.xlsx", IV_OWB2020),
    wb("jv2020.xlsx", IV_JV2020),
  ]);

  it("the 1.877 of the end of 2020 agrees in JV2020, JV2021 and OWB2022; the scheme's new name is matched", () => {
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const eof = r.timelines.find((t) => t.scheme.startsWith("Voorschotten 9e Europees"));
    const end2020 = eof?.figures.find((f) => f.measure === "uitstaand" && f.year === 2020);
    expect(end2020?.entries.map((e) => [e.document, e.cell, e.value, e.kind])).toEqual([
      ["OWB2020", "I3", 1876, "raming"],
      ["JV2020", "F3", 1877, "realisatie"],
      // Publication order: OWB2022 (September 2021) before JV2021 (May 2022).
      ["OWB2022", "C3", 1877, "realisatie"],
      ["JV2021", "C3", 1877, "realisatie"],
    ]);
  });

  it("OWB2020's estimates of 1.876 became 1.877: four info items (scheme and total, 2019 and 2020)", () => {
    expect(brief(r.findings)).toEqual([
      ["revised-estimate", "info", "owb2020.xlsx!F3 ↔ jv2020.xlsx!C3", 1876, 1877],
      ["revised-estimate", "info", "owb2020.xlsx!I3 ↔ jv2020.xlsx!F3", 1876, 1877],
      ["revised-estimate", "info", "owb2020.xlsx!F5 ↔ jv2020.xlsx!C4", 1876, 1877],
      ["revised-estimate", "info", "owb2020.xlsx!I5 ↔ jv2020.xlsx!F4", 1876, 1877],
    ]);
  });

  it("scheme-missing does not fire for the Aruba guarantee, which lapsed to 0 in 2019", () => {
    expect(of(r.findings, "scheme-missing")).toEqual([]);
  });

  it("revised-estimate does not fire where the estimate came true (2021: 1.877 in OWB2022 and JV2021)", () => {
    expect(r.findings.some((f) => f.cells.some((c) => c.file === "jv2021.xlsx"))).toBe(false);
  });
});

describe("IX Financiën: the 2016 budget and the annual report 2017 (excerpt)", () => {
  const r = checkDocuments([
    { file: "owb2016.xlsx", sheets: [{ name: "Blad1", values: garantiesOverzicht2016 }] },
    wb("jv2017.xlsx", IX_JV2017_EXCERPT),
  ]);

  it("identifies the budget from its headers", () => {
    expect(r.documents[0]).toEqual({
      file: "owb2016.xlsx",
      id: { type: "begroting", year: 2016 },
      reason:
        'uit de koppen van de tabel op blad "Blad1" (A2:M24): "Geraamd te verlenen/vervallen", laatste jaar 2016',
    });
  });

  it("estimates for the end of 2016 against the realisations of JV2017", () => {
    const info = brief(of(r.findings, "revised-estimate"));
    expect(info).toEqual([
      ["revised-estimate", "info", "owb2016.xlsx!K3 ↔ jv2017.xlsx!D3", 362, 235],
      ["revised-estimate", "info", "owb2016.xlsx!K6 ↔ jv2017.xlsx!D6", 156, 146],
      ["revised-estimate", "info", "owb2016.xlsx!K8 ↔ jv2017.xlsx!D12", 3600000, 0],
      ["revised-estimate", "info", "owb2016.xlsx!K9 ↔ jv2017.xlsx!D13", 952832, 398504],
      ["revised-estimate", "info", "owb2016.xlsx!K10 ↔ jv2017.xlsx!D15", 49640411, 34154159],
      ["revised-estimate", "info", "owb2016.xlsx!K12 ↔ jv2017.xlsx!D18", 173953, 49110],
      ["revised-estimate", "info", "owb2016.xlsx!K15 ↔ jv2017.xlsx!D20", 27596, 31784],
    ]);
  });

  it("the rows beyond the excerpt are reported missing (the stored page ends at row 18); MIGA – herverzekeren, with nothing outstanding, is not", () => {
    expect(of(r.findings, "scheme-missing").map((f) => f.cells[0].cell)).toEqual([
      "K16", // EBRD
      "K17", // EIB
      "K18", // Wereldbank
      "K19", // DNB – deelneming in kapitaal IMF
      "K20", // AIIB
      "K21", // Regeling Investeringen
      "K23", // Exportkredietverzekering
    ]);
  });
});

describe("document identification", () => {
  it("needs the year of an annual report with relative headers, and says so", () => {
    const r = checkDocuments([
      { file: "jv.xlsx", sheets: [{ name: "Blad1", values: XVII_JV2020.grid }] },
      wb("owb2022.xlsx", XVII_OWB2022),
    ]);
    expect(r.documents[0].id).toBeNull();
    expect(r.documents[0].reason).toContain("--document BESTAND=JV2024");
    expect(r.findings).toEqual([]);
  });

  it("reads the document from a title", () => {
    const g: Grid = [
      ["Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking 2020"],
      [],
      ...XVII_JV2020.grid,
    ];
    const r = checkDocuments([
      { file: "jv.xlsx", sheets: [{ name: "Blad1", values: g }] },
      wb("owb2022.xlsx", XVII_OWB2022),
    ]);
    expect(r.documents[0].id).toEqual({ type: "jaarverslag", year: 2020 });
  });

  it("parses --document values", () => {
    expect(parseDocumentSpec("JV2024")).toEqual({ type: "jaarverslag", year: 2024 });
    expect(parseDocumentSpec("owb 2025")).toEqual({ type: "begroting", year: 2025 });
    expect(parseDocumentSpec("begroting-2025")).toEqual({ type: "begroting", year: 2025 });
    expect(parseDocumentSpec("JV24")).toBeUndefined();
    expect(parseDocumentSpec("rapport 2024")).toBeUndefined();
  });
});
