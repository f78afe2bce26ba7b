/**
 * `ekv` as a user runs it: `node bin/ekv.js …` in a child process, on workbooks written to the
 * temporary directory. Text and JSON output, exit codes 0/1/2, every unusable input (one Dutch
 * line on stderr, no stack trace, the file untouched) and formula cells with and without a cached
 * value.
 */
import * as fs from "node:fs";
import {
  EXAMPLE,
  consistentRows,
  removeTmp,
  runCli,
  sha256,
  tmpPath,
  writeWorkbook,
  type CliRun,
} from "./helpers";

afterAll(removeTmp);

interface JsonFinding {
  id: string;
  rule: string;
  title: string;
  severity: string;
  rounding: boolean;
  sheet: string;
  cell: string;
  message: string;
  expected: number | null;
  actual: number | null;
  table: number;
}
interface JsonDoc {
  files: Array<{
    file: string;
    tables: Array<{
      sheet: string;
      range: string;
      kind: string;
      unit: string;
      years: unknown[];
      title: string;
    }>;
    findings: JsonFinding[];
  }>;
}

function expectOneLineFailure(r: CliRun, pattern: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ekv: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toContain("    at ");
}

/** The consistent table, with Regeling B's uitstaand 2016 (F4) typed as 171 instead of 170. */
async function tableWithError(name: string): Promise<string> {
  const rows = consistentRows();
  rows[3][5] = 171;
  return writeWorkbook(tmpPath(name), [{ name: "Garanties", rows }]);
}

describe("a consistent table", () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(tmpPath("consistent.xlsx"), [
      { name: "Garanties", rows: consistentRows() },
    ]);
  });

  test("text: the table and 'Alle tabellen zijn consistent', exit 0", () => {
    const before = sha256(file);
    const r = runCli(["check", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Bestand: ${file}`);
    expect(r.stdout).toContain("1 tabel herkend.");
    expect(r.stdout).toMatch(/Tabel 1: .*\n {2}soort garanties; blad "Garanties", bereik A\d+:G5;/);
    expect(r.stdout).toContain("jaren 2015, 2016");
    expect(r.stdout).toContain("Geen bevindingen.");
    // 5 + 4 + 5 filled amount cells in rows 3–5, each in a column total.
    expect(r.stdout).toContain("  Dekking: alle 14 bedragen gecontroleerd.");
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(
      "Alle tabellen zijn consistent; 14 bedragen gecontroleerd."
    );
    expect(sha256(file)).toBe(before);
  });

  test("--json: exactly one document with the documented keys", () => {
    const r = runCli(["check", file, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(Object.keys(doc)).toEqual(["files", "documents", "crossFindings", "timelines"]);
    expect(doc.files).toHaveLength(1);
    expect(Object.keys(doc.files[0])).toEqual(["file", "tables", "findings"]);
    expect(doc.files[0].file).toBe(file);
    expect(doc.files[0].tables).toHaveLength(1);
    const t = doc.files[0].tables[0];
    expect(Object.keys(t)).toEqual([
      "sheet",
      "range",
      "kind",
      "unit",
      "years",
      "title",
      "coverage",
    ]);
    expect(t.sheet).toBe("Garanties");
    expect(t.kind).toBe("garanties");
    expect(t.range).toMatch(/^A\d+:G5$/);
    expect(t.unit).toMatch(/1\.000/);
    expect(t.years).toEqual([2015, 2016]);
    expect(doc.files[0].findings).toEqual([]);
  });
});

describe("a table with a mistake", () => {
  let file: string;
  beforeAll(async () => {
    file = await tableWithError("fout.xlsx");
  });

  test("--json lists the roll-forward and the column total at their cells, exit 1", () => {
    const r = runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    const findings = doc.files[0].findings;
    for (const f of findings) {
      expect(Object.keys(f)).toEqual([
        "id",
        "rule",
        "title",
        "severity",
        "rounding",
        "sheet",
        "cell",
        "message",
        "expected",
        "actual",
        "table",
      ]);
      expect(f.table).toBe(0);
      expect(typeof f.message).toBe("string");
      expect(f.message.length).toBeGreaterThan(0);
    }
    // F4: 200 + 0 − 30 = 170, found 171. F5: 110 + 171 = 281, found 280.
    expect(
      findings.map(({ rule, severity, sheet, cell, expected, actual }) => ({
        rule,
        severity,
        sheet,
        cell,
        expected,
        actual,
      }))
    ).toEqual([
      {
        rule: "roll-forward",
        severity: "error",
        sheet: "Garanties",
        cell: "F4",
        expected: 170,
        actual: 171,
      },
      {
        rule: "column-total",
        severity: "error",
        sheet: "Garanties",
        cell: "F5",
        expected: 281,
        actual: 280,
      },
    ]);
  });

  test("text: cell, rule, severity, Dutch amounts, row and column, summary", () => {
    const r = runCli(["check", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      / {2}F4 {2}fout {2}roll-forward {2}Uitstaand sluit niet aan\n.*Regeling B.*Uitstaande garanties 2016/
    );
    expect(r.stdout).toContain("verwacht 170, gevonden 171");
    expect(r.stdout).toMatch(
      / {2}F5 {2}fout {2}column-total {2}Totaal klopt niet\n.*Totaal.*Uitstaande garanties 2016/
    );
    expect(r.stdout).toContain("verwacht 281, gevonden 280");
    expect(r.stdout.trimEnd().split("\n").pop()).toBe(
      "2 fouten in 1 tabel; 14 bedragen gecontroleerd."
    );
  });

  test("--tolerance 1 accepts the difference of 1, exit 0", () => {
    const r = runCli(["check", file, "--tolerance", "1", "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonDoc).files[0].findings).toEqual([]);
    expect(runCli(["check", file, "--tolerance=0,5"]).code).toBe(1);
  });

  test("--rounding reports a difference of 1 as a rounding warning, exit 0", () => {
    // F4: three rounded terms may be off by (3 + 1) / 2 = 2 ≥ 1; F5: two items, 1,5 ≥ 1.
    const r = runCli(["check", file, "--rounding", "--json"]);
    expect(r.code).toBe(0);
    const findings = (JSON.parse(r.stdout) as JsonDoc).files[0].findings;
    expect(findings.map((f) => [f.rule, f.severity, f.rounding, f.cell])).toEqual([
      ["roll-forward", "warning", true, "F4"],
      ["column-total", "warning", true, "F5"],
    ]);
  });
});

test("a number stored as text is a warning only: exit 0 and the warning in the summary", async () => {
  const rows = consistentRows();
  rows[2][3] = "20";
  const file = await writeWorkbook(tmpPath("tekstgetal.xlsx"), [{ name: "Garanties", rows }]);
  const r = runCli(["check", file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/ {2}D3 {2}waarschuwing {2}number-as-text/);
  expect(r.stdout.trimEnd().split("\n").pop()).toBe(
    "Geen fouten, 1 waarschuwing in 1 tabel; 14 bedragen gecontroleerd."
  );
});

describe("formula cells", () => {
  test("are checked on their cached results", async () => {
    const rows = consistentRows();
    rows[2][5] = { formula: "C3+D3-E3", result: 110 };
    rows[4][5] = { formula: "SUM(F3:F4)", result: 280 };
    const file = await writeWorkbook(tmpPath("formules.xlsx"), [{ name: "Garanties", rows }]);
    const r = runCli(["check", file, "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonDoc).files[0].findings).toEqual([]);
  });

  test("a wrong cached result is reported like a typed number", async () => {
    const rows = consistentRows();
    rows[4][5] = { formula: "SUM(F3:F3)", result: 110 };
    const file = await writeWorkbook(tmpPath("formulefout.xlsx"), [{ name: "Garanties", rows }]);
    const r = runCli(["check", file, "--json"]);
    expect(r.code).toBe(1);
    const f = (JSON.parse(r.stdout) as JsonDoc).files[0].findings;
    // 110 + 170 = 280 expected in F5, the stale formula gives 110.
    expect(
      f.filter((x) => x.rule === "column-total").map((x) => [x.cell, x.expected, x.actual])
    ).toEqual([["F5", 280, 110]]);
  });

  test("a formula without a cached value is a not-calculated warning", async () => {
    const rows = consistentRows();
    rows[2][5] = { formula: "C3+D3-E3" } as unknown as (typeof rows)[0][0];
    const file = await writeWorkbook(tmpPath("onberekend.xlsx"), [{ name: "Garanties", rows }]);
    const r = runCli(["check", file, "--json"]);
    const findings = (JSON.parse(r.stdout) as JsonDoc).files[0].findings;
    const atF3 = findings.filter((f) => f.cell === "F3");
    expect(atF3.map((f) => [f.rule, f.severity])).toEqual([["not-calculated", "warning"]]);
    expect(r.code).toBe(findings.some((f) => f.severity === "error") ? 1 : 0);
  });
});

describe("unusable input: exit 2, one Dutch line, no stack trace, file untouched", () => {
  test("no arguments", () => {
    expectOneLineFailure(runCli([]), /Geen opdracht gegeven/);
  });

  test("check without a file", () => {
    expectOneLineFailure(runCli(["check"]), /Geen bestand opgegeven/);
  });

  test("unknown option", () => {
    expectOneLineFailure(runCli(["check", EXAMPLE, "--snel"]), /Onbekende optie: --snel/);
  });

  test("unknown command", () => {
    expectOneLineFailure(runCli(["controleer", EXAMPLE]), /Onbekende opdracht: "controleer"/);
  });

  test("--tolerance without a valid number", () => {
    expectOneLineFailure(runCli(["check", EXAMPLE, "--tolerance", "veel"]), /--tolerance: "veel"/);
    // "-1" after --tolerance is its (negative) value, not an unknown option.
    expectOneLineFailure(
      runCli(["check", EXAMPLE, "--tolerance", "-1"]),
      /Ongeldige waarde voor --tolerance: "-1"/
    );
  });

  test("missing file", () => {
    const f = tmpPath("weg.xlsx");
    expectOneLineFailure(runCli(["check", f]), /weg\.xlsx: bestand niet gevonden\./);
  });

  test("a text file renamed to .xlsx", () => {
    const f = tmpPath("tekst.xlsx");
    fs.writeFileSync(f, "Dit is geen werkmap.\n");
    const before = sha256(f);
    expectOneLineFailure(runCli(["check", f]), /dit is geen Excel-werkmap \(\.xlsx\)\./);
    expect(sha256(f)).toBe(before);
  });

  test("a truncated zip", () => {
    const f = tmpPath("afgebroken.xlsx");
    const whole = fs.readFileSync(EXAMPLE);
    fs.writeFileSync(f, whole.subarray(0, Math.floor(whole.length / 2)));
    const before = sha256(f);
    expectOneLineFailure(runCli(["check", f]), /beschadigd/);
    expect(sha256(f)).toBe(before);
  });

  test("a zip with damaged compressed data", () => {
    const f = tmpPath("beschadigd.xlsx");
    const buf = Buffer.from(fs.readFileSync(EXAMPLE));
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const local = buf.indexOf(name) - 30;
    expect(buf.readUInt32LE(local)).toBe(0x04034b50);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    buf.fill(0xff, data + 5, data + 60);
    fs.writeFileSync(f, buf);
    const before = sha256(f);
    expectOneLineFailure(runCli(["check", f]), /beschadigd/);
    expect(sha256(f)).toBe(before);
  });

  test("a zip that is no workbook", () => {
    const f = tmpPath("geen-werkmap.xlsx");
    const buf = Buffer.from(fs.readFileSync(EXAMPLE));
    // Renames the workbook part in the zip headers (same length, so the archive stays valid).
    let at = buf.indexOf("xl/workbook.xml");
    while (at >= 0) {
      buf.write("xl/notebook.xml", at);
      at = buf.indexOf("xl/workbook.xml");
    }
    fs.writeFileSync(f, buf);
    expectOneLineFailure(runCli(["check", f]), /geen Excel-werkmap/);
  });

  test("an encrypted workbook (OLE compound file with EncryptionInfo)", () => {
    const f = tmpPath("versleuteld.xlsx");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.alloc(1024);
    Buffer.from("EncryptionInfo", "utf16le").copy(body, 512);
    fs.writeFileSync(f, Buffer.concat([header, body]));
    const before = sha256(f);
    expectOneLineFailure(runCli(["check", f]), /versleuteld/);
    expect(sha256(f)).toBe(before);
  });

  test("an old .xls file (OLE without encryption)", () => {
    const f = tmpPath("oud.xls");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(f, Buffer.concat([header, Buffer.alloc(1024)]));
    expectOneLineFailure(runCli(["check", f]), /oud Excel-bestand \(\.xls\)/);
  });

  test("too large (limit from EKV_MAX_BYTES)", () => {
    const before = sha256(EXAMPLE);
    const r = runCli(["check", EXAMPLE], { EKV_MAX_BYTES: "5000" });
    expectOneLineFailure(r, /te groot .*de grens is 5000 bytes/);
    expect(sha256(EXAMPLE)).toBe(before);
  });

  test("several files, one missing: the others are reported, exit 2", async () => {
    const good = await writeWorkbook(tmpPath("goed.xlsx"), [
      { name: "Garanties", rows: consistentRows() },
    ]);
    const missing = tmpPath("ontbreekt.xlsx");
    const r = runCli(["check", good, missing, "--json"]);
    expectOneLineFailure(r, /ontbreekt\.xlsx: bestand niet gevonden/);
    const doc = JSON.parse(r.stdout) as {
      files: Array<{ file: string; error?: { code: string; message: string } }>;
    };
    // The unusable file is in the JSON too, with its reason.
    expect(doc.files.map((f) => [f.file, f.error])).toEqual([
      [good, undefined],
      [missing, { code: "not-found", message: "bestand niet gevonden." }],
    ]);
  });
});

test("--help prints the usage in Dutch, exit 0", () => {
  const r = runCli(["--help"]);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain("ekv check BESTAND.xlsx");
  expect(r.stdout).toContain("--tolerance N");
  expect(r.stdout).toContain("--rounding");
  expect(r.stdout).toContain("Afsluitcode: 0 geen fouten");
});

test("--json: relative years as labels, the unit from the title, warning and error in order", async () => {
  // Regeling B: uitstaand t 170 = 200 + 0 − 30, but above its totaal plafond 150 (by 20).
  const file = await writeWorkbook(tmpPath("relatief.xlsx"), [
    {
      name: "Relatief",
      rows: [
        ["Overzicht verstrekte garanties (bedragen x € 1 mln.)"],
        [
          "Omschrijving",
          "Uitstaande t-1",
          "Verleend t",
          "Vervallen t",
          "Uitstaande t",
          "Garantieplafond",
          "Totaal plafond",
          "Opmerkingen",
        ],
        ["Regeling A", 100, 20, 10, 110, 50, undefined, 3],
        ["Regeling B", 200, 0, 30, 170, undefined, 150],
        ["Totaal", 300, 20, 40, 280, 50, 150, 3],
      ],
    },
  ]);
  const r = runCli(["check", file, "--json"]);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout) as JsonDoc;
  expect(doc.files[0].tables).toEqual([
    {
      sheet: "Relatief",
      range: "A2:H5",
      kind: "garanties",
      unit: "x € 1 mln.",
      years: ["t-1", "t"],
      title: "Overzicht verstrekte garanties",
      // 5 + 5 + 6 amounts compared; the two under the unknown "Opmerkingen" are named.
      coverage: {
        checkedCells: 16,
        uncheckedCells: 2,
        unchecked: [
          { range: "H3", reason: "kop niet herkend" },
          { range: "H5", reason: "kop niet herkend" },
        ],
      },
    },
  ]);
  expect(
    doc.files[0].findings.map((f) => [f.rule, f.severity, f.cell, f.expected, f.actual])
  ).toEqual([
    ["unknown-column", "warning", "H2", null, null],
    ["total-ceiling", "error", "E4", 150, 170],
  ]);
});

test("--json on the example: the three benutting tables are told apart by their scheme, findings name their table", () => {
  const r = runCli(["check", EXAMPLE, "--json"]);
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout) as JsonDoc;
  expect(doc.files[0].tables.map((t) => t.title)).toEqual([
    "Overzicht verstrekte garanties",
    "Overzicht uitgaven en ontvangsten garanties",
    "19. Regeling Investeringen",
    "20. MIGA-herverzekering",
    "21. Exportkredietverzekering",
  ]);
  // The published mistake: L24 of the uitgaven/ontvangsten table (index 1), by two rules.
  expect(doc.files[0].findings.map((f) => [f.rule, f.cell, f.table])).toEqual([
    ["column-total", "L24", 1],
    ["saldo", "L24", 1],
  ]);
});
