/**
 * The example workbook (examples/begroting-2016-hoofdstuk-IX.xlsx): the committed file equals a
 * fresh build of scripts/build-example-workbook.ts, and `ekv check` reports exactly the
 * inconsistencies of the published 2016 tables.
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import {
  AMOUNT_FORMAT,
  buildExampleWorkbook,
  normaliseZipTimestamps,
} from "../../scripts/build-example-workbook";
import { EXAMPLE, removeTmp, runCli, sha256 } from "./helpers";

afterAll(removeTmp);

interface CellSnapshot {
  ref: string;
  value: unknown;
  numFmt: string | undefined;
  bold: boolean;
}

async function snapshot(buf: Buffer): Promise<{ props: unknown; sheets: unknown[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const sheets: unknown[] = [];
  wb.eachSheet((ws) => {
    const cells: CellSnapshot[] = [];
    ws.eachRow((row) =>
      row.eachCell((c) =>
        cells.push({
          ref: c.address,
          value: c.value,
          numFmt: c.numFmt,
          bold: Boolean(c.font?.bold),
        })
      )
    );
    sheets.push({ name: ws.name, cells });
  });
  return {
    props: { creator: wb.creator, created: wb.created?.toISOString(), title: wb.title },
    sheets,
  };
}

test("the committed example equals a fresh build (cell values, formats, properties)", async () => {
  const fresh = await buildExampleWorkbook();
  const committed = fs.readFileSync(EXAMPLE);
  expect(await snapshot(committed)).toEqual(await snapshot(fresh));
});

test("the build is deterministic: two builds give the same bytes", async () => {
  const a = await buildExampleWorkbook();
  const b = await buildExampleWorkbook();
  expect(a.equals(b)).toBe(true);
  // Timestamps are normalised, so normalising again changes nothing.
  expect(normaliseZipTimestamps(Buffer.from(a)).equals(a)).toBe(true);
});

test("amounts are stored as numbers with the Dutch format, headers as text", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const garanties = wb.getWorksheet("Verstrekte garanties");
  expect(garanties).toBeDefined();
  if (!garanties) return;
  expect(garanties.getCell("A1").value).toBe(
    "Overzicht verstrekte garanties (bedragen x\u00a0€\u00a01.000)"
  );
  expect(garanties.getCell("D2").value).toBe("Uitstaande garanties 2014");
  // The Totaal row of the published table: Uitstaande garanties 2014 = 190.131.779.
  expect(garanties.getCell("B24").value).toBe("Totaal");
  expect(garanties.getCell("D24").value).toBe(190131779);
  expect(garanties.getCell("D24").numFmt).toBe(AMOUNT_FORMAT);
  // Nr. is a number but no amount.
  expect(garanties.getCell("A3").value).toBe(1);
  expect(garanties.getCell("A3").numFmt).toBeUndefined();
  const benutting = wb.getWorksheet("Benutting");
  // Netto 2014 of the Exportkredietverzekering, published as "– 7.484.391".
  expect(benutting?.getCell("F20").value).toBe(-7484391);
  expect(benutting?.getCell("F20").numFmt).toBe(AMOUNT_FORMAT);
  // Year headers keep the General format (2010, not 2.010).
  expect(benutting?.getCell("B17").value).toBe(2010);
  expect(benutting?.getCell("B17").numFmt).toBeUndefined();
});

describe("ekv check on the example", () => {
  /*
   * The published Overzicht uitgaven en ontvangsten garanties, 2016 (column L = Saldo 2016):
   * items -245 (procesrisico's) + 1.075 (NHT) + 609 (WAKO) + 7.800 (Propertize) + 750 (Regeling
   * Investeringen) + 158.302 (Exportkredietverzekering) = 168.291, and the row Totaal gives
   * ontvangsten 248.736 − uitgaven 80.445 = 168.291 as well; the published total is 172.276
   * (3.985 too much). Every other column and table adds up.
   */
  const expectedFindings = [
    {
      rule: "column-total",
      severity: "error",
      sheet: "Uitgaven en ontvangsten",
      cell: "L24",
      expected: 168291,
      actual: 172276,
    },
    {
      rule: "saldo",
      severity: "error",
      sheet: "Uitgaven en ontvangsten",
      cell: "L24",
      expected: 168291,
      actual: 172276,
    },
  ];

  test("--json: five tables, exactly the two findings on Saldo 2016, exit 1", () => {
    const before = sha256(EXAMPLE);
    const r = runCli(["check", EXAMPLE, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      files: Array<{
        tables: Array<Record<string, unknown>>;
        findings: Array<Record<string, unknown>>;
      }>;
    };
    expect(doc.files[0].tables).toEqual([
      {
        sheet: "Verstrekte garanties",
        range: "A2:M24",
        kind: "garanties",
        unit: "x € 1.000",
        years: [2014, 2015, 2016],
        title: "Overzicht verstrekte garanties",
        // 115 filled amount cells in D3:M24, all compared (counted from the fixture).
        coverage: { checkedCells: 115, uncheckedCells: 0, unchecked: [] },
      },
      {
        sheet: "Uitgaven en ontvangsten",
        range: "A2:L24",
        kind: "uitgaven-ontvangsten",
        unit: "x € 1.000",
        years: [2014, 2015, 2016],
        title: "Overzicht uitgaven en ontvangsten garanties",
        coverage: { checkedCells: 63, uncheckedCells: 0, unchecked: [] },
      },
      ...[
        ["A3:F6", "19. Regeling Investeringen"],
        ["A10:F13", "20. MIGA-herverzekering"],
        ["A17:F20", "21. Exportkredietverzekering"],
      ].map(([range, title]) => ({
        sheet: "Benutting",
        range,
        kind: "benutting",
        unit: "x € 1.000",
        years: [2010, 2011, 2012, 2013, 2014],
        title,
        coverage: { checkedCells: 15, uncheckedCells: 0, unchecked: [] },
      })),
    ]);
    const findings = doc.files[0].findings;
    for (const f of findings) expect(typeof f.message).toBe("string");
    expect(
      findings.map(({ rule, severity, sheet, cell, expected, actual, table }) => ({
        rule,
        severity,
        sheet,
        cell,
        expected,
        actual,
        table,
      }))
    ).toEqual(expectedFindings.map((f) => ({ ...f, table: 1 })));
    expect(sha256(EXAMPLE)).toBe(before);
  });

  test("text: the findings under table 2 and the summary line", () => {
    const r = runCli(["check", "examples/begroting-2016-hoofdstuk-IX.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "Bestand: examples/begroting-2016-hoofdstuk-IX.xlsx\n5 tabellen herkend."
    );
    const table2 = r.stdout.split("\n\n").find((b) => b.startsWith("Tabel 2:")) ?? "";
    expect(table2).toContain('blad "Uitgaven en ontvangsten", bereik A2:L24');
    expect(table2).toMatch(
      /L24 {2}fout {2}column-total {2}Totaal klopt niet\n +Regel "Totaal", kolom "Saldo 2016": verwacht 168\.291, gevonden 172\.276/
    );
    expect(table2).toMatch(
      /L24 {2}fout {2}saldo {2}Saldo klopt niet\n +Regel "Totaal", kolom "Saldo 2016": verwacht 168\.291, gevonden 172\.276/
    );
    expect((r.stdout.match(/Geen bevindingen\./g) ?? []).length).toBe(4);
    expect((r.stdout.match(/ {2}Dekking: alle \d+ bedragen gecontroleerd\./g) ?? []).length).toBe(
      5
    );
    // 115 + 63 + 3 × 15 = 223 amounts compared.
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(
      "2 fouten in 1 tabel; 223 bedragen gecontroleerd."
    );
  });
});
