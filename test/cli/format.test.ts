/** The text report: the layout of a finding (the summary line: test/core/summary.test.ts). */
import { formatFileText, formatJson } from "../../src/cli/format";
import type { CheckResult, Finding } from "../../src/core/tables/model";
import { schemaErrors } from "./json-schema";

const finding: Finding = {
  id: "a.xlsx/Blad1/F4/roll-forward",
  rule: "roll-forward",
  severity: "error",
  sheet: "Blad1",
  cell: "F4",
  message:
    'Regel "Regeling B", kolom "Uitstaande garanties 2016": verwacht – 1.234.567,5, gevonden 0 (verschil 1.234.567,5). Uitstaand klopt niet.',
  expected: -1234567.5,
  actual: 0,
  table: 0,
  rowLabel: "Regeling\nB",
  columnHeader: "Uitstaande garanties 2016",
  row: 3,
  col: 5,
};
const result: CheckResult = {
  tables: [
    { sheet: "Blad1", range: "A2:G5", kind: "garanties", unit: "x € 1.000", years: ["t-1", "t"] },
  ],
  findings: [finding],
};

test("a finding: cell, severity, rule and title; then core's message once, figures not repeated", () => {
  expect(formatFileText({ file: "a.xlsx", result })).toBe(
    [
      "Bestand: a.xlsx",
      "1 tabel herkend.",
      "",
      "Tabel 1: Overzicht verstrekte garanties",
      '  soort garanties; blad "Blad1", bereik A2:G5; bedragen x € 1.000; jaren t-1, t',
      "  F4  fout  roll-forward  Uitstaand sluit niet aan",
      '      Regel "Regeling B", kolom "Uitstaande garanties 2016": verwacht – 1.234.567,5, gevonden 0 (verschil 1.234.567,5). Uitstaand klopt niet.',
      "",
      "1 fout in 1 tabel.",
    ].join("\n")
  );
});

test("a rounding finding keeps its rule, marked (afronding), as a warning", () => {
  const r: CheckResult = {
    ...result,
    findings: [{ ...finding, severity: "warning", rounding: true }],
  };
  expect(formatFileText({ file: "a.xlsx", result: r }).split("\n")[5]).toBe(
    "  F4  waarschuwing  roll-forward (afronding)  Uitstaand sluit niet aan"
  );
});

test("JSON: id, rule, title, severity, rounding, the table's index; tables with their title", () => {
  const text = formatJson([{ file: "a.xlsx", result }]);
  expect(schemaErrors(JSON.parse(text))).toEqual([]);
  const doc = JSON.parse(text) as {
    files: Array<{ findings: object[]; tables: object[] }>;
  };
  expect(doc.files[0].findings).toEqual([
    {
      id: "a.xlsx/Blad1/F4/roll-forward",
      rule: "roll-forward",
      title: "Uitstaand sluit niet aan",
      severity: "error",
      rounding: false,
      sheet: "Blad1",
      cell: "F4",
      message: finding.message,
      expected: -1234567.5,
      actual: 0,
      table: 0,
    },
  ]);
  expect(doc.files[0].tables).toEqual([
    {
      sheet: "Blad1",
      range: "A2:G5",
      kind: "garanties",
      unit: "x € 1.000",
      years: ["t-1", "t"],
      title: "Overzicht verstrekte garanties",
    },
  ]);
});

test("JSON title of a benutting table is its scheme; an unusable file has its error", () => {
  const benutting: CheckResult = {
    tables: [
      {
        sheet: "Benutting",
        range: "A17:F20",
        kind: "benutting",
        unit: "x € 1.000",
        years: [2013, 2014],
        title: "Benutting garantieregeling – 21. Exportkredietverzekering",
      },
    ],
    findings: [],
  };
  const text = formatJson([
    { file: "a.xlsx", result: benutting },
    { file: "b.xlsx", error: { code: "crc", message: "het bestand is beschadigd (…)." } },
  ]);
  expect(schemaErrors(JSON.parse(text))).toEqual([]);
  const doc = JSON.parse(text) as {
    files: Array<{ tables?: Array<{ title: string }>; error?: object }>;
  };
  expect(doc.files[0].tables?.[0].title).toBe("21. Exportkredietverzekering");
  expect(doc.files[1]).toEqual({
    file: "b.xlsx",
    error: { code: "crc", message: "het bestand is beschadigd (…)." },
  });
});

test("the schema refuses what the format does not promise", () => {
  const good = JSON.parse(formatJson([{ file: "a.xlsx", result }])) as {
    files: Array<{
      findings: Array<Record<string, unknown>>;
      tables: Array<Record<string, unknown>>;
    }>;
  };
  const withoutTable = structuredClone(good);
  delete withoutTable.files[0].findings[0].table;
  expect(schemaErrors(withoutTable)).not.toEqual([]);
  const extraKey = structuredClone(good);
  extraKey.files[0].tables[0].row = 3;
  expect(schemaErrors(extraKey)).not.toEqual([]);
  expect(
    schemaErrors({ files: [{ file: "x", error: { code: "oops", message: "m" } }] })
  ).not.toEqual([]);
});
