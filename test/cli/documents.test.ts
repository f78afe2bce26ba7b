/**
 * `ekv check` with several files: the second example (begroting 2020, jaarverslag 2020 and
 * begroting 2022 of hoofdstuk XVII, as published), in any order, with --document, --tijdlijn and
 * --json; the committed example workbooks equal a fresh build.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  DOCUMENTS_DIR,
  EXAMPLE_DOCUMENTS,
  buildDocumentWorkbook,
} from "../../scripts/build-example-documents";
import { REPO, removeTmp, runCli, tmpPath, writeWorkbook } from "./helpers";
import { XVII_JV2020, XVII_OWB2022, type Grid } from "../documents/fixtures/published";

/** The fixtures hold only text, numbers and blanks. */
function rows(grid: Grid): Array<Array<string | number | undefined>> {
  return grid.map((r) =>
    r.map((v) => (typeof v === "string" || typeof v === "number" ? v : undefined))
  );
}

afterAll(removeTmp);

const rel = (f: string): string => path.relative(REPO, path.join(DOCUMENTS_DIR, f));
const OWB2020 = rel("begroting-2020-XVII.xlsx");
const JV2020 = rel("jaarverslag-2020-XVII.xlsx");
const OWB2022 = rel("begroting-2022-XVII.xlsx");

interface JsonCross {
  rule: string;
  severity: string;
  message: string;
  expected: number | null;
  actual: number | null;
  cells: Array<{ file: string; sheet: string; cell: string }>;
}
interface JsonDoc {
  files: unknown[];
  documents: Array<{
    file: string;
    document: { type: string; year: number } | null;
    reason: string;
  }>;
  crossFindings: JsonCross[];
  timelines: Array<{ scheme: string; figures: unknown[] }>;
}

test("the committed example workbooks equal a fresh build", async () => {
  for (const d of EXAMPLE_DOCUMENTS) {
    const fresh = await buildDocumentWorkbook(d.title, d.table);
    expect(fs.readFileSync(path.join(DOCUMENTS_DIR, d.file)).equals(fresh)).toBe(true);
  }
});

describe("the three XVII documents", () => {
  const text = runCli(["check", OWB2020, JV2020, OWB2022]);

  test("text: a section 'Tussen documenten' with the real warning and 31 revised estimates; exit 0", () => {
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
    const section = text.stdout.slice(text.stdout.indexOf("Tussen documenten"));
    expect(section).toContain(
      `  ${JV2020}: JV2020 (uit de titel "Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")`
    );
    expect(section).toContain(
      `  waarschuwing  scheme-missing  ${OWB2020} Verstrekte garanties!I9 ↔ ${JV2020} Verstrekte garanties!A4`
    );
    expect(section.trimEnd().split("\n").pop()).toBe("  Geen fouten, 1 waarschuwing, 31 info.");
  });

  test("the order of the files does not change the section", () => {
    const other = runCli(["check", OWB2022, OWB2020, JV2020]);
    const cut = (s: string): string => s.slice(s.indexOf("\n\n", s.indexOf("Tussen documenten")));
    expect(cut(other.stdout)).toBe(cut(text.stdout));
  });

  test("--json: crossFindings with at least two cells each, documents and timelines", () => {
    const r = runCli(["check", OWB2020, JV2020, OWB2022, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(Object.keys(doc)).toEqual(["files", "documents", "crossFindings", "timelines"]);
    expect(doc.documents.map((d) => d.document)).toEqual([
      { type: "begroting", year: 2020 },
      { type: "jaarverslag", year: 2020 },
      { type: "begroting", year: 2022 },
    ]);
    expect(doc.crossFindings).toHaveLength(32);
    expect(doc.crossFindings.every((f) => f.cells.length >= 2)).toBe(true);
    expect(doc.crossFindings[0]).toEqual({
      rule: "scheme-missing",
      severity: "warning",
      message:
        "Regeling \"IFFEd\" staat in OWB2020 ('Verstrekte garanties'!I9) met uitstaand eind 2020 212.500, maar ontbreekt in het overzicht verstrekte garanties van JV2020 ('Verstrekte garanties'!A4) zonder tot nul te zijn vervallen (of staat daar onder een naam die niet herkend wordt).",
      expected: 212500,
      actual: null,
      cells: [
        { file: OWB2020, sheet: "Verstrekte garanties", cell: "I9" },
        { file: JV2020, sheet: "Verstrekte garanties", cell: "A4" },
      ],
    });
    expect(doc.timelines).toHaveLength(10);
  });

  test("--tijdlijn: one line per figure, one column per document in publication order", () => {
    const r = runCli(["check", JV2020, OWB2022, OWB2020, "--tijdlijn"]);
    const t = r.stdout.slice(r.stdout.indexOf("Tijdlijn per regeling"));
    const fom = t.slice(t.indexOf("  FOM\n"), t.indexOf("\n\n", t.indexOf("  FOM\n")));
    const lines = fom.split("\n").map((l) => l.replace(/\s+/g, " ").trim());
    expect(lines[1]).toBe("OWB2020 JV2020 OWB2022");
    expect(lines).toContain("uitstaand 2020 9.760 r 13.196 R 13.196 R");
    expect(lines).toContain("uitstaand 2018 24.760 R · ·");
  });
});

describe("--document", () => {
  let jv: string;
  let owb: string;
  beforeAll(async () => {
    // The annual report without its title: its headers say only t-1 and t.
    jv = await writeWorkbook(tmpPath("jv.xlsx"), [{ name: "Blad1", rows: rows(XVII_JV2020.grid) }]);
    const g = XVII_OWB2022.grid.map((r) => [...r]);
    g[3][2] = 13197; // FOM 2020 (C4) planted: 13.197 instead of 13.196
    owb = await writeWorkbook(tmpPath("owb.xlsx"), [{ name: "Blad1", rows: rows(g) }]);
  });

  test("without it the annual report is named as not compared", () => {
    const r = runCli(["check", jv, owb]);
    // The planted 13.197 also breaks OWB2022's own roll-forward (13.197 − 5.000 ≠ 8.196): exit 1.
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("realisation-mismatch");
    expect(r.stdout).toContain(`  ${jv}: niet vergeleken — document en jaar onbekend:`);
    expect(r.stdout).toContain(
      "Minder dan twee documenten met bekend type en jaar: niets vergeleken."
    );
  });

  test("with it the planted realisation mismatch is an error naming both cells; exit 1", () => {
    const r = runCli(["check", jv, owb, "--document", `${jv}=JV2020`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  fout  realisation-mismatch  ${jv} Blad1!F3 ↔ ${owb} Blad1!C4`);
  });

  test("a value that names no given file or no document is one Dutch line and exit 2", () => {
    const a = runCli(["check", jv, owb, "--document", "ander.xlsx=JV2020"]);
    expect(a.code).toBe(2);
    expect(a.stderr.trim()).toBe(
      'ekv: --document ander.xlsx=JV2020: "ander.xlsx" is niet een van de opgegeven bestanden.'
    );
    const b = runCli(["check", jv, owb, "--document", `${jv}=verslag`]);
    expect(b.code).toBe(2);
    expect(b.stderr.trim()).toMatch(
      /^ekv: Ongeldige waarde voor --document: ".*=verslag"\. Schrijf BESTAND=JV2024/
    );
  });
});
