/**
 * The .xlsx reader: every kind of cell value, both ExcelJS readers agreeing, the published 2016
 * tables round-tripping through the example workbook, and each unusable input refused with its
 * own Dutch message.
 */
import * as fs from "node:fs";
import type { CellValue, SheetData } from "../../src/core/tables/model";
import { InputError } from "../../src/cli/input-error";
import { cliLimits, readXlsxFile } from "../../src/cli/read-file";
import { DEFAULT_LIMITS } from "../../src/xlsx";
import { ZipArchive } from "../../src/xlsx/zip";
import { sheets2016 } from "../tables/fixtures/tables-2016";
import {
  EXAMPLE,
  removeTmp,
  reorderZip,
  rewriteZip,
  sha256,
  tmpPath,
  writeWorkbook,
} from "../cli/helpers";
import { grid, oracle, readFile } from "./support";

/** Reads with the reader under test ("stream") or with the ExcelJS oracle ("full"). */
async function readXlsx(
  file: string,
  opts: { reader?: "stream" | "full" } = {}
): Promise<Array<{ name: string; values: CellValue[][] }>> {
  if (opts.reader === "full") return oracle(file);
  return readFile(file).map((s) => ({ name: s.name, values: grid(s) }));
}

function decodeAddress(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function partNames(buf: Buffer): string[] {
  return ZipArchive.open(buf, { ...DEFAULT_LIMITS })
    .list()
    .map((e) => e.name);
}

afterAll(removeTmp);

/** Drops trailing blanks of each row and trailing empty rows, so grids compare by content. */
function trimmed(values: CellValue[][]): CellValue[][] {
  const rows = values.map((r) => {
    const copy = [...r];
    while (copy.length && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined))
      copy.pop();
    return copy.map((v) => (v === undefined ? null : v));
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function cell(sheet: Pick<SheetData, "values">, ref: string): CellValue {
  const at = decodeAddress(ref);
  if (!at) throw new Error(ref);
  return sheet.values[at.row]?.[at.col] ?? null;
}

describe("cell values", () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(tmpPath("values.xlsx"), [
      {
        name: "Waarden",
        rows: [
          [1234, -378, 0.5, "tekst", true, false],
          [{ richText: [{ text: "Garantie- " }, { font: { bold: true }, text: "plafond 2016" }] }],
          [{ error: "#REF!" }, { error: "#DIV/0!" }],
          [
            { formula: "A1+1", result: 1235 },
            { formula: 'A4&"x"', result: "1235x" },
            { formula: "1/0", result: { error: "#DIV/0!" } },
            { formula: "A1>0", result: true },
            { formula: "SUM(A1:C1)" },
          ],
          [42491, 42491.5],
          // An empty text is a blank cell (the conversion contract), as Excel shows it.
          ["– 378", "nvt"],
          [{ text: "link", hyperlink: "https://www.rijksfinancien.nl" }],
        ],
        numFmts: { A5: "d-m-yyyy", B5: "d-m-yyyy h:mm", A1: "#,##0;– #,##0" },
        merges: ["A8:C9"],
      },
    ]);
  });

  for (const reader of ["stream", "full"] as const) {
    test(`${reader} reader converts every kind of value`, async () => {
      const [sheet] = await readXlsx(file, { reader });
      expect(sheet.name).toBe("Waarden");
      expect(trimmed(sheet.values).slice(0, 7)).toEqual([
        [1234, -378, 0.5, "tekst", true, false],
        ["Garantie- plafond 2016"],
        [{ error: "#REF!" }, { error: "#DIV/0!" }],
        [1235, "1235x", { error: "#DIV/0!" }, true, { uncalculated: "SUM(A1:C1)" }],
        // Serial 42491 is 1 May 2016 (days since 30 Dec 1899); .5 is noon.
        ["1-5-2016", "1-5-2016 12:00"],
        ["– 378", "nvt"],
        ["link"],
      ]);
      expect(cell(sheet, "A8")).toBeNull();
    });
  }
});

test("merged cells keep their value only in the top-left cell", async () => {
  const file = await writeWorkbook(tmpPath("merged.xlsx"), [
    { name: "Blad1", rows: [["Titel over drie kolommen"], [1, 2, 3]], merges: ["A1:C1"] },
  ]);
  for (const reader of ["stream", "full"] as const) {
    const [sheet] = await readXlsx(file, { reader });
    expect(trimmed(sheet.values)).toEqual([["Titel over drie kolommen"], [1, 2, 3]]);
  }
});

test("sheets come in tab order, each with its own name", async () => {
  const file = await writeWorkbook(tmpPath("order.xlsx"), [
    { name: "Eerste", rows: [[1]] },
    { name: "Tweede", rows: [[2]] },
    { name: "Derde", rows: [[3]] },
  ]);
  const sheets = await readXlsx(file);
  expect(sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
    ["Eerste", 1],
    ["Tweede", 2],
    ["Derde", 3],
  ]);
});

test("the example workbook holds the published 2016 tables exactly", async () => {
  const before = sha256(EXAMPLE);
  const expected = sheets2016().map((s) => ({ name: s.name, values: trimmed(s.values) }));
  for (const reader of ["stream", "full"] as const) {
    const sheets = await readXlsx(EXAMPLE, { reader });
    expect(sheets.map((s) => ({ name: s.name, values: trimmed(s.values) }))).toEqual(expected);
  }
  expect(sha256(EXAMPLE)).toBe(before);
});

describe("unusable input", () => {
  async function refusal(
    file: string,
    opts: { maxBytes?: number; maxCells?: number } = {}
  ): Promise<string> {
    const limits = cliLimits();
    if (opts.maxBytes) limits.fileBytes = opts.maxBytes;
    if (opts.maxCells) limits.workbookCells = opts.maxCells;
    try {
      readXlsxFile(file, limits);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as Error).message;
    }
    throw new Error("no error");
  }

  test("missing file", async () => {
    expect(await refusal(tmpPath("bestaat-niet.xlsx"))).toMatch(/bestand niet gevonden/);
  });

  test("a directory", async () => {
    const d = tmpPath("map.xlsx");
    fs.mkdirSync(d);
    expect(await refusal(d)).toMatch(/is een map/);
  });

  test("empty file", async () => {
    const f = tmpPath("leeg.xlsx");
    fs.writeFileSync(f, "");
    expect(await refusal(f)).toMatch(/het bestand is leeg/);
  });

  test("too large, with the limit in the message", async () => {
    expect(await refusal(EXAMPLE, { maxBytes: 1000 })).toMatch(/te groot .*de grens is 1000 bytes/);
  });

  test("too many cells", async () => {
    expect(await refusal(EXAMPLE, { maxCells: 10 })).toMatch(/meer dan 10 gevulde cellen/);
  });
});

test("a part whose CRC-32 does not match is refused", async () => {
  const f = tmpPath("crc.xlsx");
  const buf = Buffer.from(fs.readFileSync(EXAMPLE));
  // Flip the stored CRC of the first central-directory entry (signature PK\x01\x02, CRC at +16).
  const central = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  buf.writeUInt32LE((buf.readUInt32LE(central + 16) ^ 1) >>> 0, central + 16);
  fs.writeFileSync(f, buf);
  await expect(readXlsx(f)).rejects.toThrow(/beschadigd \(controlegetal van .* klopt niet\)/);
});

describe("part order of other producers", () => {
  const first = (names: string[], wanted: string[]): string[] => [
    ...wanted.filter((n) => names.includes(n)),
    ...names.filter((n) => !wanted.includes(n)),
  ];

  // ExcelJS's own streaming reader fails on the second order (exceljs issue #3064).
  test.each([
    [
      "workbook and styles first",
      ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"],
    ],
    [
      "shared strings first, workbook.xml last",
      ["xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"],
    ],
    ["sheets in reverse order", ["xl/worksheets/sheet3.xml", "xl/worksheets/sheet2.xml"]],
  ])("%s: the same sheets", async (label, wanted) => {
    const reordered = reorderZip(fs.readFileSync(EXAMPLE), (names) => first(names, wanted));
    const f = tmpPath(`volgorde-${label.replace(/\W+/g, "-")}.xlsx`);
    fs.writeFileSync(f, reordered);
    expect(partNames(reordered).slice(0, wanted.length)).toEqual(wanted);
    const expected = sheets2016().map((s) => ({ name: s.name, values: trimmed(s.values) }));
    const sheets = await readXlsx(f);
    expect(sheets.map((s) => ({ name: s.name, values: trimmed(s.values) }))).toEqual(expected);
  });

  test("a date format is recognised whatever the part order", async () => {
    const file = await writeWorkbook(tmpPath("datum.xlsx"), [
      { name: "Blad1", rows: [[42491, 5]], numFmts: { A1: "d-m-yyyy" } },
    ]);
    const order = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"];
    const reordered = reorderZip(fs.readFileSync(file), (names) => first(names, order));
    fs.writeFileSync(file, reordered);
    const [sheet] = await readXlsx(file);
    expect(trimmed(sheet.values)).toEqual([["1-5-2016", 5]]);
  });
});

test("sheet XML as other producers write it: inline strings, shared formulas, values in merged cells", async () => {
  const base = await writeWorkbook(tmpPath("basis.xlsx"), [{ name: "Blad1", rows: [[1]] }]);
  // Hand-written sheet: an inline rich string, a cell without r (follows B1), formula results of
  // every type, a shared formula without cached values (its children have no own text), a
  // value in a cell hidden by a merge (Excel keeps only A5), entities, and a styled empty cell.
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><r><t>Garantie-</t></r><r><t xml:space="preserve"> plafond</t></r></is></c><c r="B1"><v>5</v></c><c><v>6</v></c></row>
<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2" t="b"><f>1&gt;0</f><v>1</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>B1+C1</f><v>11</v></c></row>
<row r="3"><c r="A3"><f t="shared" ref="A3:C3" si="0">B1*2</f></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f t="shared" si="0"/><v>12</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>R&amp;D &lt;nvt&gt;</t></is></c><c r="B4" s="0"/></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Titel</t></is></c><c r="B5"><v>99</v></c><c r="C5" t="e"><v>#N/A</v></c></row>
</sheetData>
<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>
</worksheet>`;
  const file = tmpPath("handgeschreven.xlsx");
  fs.writeFileSync(
    file,
    rewriteZip(fs.readFileSync(base), { replace: { "xl/worksheets/sheet1.xml": xml } })
  );
  const [sheet] = await readXlsx(file);
  expect(trimmed(sheet.values)).toEqual([
    ["Garantie- plafond", 5, 6],
    ["ab", true, { error: "#DIV/0!" }, 11],
    [{ uncalculated: "B1*2" }, { uncalculated: "B1*2" }, 12],
    ["R&D <nvt>"],
    ["Titel", null, { error: "#N/A" }],
  ]);
});

test("tags with a namespace prefix (x:c), as some producers write them", async () => {
  const base = await writeWorkbook(tmpPath("prefix-basis.xlsx"), [{ name: "Blad1", rows: [[1]] }]);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Totaal</x:t></x:is></x:c></x:row>
</x:sheetData></x:worksheet>`;
  const file = tmpPath("prefix.xlsx");
  fs.writeFileSync(
    file,
    rewriteZip(fs.readFileSync(base), { replace: { "xl/worksheets/sheet1.xml": xml } })
  );
  const [sheet] = await readXlsx(file);
  expect(trimmed(sheet.values)).toEqual([[7, "Totaal"]]);
});

test("multi-byte characters split between unpacked chunks stay intact", async () => {
  // 40 000 distinct strings with € and – (3 bytes each in UTF-8): about 1,5 MB of shared
  // strings, unpacked in chunks of 64 KB, so characters are split at chunk boundaries.
  const rows = Array.from({ length: 40_000 }, (_, i) => [`€ ${i} – bedragen x € 1.000`]);
  const file = await writeWorkbook(tmpPath("euro.xlsx"), [{ name: "Blad1", rows }]);
  const [sheet] = await readXlsx(file);
  expect(sheet.values).toHaveLength(40_000);
  const bad = sheet.values.filter((r, i) => r[0] !== `€ ${i} – bedragen x € 1.000`);
  expect(bad).toEqual([]);
});
